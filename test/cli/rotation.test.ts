import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSecretsManager } from '../sync/aws-fixture.js';
import {
  bulkCount,
  fleetPolicy,
  leakedValues,
  seedFleet,
  statusesOf,
  type Fleet,
} from '../sync/rotation/fleet.js';
import { makeTree, runCli, type CliRun } from './helpers.js';

const now = '2025-03-01T00:00:00Z';
const bundle = resolve('dist/cli/index.js');
const run = promisify(execFile);

interface JsonReport {
  now: string;
  failing: boolean;
  counts: Record<string, number>;
  calls: Record<string, number>;
  secrets: { name: string; status: string; ageFrom?: string }[];
}

describe('secrets-action rotation (in-process, real SDK against the local server)', () => {
  const server = useSecretsManager({ listPageSize: 7 });
  let fleet: Fleet;
  let dir: string;
  const outputs: string[] = [];
  const cli = async (...args: string[]): Promise<CliRun> => {
    const result = await runCli(['rotation', ...args], dir);
    outputs.push(result.stdout, result.stderr);
    return result;
  };

  beforeAll(async () => {
    fleet = seedFleet(server(), Date.parse(now));
    dir = await makeTree({
      'rotation.yaml': fleetPolicy,
      'broken.yaml': "warn-days: 14\nrules:\n  - match: 'app/**'\n    max-age: 6m\n",
    });
  });

  it('prints the table, most severe first, and exits 0 without --fail-on-overdue', async () => {
    const result = await cli('--policy', 'rotation.yaml', '--now', now);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^STATUS +SECRET +AGE +MAX +DUE +LEFT +AGE FROM +RULE$/);
    expect(lines[1]).toMatch(
      /^rotation-failing +app\/db\/main +40d +90d +2025-04-20 +50 +LastRotatedDate +2: tag class=database$/,
    );
    const statuses = lines
      .filter((line) => /^[a-z-]+ {2}/.test(line))
      .map((line) => line.split(/\s+/)[0]);
    expect([...new Set(statuses)]).toEqual([
      'rotation-failing',
      'overdue',
      'due-soon',
      'unmanaged',
      'ok',
      'ignored',
      'scheduled-for-deletion',
    ]);
    expect(result.stdout).toContain(
      `${bulkCount + 11} secrets: 1 rotation-failing, 3 overdue, 2 due-soon, 1 unmanaged, ${bulkCount + 2} ok, 1 ignored, 1 scheduled-for-deletion (at 2025-03-01T00:00:00.000Z, warn-days 14)`,
    );
    expect(result.stderr).toBe('19 AWS calls (ListSecrets 19); no secret value was read.\n');
  });

  it('exits 1 with --fail-on-overdue when something is overdue or failing', async () => {
    expect((await cli('--policy', 'rotation.yaml', '--now', now, '--fail-on-overdue')).code).toBe(
      1,
    );
    // Only fresh secrets selected: nothing fails.
    const fresh = await cli(
      '-p',
      'rotation.yaml',
      '--now',
      now,
      '--prefix',
      'app/bulk/',
      '--fail-on-overdue',
    );
    expect(fresh.code, fresh.stderr).toBe(0);
  });

  it('writes the JSON report: statuses, the date used, calls; GetSecretValue never called', async () => {
    server().resetCalls();
    const result = await cli('--policy', 'rotation.yaml', '--now', now, '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.now).toBe('2025-03-01T00:00:00.000Z');
    expect(statusesOf(report.secrets, fleet)).toEqual(fleet.expected);
    expect(report.secrets.find((s) => s.name === 'app/jwt-soon')?.ageFrom).toBe('LastRotatedDate');
    expect(report.calls).toEqual({ ListSecrets: 19 });
    expect(server().calls).toEqual({ ListSecrets: 19 });
    expect(report.failing).toBe(true);
  });

  it('filters by --tag and overrides warn-days', async () => {
    const blue = await cli('-p', 'rotation.yaml', '--now', now, '-f', 'json', '--tag', 'team=blue');
    expect((JSON.parse(blue.stdout) as JsonReport).secrets).toHaveLength(bulkCount / 2);
    const noWarn = await cli('-p', 'rotation.yaml', '--now', now, '-f', 'json', '--warn-days', '0');
    expect((JSON.parse(noWarn.stdout) as JsonReport).counts['due-soon']).toBe(0);
  });

  it('exits 2 on an invalid policy, naming the line', async () => {
    const result = await cli('--policy', 'broken.yaml', '--now', now);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "secrets-action: broken.yaml has 1 problem(s):\n  - broken.yaml line 4: max-age: '6m' is not a duration such as 30d, 12w or 1y (months vary in length: write 30d, 90d or 180d)\n",
    );
    const missing = await cli('--policy', 'nope.yaml');
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'secrets-action: cannot read the policy nope.yaml (ENOENT)\n',
    });
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      [],
      ['--policy', 'rotation.yaml', '--now', '2025-03-01T00:00:00'],
      ['--policy', 'rotation.yaml', '--format', 'sarif'],
      ['--policy', 'rotation.yaml', '--warn-days', 'a week'],
      ['--policy', 'rotation.yaml', '--tag', '=x'],
      ['--policy', 'rotation.yaml', 'extra'],
      ['--policy', 'rotation.yaml', '--bogus'],
    ]) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n').length, result.stderr).toBeLessThanOrEqual(3);
    }
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: secrets-action rotation --policy FILE');
  });

  it('exits 2 with one line naming secretsmanager:ListSecrets when listing is denied', async () => {
    server().faults.denyOperation('ListSecrets');
    try {
      const result = await cli('--policy', 'rotation.yaml', '--now', now);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'secrets-action: listing secrets: access denied (AccessDeniedException); allow secretsmanager:ListSecrets on * in the policy of the role the job assumes\n',
      });
    } finally {
      server().faults.clear();
    }
  });

  it('runs the same through the bundle, as `node dist/cli/index.js rotation`', async () => {
    const args = [bundle, 'rotation', '--policy', 'rotation.yaml', '--now', now];
    const env = { PATH: process.env.PATH ?? '', HOME: dir, ...server().env() };
    const json = await run(process.execPath, [...args, '--format', 'json'], { cwd: dir, env });
    outputs.push(json.stdout, json.stderr);
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(statusesOf(report.secrets, fleet)).toEqual(fleet.expected);
    const failing = await run(process.execPath, [...args, '--fail-on-overdue'], {
      cwd: dir,
      env,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    outputs.push(failing.stdout, failing.stderr);
    expect((failing as { code?: number }).code).toBe(1);
    expect(failing.stdout).toMatch(/^rotation-failing +app\/db\/main /m);
  });

  it('never shows a secret value, in any output of any run above', () => {
    expect(outputs.length).toBeGreaterThan(10);
    expect(leakedValues(fleet.values, ...outputs)).toEqual([]);
    expect(server().calls.GetSecretValue).toBeUndefined();
    expect(server().calls.BatchGetSecretValue).toBeUndefined();
  });
});
