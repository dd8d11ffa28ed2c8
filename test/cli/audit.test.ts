import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../src/cli/commands/audit.js';
import type { AuditInput } from '../../src/cli/audit/session.js';
import type { AuditTerminal } from '../../src/cli/audit/terminal.js';
import { describeError, exitCodeFor } from '../../src/shared/errors.js';
import { aws, fixture, onDisk, secrets, type DiskEntry } from './audit-fixture.js';
import { leakedSecrets, makeRepo, runCli } from './helpers.js';

type Step = { key: string } | { line: string | undefined };

/** A terminal whose answers are scripted; each request for input first records the file on disk. */
function scripted(root: string, steps: Step[], snapshots: DiskEntry[][] = []): AuditTerminal {
  let next = 0;
  const take = async (kind: 'key' | 'line') => {
    snapshots.push(await onDisk(root));
    const step = steps[next++];
    if (step === undefined) return undefined;
    if (kind === 'key' && 'key' in step) return step.key;
    if (kind === 'line' && 'line' in step) return step.line;
    throw new Error(`step ${next - 1} expected a ${kind}`);
  };
  const input: AuditInput = { readKey: () => take('key'), readLine: () => take('line') };
  return { interactive: true, open: () => ({ ...input, close: () => undefined }) };
}

async function audit(root: string, argv: string[], terminal: AuditTerminal) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
    cwd: root,
    env: {},
    stderrIsTTY: false,
  };
  // The errors become exit codes as main() does it.
  const code = await auditCommand(argv, io, terminal).catch((error: unknown) => {
    io.stderr(describeError(error));
    return exitCodeFor(error);
  });
  return { code, stdout, stderr };
}

describe('audit: interactive session', () => {
  it('labels with y, n + reason, s, b and q, saving after every answer', async () => {
    const root = await fixture();
    const snapshots: DiskEntry[][] = [];
    const steps: Step[] = [
      { key: 'y' },
      { key: 'n' },
      { line: 'test fixture, not a real key' },
      { key: 's' },
      { key: 'b' },
      { key: 'q' },
    ];
    const run = await audit(root, ['.secrets.baseline'], scripted(root, steps, snapshots));
    expect(run.code).toBe(0);
    const labels = (entries: DiskEntry[]) => entries.map((entry) => entry.is_secret ?? null);
    // Entries in file then line order: config.py lines 4, 5, 6, then deploy.sh.
    expect(snapshots.map(labels)).toEqual([
      [null, null, null, null, null],
      [true, null, null, null, null],
      [true, false, null, null, null],
      [true, false, null, null, null],
      [true, false, null, null, null],
      [true, false, null, null, null],
    ]);
    expect(snapshots[2]?.[1]?.reason).toBeUndefined();
    expect(snapshots[3]?.[1]?.reason).toBe('test fixture, not a real key');
    expect(labels(await onDisk(root))).toEqual(labels(snapshots[5] ?? []));
    expect(run.stdout).toContain('reason (optional): ');
    // The third entry is shown twice: once before s, and again after b.
    expect(run.stdout.match(/── 3\/5 {2}app\/config\.py:6/g)).toHaveLength(2);
    expect(run.stdout).toContain('Stopped: 1 labelled real, 1 false positive, 1 skipped.');
    expect(leakedSecrets(secrets, run.stdout, run.stderr)).toEqual([]);
  });

  it('shows file:line, type, detector and the masked lines around the entry', async () => {
    const root = await fixture();
    const run = await audit(root, ['.secrets.baseline'], scripted(root, [{ key: 'q' }]));
    expect(run.stdout).toContain('── 1/5  app/config.py:4');
    expect(run.stdout).toContain('type      AWS Access Key');
    expect(run.stdout).toMatch(/detector {2}aws-\S+ \(prefixed\)/);
    expect(run.stdout).toContain('label     unaudited');
    // Three lines before and after, each secret in them redacted.
    expect(run.stdout).toContain('  1 | import os');
    expect(run.stdout).toContain(`> 4 | AWS_ACCESS_KEY_ID = "${aws.slice(0, 4)}…"`);
    expect(run.stdout).toMatch(/ {2}5 \| db_password = "\S{1,4}…"/);
    expect(run.stdout).toContain('  6 | GITHUB = "ghp_…"');
    expect(run.stdout).toContain('  7 | def main():');
    expect(run.stdout).not.toContain('  8 |');
    expect(leakedSecrets(secrets, run.stdout)).toEqual([]);
  });

  it('walks labelled entries after the unlabelled ones with --all', async () => {
    const root = await fixture((entry) => {
      if (entry.lineNumber === 4) entry.isSecret = true;
    });
    const without = await audit(root, ['.secrets.baseline'], scripted(root, [{ key: 'q' }]));
    expect(without.stdout).toContain('── 1/4  app/config.py:5');
    const keys = ['s', 's', 's', 's', 'n'].map((key) => ({ key }));
    const run = await audit(
      root,
      ['--all', '.secrets.baseline'],
      scripted(root, [...keys, { line: '' }]),
    );
    expect(run.stdout).toContain('── 5/5  app/config.py:4');
    expect(run.stdout).toContain('label     real');
    const entry = (await onDisk(root)).find((e) => e.line_number === 4);
    expect(entry).toMatchObject({ is_secret: false });
    expect(entry?.reason).toBeUndefined();
    expect(run.stdout).toContain('Done: 0 labelled real, 1 false positive, 4 skipped.');
  });

  it('keeps every saved label when input ends (Ctrl-C) at the key or the reason prompt', async () => {
    const root = await fixture();
    const first = await audit(
      root,
      ['.secrets.baseline'],
      scripted(root, [{ key: 'y' }, { key: '\u0003' }]),
    );
    expect(first.code).toBe(0);
    const second = await audit(
      root,
      ['.secrets.baseline'],
      scripted(root, [{ key: 'n' }, { line: undefined }]),
    );
    expect(second.code).toBe(0);
    expect((await onDisk(root)).map((entry) => entry.is_secret ?? null)).toEqual([
      true,
      false,
      null,
      null,
      null,
    ]);
    expect(leakedSecrets(secrets, first.stdout, second.stdout)).toEqual([]);
  });

  it('refuses without a terminal (exit 2) and points to --report and --stats', async () => {
    const root = await fixture();
    const before = await readFile(join(root, '.secrets.baseline'), 'utf8');
    const run = await runCli(['audit', '.secrets.baseline'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs a terminal.*--report.*--stats/s);
    const piped: AuditTerminal = { interactive: false, open: () => expect.fail('opened') };
    expect((await audit(root, ['.secrets.baseline'], piped)).code).toBe(2);
    expect(await readFile(join(root, '.secrets.baseline'), 'utf8')).toBe(before);
  });
});

describe('audit: broken or missing baseline', () => {
  const conflicted = '{\n<<<<<<< HEAD\n  "version": "1.5.0"\n=======\n>>>>>>> other\n}\n';
  it.each([
    ['merge-conflict markers', conflicted, /merge-conflict markers.*scan --baseline/s],
    ['invalid JSON', '{"version": ', /not valid JSON.*scan --baseline/s],
  ])('exits 2 on %s and leaves the file untouched', async (_, text, message) => {
    const root = await makeRepo({ '.secrets.baseline': text });
    for (const args of [['--report'], ['--stats', '--json'], []]) {
      const run = await audit(root, [...args, '.secrets.baseline'], scripted(root, [{ key: 'y' }]));
      expect(run.code).toBe(2);
      expect(await readFile(join(root, '.secrets.baseline'), 'utf8')).toBe(text);
    }
    const run = await runCli(['audit', '--report', '.secrets.baseline'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 when the baseline does not exist, saying how to create it', async () => {
    const root = await makeRepo({ 'a.txt': 'a\n' });
    const run = await runCli(['audit', '--stats', 'missing.baseline'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('secrets-action scan --baseline missing.baseline');
  });

  it('exits 2 on usage errors', async () => {
    const root = await makeRepo({ 'a.txt': 'a\n' });
    for (const args of [
      [],
      ['a', 'b'],
      ['--json', 'x'],
      ['--stats', '--only-real', 'x'],
      ['--report', '--stats', 'x'],
      ['--nope', 'x'],
    ])
      expect((await runCli(['audit', ...args], root)).code).toBe(2);
    const help = await runCli(['audit', '--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: secrets-action audit');
    expect((await runCli(['--help'], root)).stdout).toContain('audit BASELINE');
  });
});
