import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubToken, leakedSecrets, makeTree, runCli } from './helpers.js';

const secret = githubToken(7);

describe('scan: files it cannot or should not scan', () => {
  it('skips binary, too-large and long-line content, reports each, and scans non-UTF-8 text for ASCII tokens', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('caf\xe9 ', 'latin1'),
      Buffer.from(`token: ${secret}\n`),
    ]);
    const root = await makeTree({
      'image.png': `not really a png, token: ${secret}\n`,
      'blob.dat': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(` token: ${secret}\n`)]),
      'big.txt': `token: ${secret}\n${'x'.repeat(3000)}\n`,
      'min.js': `${'a'.repeat(500)} token: ${secret}\nsecond line token: ${githubToken(8)}\n`,
      'legacy.txt': latin1,
      '.secrets-action.yaml': 'max-file-size: 2KB\nmax-line-length: 400\n',
    });
    const run = await runCli(['scan', '--format', 'json', '--verbose'], root);
    const report = JSON.parse(run.stdout);
    expect(
      report.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`),
    ).toEqual(['legacy.txt:1', 'min.js:2']);
    expect(report.skipped).toEqual([
      { file: 'big.txt', reason: 'too-large', detail: '3049 bytes, limit 2000' },
      { file: 'blob.dat', reason: 'binary', detail: 'NUL bytes' },
      { file: 'image.png', reason: 'binary', detail: 'extension' },
      { file: 'min.js', reason: 'long-line', line: 1 },
    ]);
    expect(report.summary.non_utf8_files).toBe(1);
    expect(report.summary.skipped).toMatchObject({ binary: 2, 'too-large': 1, 'long-line': 1 });
    expect(leakedSecrets([secret, githubToken(8)], run.stdout, run.stderr)).toEqual([]);
  });

  it('lists skipped files in the text report (binary ones only with --verbose)', async () => {
    const root = await makeTree({
      'a.png': 'x',
      'big.txt': 'y'.repeat(50),
      '.secrets-action.yaml': 'max-file-size: 20\n',
    });
    const quiet = await runCli(['scan'], root);
    expect(quiet.stdout).toContain('skipped big.txt: too-large');
    expect(quiet.stdout).not.toContain('a.png');
    expect(quiet.stdout).toContain('skipped 1 binary, 1 too-large');
    expect((await runCli(['scan', '--verbose'], root)).stdout).toContain(
      'skipped a.png: binary (extension)',
    );
  });

  it('warns about an unreadable file, counts it, and goes on', async () => {
    const root = await makeTree({ 'ok.txt': `token: ${secret}\n` });
    // A symbolic link to itself cannot be opened (ELOOP), even by root, unlike a chmod 000 file.
    await symlink('loop.txt', join(root, 'loop.txt'));
    const run = await runCli(['scan', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('warning: cannot read loop.txt (ELOOP); skipped');
    const report = JSON.parse(run.stdout);
    expect(report.summary.skipped.unreadable).toBe(1);
    expect(report.findings).toHaveLength(1);
  });

  it('scans a file once when the given paths overlap, and each of disjoint paths', async () => {
    const root = await makeTree({
      'a/one.txt': `token: ${secret}\n`,
      'a/b/two.txt': `token: ${githubToken(9)}\n`,
      'c/three.txt': `token: ${githubToken(10)}\n`,
    });
    const files = async (...paths: string[]) => {
      const run = await runCli(['scan', '--format', 'json', ...paths], root);
      return JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file);
    };
    expect(await files('a', 'a/b', 'a/b/two.txt', 'a')).toEqual(['a/b/two.txt', 'a/one.txt']);
    expect(await files('a/b', 'c', 'a/one.txt')).toEqual([
      'a/b/two.txt',
      'a/one.txt',
      'c/three.txt',
    ]);
  });

  it('does not follow a symbolic link to a directory', async () => {
    const root = await makeTree({ 'real/a.txt': `token: ${secret}\n` });
    await symlink(join(root, 'real'), join(root, 'alias'));
    const run = await runCli(['scan', '--format', 'json'], root);
    expect(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file)).toEqual([
      'real/a.txt',
    ]);
  });
});
