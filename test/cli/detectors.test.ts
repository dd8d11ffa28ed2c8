import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../src/scanner/detectors/index.js';
import { runCli } from './helpers.js';

describe('secrets-action detectors', () => {
  it('lists every built-in detector as JSON', async () => {
    const run = await runCli(['detectors', '--json'], process.cwd());
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; enabledByDefault: boolean }[];
    expect(rows.map((row) => row.id)).toEqual(builtinDetectors.map((detector) => detector.id));
    expect(rows.find((row) => row.id === 'ip-public')?.enabledByDefault).toBe(false);
  });

  it('prints a table with a count', async () => {
    const run = await runCli(['detectors'], process.cwd());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('github-pat');
    expect(run.stdout).toContain(`${builtinDetectors.length} detectors`);
  });

  it('rejects an unknown option with exit 2', async () => {
    const run = await runCli(['detectors', '--yaml'], process.cwd());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('detectors --help');
  });
});
