import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { githubToken, leakedSecrets, makeRepo } from './helpers.js';

const run = promisify(execFile);
const bundle = resolve('dist/cli/index.js');

/** Runs the committed bundle; `npm test` checks it is current (check-dist) before this runs. */
async function scanWithBundle(cwd: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bundle, 'scan', ...args], {
      cwd,
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
});
