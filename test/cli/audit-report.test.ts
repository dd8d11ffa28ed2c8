import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, secrets } from './audit-fixture.js';
import { leakedSecrets, makeRepo, runCli } from './helpers.js';

describe('audit --report and --stats', () => {
  /** Line 4 real (expired), line 5 false positive with reason and owner, the rest unaudited. */
  const labelled = () =>
    fixture((entry) => {
      if (entry.lineNumber === 4) Object.assign(entry, { isSecret: true, expires: '2020-01-31' });
      if (entry.lineNumber === 5)
        Object.assign(entry, { isSecret: false, reason: 'test data', owner: 'team-a' });
    });

  it('lists every entry as a table and as JSON, with filters, without reading the files', async () => {
    const root = await labelled();
    // The report reads the baseline alone: it is the same with the work tree gone.
    await rm(join(root, 'app'), { recursive: true });
    const table = await runCli(['audit', '--report', '.secrets.baseline'], root);
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^FILE +LINE +TYPE +LABEL +OWNER +EXPIRES +REASON$/);
    expect(lines[1]).toMatch(
      /^app\/config\.py +4 +AWS Access Key +real +- +2020-01-31 \(expired\) +-$/,
    );
    expect(lines[2]).toMatch(
      /^app\/config\.py +5 +Secret Keyword +false positive +team-a +- +test data$/,
    );
    expect(table.stdout).toContain('5 entries: 1 real, 1 false positive, 3 unaudited');

    const json = await runCli(['audit', '--report', '--json', '.secrets.baseline'], root);
    const report = JSON.parse(json.stdout) as { entries: Record<string, unknown>[] };
    expect(report.entries).toHaveLength(5);
    expect(report.entries[1]).toMatchObject({
      file: 'app/config.py',
      line: 5,
      type: 'Secret Keyword',
      label: 'false-positive',
      reason: 'test data',
      owner: 'team-a',
      expires: null,
      expired: false,
    });
    expect(report.entries[0]).toMatchObject({ label: 'real', expired: true });

    const only = async (...flags: string[]) => {
      const run = await runCli(
        ['audit', '--report', '--json', ...flags, '.secrets.baseline'],
        root,
      );
      return (JSON.parse(run.stdout) as { entries: { label: string }[] }).entries.map(
        (e) => e.label,
      );
    };
    expect(await only('--only-real')).toEqual(['real']);
    expect(await only('--only-false')).toEqual(['false-positive']);
    expect(await only('--only-unaudited')).toEqual(['unaudited', 'unaudited', 'unaudited']);
    expect(await only('--only-real', '--only-false')).toEqual(['real', 'false-positive']);
    expect(leakedSecrets(secrets, table.stdout, json.stdout)).toEqual([]);
  });

  it('counts labels per type and overall, precision undefined where nothing is labelled', async () => {
    const root = await labelled();
    const json = await runCli(['audit', '--stats', '--json', '.secrets.baseline'], root);
    expect(json.code).toBe(0);
    const stats = JSON.parse(json.stdout) as {
      overall: Record<string, unknown>;
      by_type: Record<string, unknown>[];
    };
    expect(stats.overall).toEqual({
      total: 5,
      real: 1,
      false_positive: 1,
      unaudited: 3,
      expired: 1,
      precision: 0.5,
    });
    const byType = Object.fromEntries(stats.by_type.map(({ type, ...rest }) => [type, rest]));
    expect(byType['AWS Access Key']).toMatchObject({ real: 1, expired: 1, precision: 1 });
    expect(byType['Secret Keyword']).toMatchObject({ false_positive: 1, precision: 0 });
    expect(byType['GitHub Token']).toMatchObject({ total: 3, unaudited: 3, precision: null });

    const table = await runCli(['audit', '--stats', '.secrets.baseline'], root);
    expect(table.stdout).toMatch(
      /^TYPE +ENTRIES +REAL +FALSE POSITIVE +UNAUDITED +EXPIRED +PRECISION$/m,
    );
    expect(table.stdout).toMatch(/^GitHub Token +3 +0 +0 +3 +0 +undefined$/m);
    expect(table.stdout).toMatch(/^AWS Access Key +1 +1 +0 +0 +1 +100\.0%$/m);
    expect(table.stdout).toMatch(/^all types +5 +1 +1 +3 +1 +50\.0%$/m);
    expect(table.stdout).toContain('undefined while none is labelled');
    expect(leakedSecrets(secrets, json.stdout, table.stdout)).toEqual([]);
  });

  it('reports an empty baseline', async () => {
    const root = await makeRepo({ '.secrets.baseline': '{"version": "1.5.0", "results": {}}\n' });
    expect((await runCli(['audit', '--report', '.secrets.baseline'], root)).stdout).toBe(
      'No entries.\n',
    );
    const stats = await runCli(['audit', '--stats', '--json', '.secrets.baseline'], root);
    expect(JSON.parse(stats.stdout).overall).toMatchObject({ total: 0, precision: null });
  });
});
