import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubToken, leakedSecrets, makeRepo, makeTree, runCli } from './helpers.js';

const secrets = [0, 1, 2, 3, 4, 5].map(githubToken);
const [tracked, untracked, ignored, unicode, second, third] = secrets as [
  string,
  string,
  string,
  string,
  string,
  string,
];

interface JsonReport {
  findings: {
    file: string;
    line: number;
    column: number;
    detector_id: string;
    type: string;
    redacted: string;
    hashed_secret: string;
  }[];
  skipped: { file: string; reason: string; line?: number }[];
  summary: {
    findings: number;
    files_scanned: number;
    skipped: Record<string, number>;
    non_utf8_files: number;
  };
}

async function scanJson(cwd: string, ...args: string[]) {
  const run = await runCli(['scan', '--format', 'json', ...args], cwd);
  expect(run.stderr).not.toContain('internal error');
  return { ...run, report: JSON.parse(run.stdout) as JsonReport };
}

describe('scan: default git mode', () => {
  it('scans tracked and untracked files, skips ignored ones, keeps non-ASCII names', async () => {
    const root = await makeRepo(
      {
        'src/config.js': `const token = "${tracked}";\n`,
        '.gitignore': 'secret.log\n',
        'clean.txt': 'nothing\n',
      },
      {
        'notes/todo.md': `use ${untracked}\n`,
        'secret.log': `token=${ignored}\n`,
        'données/clé ü.env': `TOKEN=${unicode}\n`,
      },
    );
    const { code, report, stdout, stderr } = await scanJson(root);
    expect(code).toBe(1);
    expect(report.findings.map((finding) => finding.file)).toEqual([
      'données/clé ü.env',
      'notes/todo.md',
      'src/config.js',
    ]);
    expect(report.findings[2]).toMatchObject({
      line: 1,
      column: 16,
      detector_id: 'github-pat',
      type: 'GitHub Token',
      redacted: 'ghp_…',
    });
    // detect-secrets hashes only the `ghp` prefix of GitHub tokens.
    expect(report.findings[2]?.hashed_secret).toBe('e175c6f5f2a92e8623bd9a4820edb4e8c1b0fd10');
    expect(report.summary.files_scanned).toBe(5);
    expect(leakedSecrets(secrets, stdout, stderr)).toEqual([]);
  });

  it('runs from a subdirectory and still reports paths from the work tree root', async () => {
    const root = await makeRepo({ 'a/b/c.txt': `key: ${tracked}\n`, 'd.txt': `key: ${second}\n` });
    const { report } = await scanJson(join(root, 'a'));
    expect(report.findings.map((finding) => finding.file)).toEqual(['a/b/c.txt', 'd.txt']);
  });

  it('skips a tracked file deleted from the work tree', async () => {
    const root = await makeRepo({ 'gone.txt': `key: ${tracked}\n`, 'kept.txt': 'fine\n' });
    await import('node:fs/promises').then((fs) => fs.rm(join(root, 'gone.txt')));
    const { code, report } = await scanJson(root);
    expect(code).toBe(0);
    expect(report.summary.files_scanned).toBe(1);
  });

  it('walks the current directory outside a git repository', async () => {
    const root = await makeTree({
      'x/y.txt': `key: ${tracked}\n`,
      '.git/config': `token ${second}\n`,
    });
    const { report } = await scanJson(root);
    // `.git` here is a plain folder of a non-repository, and is still skipped by the walk.
    expect(report.findings.map((finding) => finding.file)).toEqual(['x/y.txt']);
  });
});

describe('scan: explicit paths', () => {
  it('scans the named files and walks the named directories only', async () => {
    const root = await makeRepo({
      'a.txt': `k ${tracked}\n`,
      'dir/b.txt': `k ${second}\n`,
      'other/c.txt': `k ${third}\n`,
    });
    const { report } = await scanJson(root, 'a.txt', 'dir', 'a.txt');
    expect(report.findings.map((finding) => finding.file)).toEqual(['a.txt', 'dir/b.txt']);
  });

  it('fails with exit code 2 on a path that does not exist', async () => {
    const root = await makeTree({ 'a.txt': 'x\n' });
    const run = await runCli(['scan', 'missing.txt'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file or directory: missing.txt');
  });
});

describe('scan: exit codes and formats', () => {
  it('exits 0 with no findings and prints a text summary', async () => {
    const root = await makeTree({ 'a.txt': 'hello\n' });
    const run = await runCli(['scan'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No secrets found; scanned 1 file');
  });

  it('prints one text line per finding with location, type, detector and hash', async () => {
    const root = await makeTree({ 'a.txt': `x\n  token: ${tracked}\n` });
    const run = await runCli(['scan'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'a.txt:2:10: GitHub Token [github-pat] ghp_… (hashed_secret e175c6f5',
    );
    expect(leakedSecrets(secrets, run.stdout, run.stderr)).toEqual([]);
  });

  it('writes the report to --output and a summary to stderr', async () => {
    const root = await makeTree({ 'a.txt': `token: ${tracked}\n` });
    const run = await runCli(
      ['scan', '--format', 'json', '--output', 'out/report.json'],
      root,
    ).catch(() => undefined);
    expect(run?.code).toBe(2); // the folder does not exist: an I/O error
    const ok = await runCli(['scan', '--format', 'json', '--output', 'report.json'], root);
    expect(ok.code).toBe(1);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toContain('1 secret found in 1 file');
    const written = await readFile(join(root, 'report.json'), 'utf8');
    expect((JSON.parse(written) as JsonReport).findings).toHaveLength(1);
    expect(leakedSecrets(secrets, written, ok.stderr)).toEqual([]);
    // The report file is not scanned by the next run.
    expect((await scanJson(root)).report.summary.files_scanned).toBe(2);
  });

  it('rejects bad usage with exit code 2', async () => {
    const root = await makeTree({});
    for (const argv of [
      ['scan', '--format', 'xml'],
      ['scan', '--jobs', '0'],
      ['scan', '--nope'],
      ['frobnicate'],
      [],
    ]) {
      const run = await runCli(argv, root);
      expect(run.code, argv.join(' ')).toBe(2);
    }
  });

  it('prints help and version', async () => {
    const root = await makeTree({});
    expect((await runCli(['--help'], root)).stdout).toContain('Exit codes:');
    expect((await runCli(['scan', '--help'], root)).stdout).toContain('--exclude-secrets REGEX');
    expect((await runCli(['--version'], root)).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('scan: excludes', () => {
  const files = () => ({
    'app/main.txt': `token: ${tracked}\n`,
    'vendor/lib/x.txt': `token: ${second}\n`,
    'fixtures/data.lock': `fixture: ${third}\n`,
  });

  it('--exclude-files takes globs, with and without slashes, and counts what it excluded', async () => {
    const root = await makeTree(files());
    const { report } = await scanJson(
      root,
      '--exclude-files',
      'vendor',
      '--exclude-files',
      '*.lock',
    );
    expect(report.findings.map((finding) => finding.file)).toEqual(['app/main.txt']);
    expect(report.summary.skipped.excluded).toBe(2);
  });

  it('--exclude-lines and --exclude-secrets drop matching findings', async () => {
    const root = await makeTree({
      'a.txt': `token: ${tracked} # test-fixture\nother: ${second}\n`,
    });
    expect(
      (await scanJson(root, '--exclude-lines', 'test-fixture')).report.findings.map((f) => f.line),
    ).toEqual([2]);
    const secretPattern = `^${second.slice(0, 10)}`;
    expect(
      (await scanJson(root, '--exclude-secrets', secretPattern)).report.findings.map((f) => f.line),
    ).toEqual([1]);
  });

  it('reads the same settings from .secrets-action.yaml', async () => {
    const root = await makeTree({
      ...files(),
      '.secrets-action.yaml':
        "exclude-files: ['vendor/**']\nexclude-lines:\n  - '^fixture:'\nexclude-secrets: []\n",
    });
    const { report } = await scanJson(root);
    expect(report.findings.map((finding) => finding.file)).toEqual(['app/main.txt']);
  });

  it('rejects an invalid or super-linear regex in an option with exit code 2', async () => {
    const root = await makeTree({});
    const bad = await runCli(['scan', '--exclude-lines', '(unclosed'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--exclude-lines');
    const slow = await runCli(['scan', '--exclude-secrets', '^(a+)+$'], root);
    expect(slow.code).toBe(2);
    expect(slow.stderr).toContain('backtrack');
  });
});
