import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The committed module must be what prefilter.c compiles to. clang and lld (Debian's `clang`
// and `lld`, which .ci/run installs) are needed to check it.
const repo = resolve(import.meta.dirname, '..', '..', '..');
const canCompile =
  spawnSync('clang', ['--target=wasm32', '--version'], { stdio: 'ignore' }).status === 0 &&
  spawnSync('wasm-ld', ['--version'], { stdio: 'ignore' }).status === 0;
if (!canCompile)
  console.warn('WebAssembly build check skipped: clang and wasm-ld (Debian clang, lld) are absent');

describe.skipIf(!canCompile)('the WebAssembly prefilter', () => {
  it('is committed as prefilter.c compiles', () => {
    const output = execFileSync('node', ['scripts/build-wasm.mjs', '--check'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(output).toContain('up to date');
  });
});
