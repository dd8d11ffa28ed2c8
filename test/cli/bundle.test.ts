import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hasMaglevByDefault } from '../../src/scanner/js-tiering.js';
import { githubToken, leakedSecrets, makeRepo, makeTree } from './helpers.js';

const run = promisify(execFile);
const bundle = resolve('dist/cli/index.js');

/** Runs the committed bundle; `npm test` checks it is current (check-dist) before this runs. */
async function scanWithBundle(cwd: string, ...args: string[]) {
  return scanWithNode({}, cwd, ...args);
}

/** Runs the committed bundle under these Node flags and with these variables added. */
/** Whether `taskset` (util-linux) can pin a process to one CPU here. */
const canPin =
  process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;

async function scanWithNode(
  {
    nodeFlags = [],
    env = {},
    pinned = false,
  }: { nodeFlags?: string[]; env?: NodeJS.ProcessEnv; pinned?: boolean },
  cwd: string,
  ...args: string[]
) {
  const node = [process.execPath, ...nodeFlags, bundle, 'scan', ...args];
  const [command, ...commandArgs] = (pinned ? ['taskset', '-c', '0', ...node] : node) as [
    string,
    ...string[],
  ];
  try {
    const { stdout, stderr } = await run(command, commandArgs, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the built bundle', () => {
  it.runIf(existsSync(bundle))(
    'gives the same report with worker threads as on one thread',
    async () => {
      const secrets = Array.from({ length: 40 }, (_, index) => githubToken(100 + index));
      const files: Record<string, string> = {};
      for (let index = 0; index < 600; index++) {
        const secret = index % 15 === 0 ? `token: ${secrets[index / 15]}\n` : '';
        files[`dir${index % 7}/file${index}.txt`] =
          `line one\n${secret}${'filler text\n'.repeat(index % 50)}`;
      }
      const root = await makeRepo(files);
      const single = await scanWithBundle(root, '--format', 'json', '--jobs', '1');
      expect(single.code, single.stderr).toBe(1);
      expect(JSON.parse(single.stdout).findings).toHaveLength(40);
      for (const jobs of ['3', undefined]) {
        const parallel = await scanWithBundle(
          root,
          '--format',
          'json',
          ...(jobs ? ['--jobs', jobs] : []),
        );
        expect(parallel.code).toBe(1);
        expect(parallel.stdout).toBe(single.stdout);
      }
      const sarif1 = await scanWithBundle(root, '--format', 'sarif', '--jobs', '1');
      const sarif3 = await scanWithBundle(root, '--format', 'sarif', '--jobs', '3');
      expect(sarif3.stdout).toBe(sarif1.stdout);
      expect(
        leakedSecrets(secrets, single.stdout, single.stderr, sarif3.stdout, sarif3.stderr),
      ).toEqual([]);
    },
  );

  it.runIf(existsSync(bundle))('validates custom detector patterns inside the bundle', async () => {
    const root = await makeRepo({
      '.secrets-action.yaml':
        "detectors:\n  - id: slow\n    pattern: '(a+)+b'\n    keywords: [a]\n",
    });
    const result = await scanWithBundle(root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('may backtrack catastrophically');
  });

  it.runIf(existsSync(bundle))(
    'keeps JavaScript off the optimizing compiler where Maglev runs, unless the command line chooses',
    async () => {
      const files: Record<string, string> = {};
      for (let index = 0; index < 2000; index++) {
        files[`dir${index % 9}/file${index}.js`] =
          `const key = config.key${index};\nconst token = "t${index}";\n`.repeat(1 + (index % 5));
      }
      const root = await makeTree(files);
      // --trace-opt lists each function V8 compiles and its compiler (TURBOFAN_JS on Node 24,
      // TURBOFAN on Node 20); a long loop's on-stack replacement (OSR) is not counted.
      const optimized = (stdout: string) =>
        stdout
          .split('\n')
          .filter((line) => /completed compiling.*\(target TURBOFAN(?:_JS)?\)(?! OSR)/.test(line));
      const chosen = await scanWithNode(
        { nodeFlags: ['--trace-opt', '--turbofan'] },
        root,
        '.',
        '--jobs',
        '1',
      );
      expect(optimized(chosen.stdout).length).toBeGreaterThan(0);
      const plain = await scanWithNode({ nodeFlags: ['--trace-opt'] }, root, '.', '--jobs', '1');
      expect(plain.code).toBe(0);
      // Without Maglev by default (Node 20), TurboFan stays on while a second CPU can compile.
      if (hasMaglevByDefault(process.versions.v8)) expect(optimized(plain.stdout)).toEqual([]);
      else expect(optimized(plain.stdout).length).toBeGreaterThan(0);
      if (!canPin) return;
      // On one CPU, a scan of files keeps off TurboFan on either.
      const pinned = await scanWithNode(
        { nodeFlags: ['--trace-opt'], pinned: true },
        root,
        '.',
        '--jobs',
        '1',
      );
      expect(pinned.code).toBe(0);
      expect(optimized(pinned.stdout)).toEqual([]);
    },
  );

  it.runIf(existsSync(bundle))(
    'keeps the young generation small, unless the command line sizes it',
    async () => {
      // Files whose text and hits outlive a few collections: V8 answers by growing the young
      // generation, from 2 MiB to 8 MiB (Node 20) or 16 MiB (Node 24) here when left alone.
      const files: Record<string, string> = {};
      for (let index = 0; index < 200; index++) {
        files[`file${index}.js`] = Array.from(
          { length: 2500 },
          (_, line) => `const key${line} = config.key${index}_${line}; // token ${line}\n`,
        ).join('');
      }
      const root = await makeTree(files);
      // --trace-gc-verbose prints each space after each collection; the young generation's
      // objects are in "New space".
      const largestNewSpaceKiB = (stdout: string) =>
        Math.max(
          ...[...stdout.matchAll(/New space,.*committed: *(\d+) KB/g)].map((match) =>
            Number(match[1]),
          ),
        );
      const scan = (nodeFlags: string[]) =>
        scanWithNode({ nodeFlags: ['--trace-gc-verbose', ...nodeFlags] }, root, '.', '--jobs', '1');
      const sized = await scan(['--max-semi-space-size=16']);
      expect(sized.code).toBe(0);
      expect(largestNewSpaceKiB(sized.stdout)).toBeGreaterThan(4096);
      const plain = await scan([]);
      expect(plain.code).toBe(0);
      expect(largestNewSpaceKiB(plain.stdout)).toBeLessThanOrEqual(4096);
    },
  );

  it.runIf(existsSync(bundle))(
    "keeps the bundle's compiled code in Node's compile cache, unless told not to",
    async () => {
      const token = githubToken(7);
      const root = await makeRepo({ 'config.env': `TOKEN=${token}\n` });
      const cache = mkdtempSync(join(tmpdir(), 'compile-cache-'));
      const cached = () => readdirSync(cache, { recursive: true }).length;
      const off = await scanWithNode(
        { env: { NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '1' } },
        root,
      );
      expect(off.code).toBe(1);
      expect(cached()).toBe(0);
      const first = await scanWithNode({ env: { NODE_COMPILE_CACHE: cache } }, root);
      const second = await scanWithNode({ env: { NODE_COMPILE_CACHE: cache } }, root);
      expect(second.stdout).toBe(off.stdout);
      expect(first.stdout).toBe(off.stdout);
      expect(leakedSecrets([token], off.stdout, off.stderr, second.stdout, second.stderr)).toEqual(
        [],
      );
      // Node 22.1 and later have the cache; on Node 20 the bundle runs as before.
      if ('enableCompileCache' in nodeModule) expect(cached()).toBeGreaterThan(1);
      else expect(cached()).toBe(0);
    },
  );
});
