import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/scanner/baseline/index.js';
import { byteTraces, makeJks, makePkcs12 } from '../helpers/keystores.js';
import { makeRepo, runCli, type CliRun } from './helpers.js';

const pkcs12 = makePkcs12();
if (pkcs12 === undefined) console.warn('openssl is not installed: PKCS#12 CLI tests skipped');
const jks = makeJks(3000);
const B = '.secrets.baseline';
const sha1 = (content: Buffer) => createHash('sha1').update(content).digest('hex');

/** Runs the CLI and checks that no key store byte shows in anything it printed or wrote. */
async function cli(root: string, ...argv: string[]): Promise<CliRun> {
  const run = await runCli(argv, root);
  const written = await readFile(join(root, B), 'utf8').catch(() => '');
  for (const content of [jks, ...(pkcs12 ? [pkcs12] : [])])
    for (const trace of byteTraces(content))
      for (const text of [run.stdout, run.stderr, written]) expect(text).not.toContain(trace);
  expect(run.stderr).not.toContain('internal error');
  return run;
}

interface JsonFinding {
  file: string;
  line: number;
  detector_id: string;
  type: string;
  redacted: string;
  hashed_secret: string;
}

const findingsOf = (run: CliRun) =>
  (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;

describe('key store files in a work tree scan', () => {
  it.skipIf(pkcs12 === undefined)(
    'reports a PKCS#12 and a JKS instead of skipping them as binary',
    async () => {
      const p12 = pkcs12 as Buffer;
      const root = await makeRepo(
        { 'certs/client.p12': p12, 'android/release.jks': jks, 'app.py': 'x = 1\n' },
        { 'untracked/Signing.PFX': p12 },
      );
      const run = await cli(root, 'scan', '--format', 'json');
      expect(run.code).toBe(1);
      expect(findingsOf(run)).toEqual([
        expect.objectContaining({
          file: 'android/release.jks',
          line: 1,
          column: 1,
          detector_id: 'java-keystore-file',
          type: 'Java Key Store',
          redacted: '(JKS key store, 3.0 kB)',
          hashed_secret: sha1(jks),
        }),
        expect.objectContaining({
          file: 'certs/client.p12',
          line: 1,
          detector_id: 'pkcs12-file',
          type: 'PKCS#12 Key Store',
          redacted: expect.stringMatching(/^\(PKCS#12 key store, \d\.\d kB\)$/),
          hashed_secret: sha1(p12),
        }),
        expect.objectContaining({ file: 'untracked/Signing.PFX', hashed_secret: sha1(p12) }),
      ]);
      const text = await cli(root, 'scan');
      expect(text.stdout).toContain('certs/client.p12:1:1');
      expect(text.stdout).toContain('PKCS#12 key store');
    },
  );

  it('does not report an empty or text file with a key store name, nor a disabled detector', async () => {
    const root = await makeRepo({
      'certs/empty.p12': '',
      'certs/README.jks': 'generate with keytool -genkeypair\n',
      'store.jks': jks,
    });
    const clean = await cli(root, 'scan', '--format', 'json');
    expect(findingsOf(clean).map((finding) => finding.file)).toEqual(['store.jks']);
    await writeFile(
      join(root, '.secrets-action.yaml'),
      'disabled-detectors: [java-keystore-file]\n',
    );
    const off = await cli(root, 'scan', '--format', 'json');
    expect(findingsOf(off)).toEqual([]);
    await writeFile(join(root, '.secrets-action.yaml'), "exclude-files: ['*.jks']\n");
    expect(findingsOf(await cli(root, 'scan', '--format', 'json'))).toEqual([]);
  });

  it('lists the detectors and gives them SARIF rules', async () => {
    const listed = await runCli(['detectors'], process.cwd());
    expect(listed.stdout).toMatch(/pkcs12-file +prefixed +PKCS#12 key store file/);
    expect(listed.stdout).toMatch(/java-keystore-file +prefixed +Java key store file/);
    const root = await makeRepo({ 'keys/a.jks': jks });
    const run = await cli(root, 'scan', '--format', 'sarif');
    const sarif = JSON.parse(run.stdout);
    const [result] = sarif.runs[0].results;
    const rule = sarif.runs[0].tool.driver.rules[result.ruleIndex];
    expect(rule.id).toBe('java-keystore-file');
    expect(rule.help.text).toContain('cannot carry a pragma');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 1 });
  });
});

describe('key store files and the baseline', () => {
  it('records them with scan --baseline (hash of the bytes, line 1); the next scan and the hook pass', async () => {
    const root = await makeRepo({ 'android/release.jks': jks, 'app.py': 'x = 1\n' });
    expect((await cli(root, 'scan')).code).toBe(1);
    const created = await cli(root, 'scan', '--baseline', B);
    expect(created.code).toBe(0);
    const baseline = parseBaseline(await readFile(join(root, B), 'utf8'), B);
    expect(baseline.results.get('android/release.jks')).toMatchObject([
      { type: 'Java Key Store', hashedSecret: sha1(jks), lineNumber: 1, isVerified: false },
    ]);
    const before = await readFile(join(root, B), 'utf8');
    const again = await cli(root, 'scan', '--baseline', B);
    expect(again.code).toBe(0);
    expect(await readFile(join(root, B), 'utf8')).toBe(before);
    await simpleGit({ baseDir: root }).add(B);
    const hook = await cli(root, 'hook', '--baseline', B, 'android/release.jks');
    expect(hook).toMatchObject({ code: 0, stdout: '' });

    // A different key store at the same path is new: the baseline holds the old one's hash.
    await writeFile(join(root, 'android/release.jks'), makeJks(3000));
    await simpleGit({ baseDir: root }).add('android/release.jks');
    const changed = await cli(root, 'hook', '--baseline', B, 'android/release.jks');
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('Location:    android/release.jks:1');
  });
});

describe('key store files in the pre-commit hook', () => {
  it.skipIf(pkcs12 === undefined)(
    'blocks a staged PKCS#12 and says that no pragma can allowlist it',
    async () => {
      const root = await makeRepo({ 'app.py': 'x = 1\n' });
      await writeFile(join(root, 'client.p12'), pkcs12 as Buffer);
      await simpleGit({ baseDir: root }).add('client.p12');
      const run = await cli(root, 'hook');
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Secret Type: PKCS#12 Key Store');
      expect(run.stdout).toContain('Location:    client.p12:1');
      expect(run.stdout).toContain('Detector:    pkcs12-file');
      expect(run.stdout).toContain(`(hashed_secret ${sha1(pkcs12 as Buffer)})`);
      expect(run.stdout).toContain('A key store file cannot carry a pragma comment');
    },
  );

  it('judges the staged bytes, not the work tree', async () => {
    const root = await makeRepo({ 'app.py': 'x = 1\n' });
    await writeFile(join(root, 'store.jks'), jks);
    await simpleGit({ baseDir: root }).add('store.jks');
    // Emptied after staging: the commit would still hold the key store.
    await writeFile(join(root, 'store.jks'), '');
    const staged = await cli(root, 'hook', 'store.jks');
    expect(staged.code).toBe(1);
    expect(staged.stdout).toContain('(JKS key store, 3.0 kB)');
    // Staged empty: an empty file with a key store's name is not a finding.
    await simpleGit({ baseDir: root }).add('store.jks');
    expect(await cli(root, 'hook', 'store.jks')).toMatchObject({ code: 0, stdout: '' });
  });
});
