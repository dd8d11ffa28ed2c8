import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli', 'index.js');

describe('the repository scans itself', () => {
  it.skipIf(!existsSync(join(root, '.git')))('finds no secret in its own work tree', () => {
    const run = spawnSync(process.execPath, [cli, 'scan', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as {
      findings: { file: string; line: number; detector_id: string }[];
    };
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.detector_id}`)).toEqual([]);
    expect(run.status).toBe(0);
  });
});
