import { describe, expect, it } from 'vitest';
import { githubToken, makeRepo, makeTree, runCli } from './helpers.js';

describe('scan: configuration', () => {
  it('exits 2 on an invalid .secrets-action.yaml, naming the line and the key', async () => {
    const root = await makeRepo({
      '.secrets-action.yaml': 'disabled-detectors: [no-such-detector]\n',
    });
    const run = await runCli(['scan'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      ".secrets-action.yaml:1: disabled-detectors: unknown detector id 'no-such-detector'",
    );
  });

  it('reads --config FILE instead, and exits 2 when it is missing', async () => {
    const root = await makeTree({
      'conf/scan.yaml': "exclude-files: ['ignored/**']\n",
      'ignored/a.txt': `token: ${githubToken(3)}\n`,
    });
    expect((await runCli(['scan', '--config', 'conf/scan.yaml'], root)).code).toBe(0);
    const missing = await runCli(['scan', '--config', 'nope.yaml'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the config file nope.yaml (ENOENT)');
  });

  it('runs the custom detectors of the config file', async () => {
    const value = `acme_${'q1w2e3r4'.repeat(4)}`;
    const root = await makeTree({
      'a.txt': `key: ${value}\n`,
      '.secrets-action.yaml':
        "detectors:\n  - id: acme-key\n    pattern: 'acme_[a-z0-9]{32}'\n    keywords: [acme_]\n",
    });
    const run = await runCli(['scan', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({
      detector_id: 'acme-key',
      type: 'Custom Secret',
    });
    expect(run.stdout).not.toContain(value.slice(5));
  });
});
