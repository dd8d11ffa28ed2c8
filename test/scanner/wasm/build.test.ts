import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The committed module must be what prefilter.c compiles to. Compilers differ byte for byte, so
// the check runs with the compiler the module was built with (Debian's clang and lld, which
// .ci/run installs), and is skipped elsewhere.
const repo = resolve(import.meta.dirname, '..', '..', '..');
const recorded = /^\/\/ Compiler: (.+)$/m.exec(
  readFileSync(resolve(repo, 'src/scanner/wasm/prefilter-wasm.ts'), 'utf8'),
)?.[1];
const clang = spawnSync('clang', ['--version'], { encoding: 'utf8' });
const local = clang.status === 0 ? clang.stdout.split('\n')[0]?.trim() : undefined;
const linker = spawnSync('wasm-ld', ['--version'], { stdio: 'ignore' }).status === 0;
const canCheck = local !== undefined && local === recorded && linker;
if (!canCheck)
  console.warn(
    `WebAssembly build check skipped: it needs ${recorded ?? 'the recorded clang'} and wasm-ld ` +
      `(Debian's clang and lld); found ${local ?? 'no clang'}${linker ? '' : ', no wasm-ld'}`,
  );

describe('the WebAssembly prefilter', () => {
  it('records the compiler it was built with', () => {
    expect(recorded).toMatch(/clang version \d+/);
  });

  it.skipIf(!canCheck)('is committed as prefilter.c compiles', () => {
    const output = execFileSync('node', ['scripts/build-wasm.mjs', '--check'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(output).toContain('up to date');
  });
});
