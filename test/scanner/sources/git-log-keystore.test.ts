import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBaseline, type Baseline } from '../../../src/scanner/baseline/index.js';
import { emptyConfig, type ScanConfig } from '../../../src/scanner/config/types.js';
import { runHistoryScan, type HistoryOutcome } from '../../../src/scanner/sources/git-log.js';
import { prepareScan } from '../../../src/scanner/sources/git-log-setup.js';
import { runCli } from '../../cli/helpers.js';
import { GitRepo } from '../../helpers/git-history.js';
import { byteTraces, makeJceks, makeJks, makePkcs12 } from '../../helpers/keystores.js';

const sha1 = (content: Buffer) => createHash('sha1').update(content).digest('hex');
// Real PKCS#12 files when openssl is installed; else JKS files stand in (same history logic).
const p12s = [makePkcs12(), makePkcs12()];
if (p12s[0] === undefined) console.warn('openssl is not installed: JKS files stand in for PKCS#12');
const storePath = p12s[0] === undefined ? 'certs/client.jks' : 'certs/client.p12';
const storeDetector = p12s[0] === undefined ? 'java-keystore-file' : 'pkcs12-file';

/** A branch that adds, changes, moves, deletes and merges key stores, over a baselined one. */
interface KeyStoreHistory {
  repo: GitRepo;
  baseline: Baseline;
  content: Record<'baselined' | 'added' | 'changed' | 'large' | 'featureSide' | 'merged', Buffer>;
  commits: Record<
    'base' | 'added' | 'changed' | 'readded' | 'large' | 'featureSide' | 'merge',
    string
  >;
}

async function buildHistory(): Promise<KeyStoreHistory> {
  const content = {
    baselined: makeJks(2000),
    added: p12s[0] ?? makeJks(2500),
    changed: p12s[1] ?? makeJks(2600),
    large: makeJks(5000),
    featureSide: makeJceks(800),
    merged: makeJceks(950),
  };
  const repo = GitRepo.create();
  const base = repo
    .write({ 'README.md': '# demo\n', 'keys/base.jks': content.baselined })
    .commit('initial');
  const made = await runCli(['scan', '--baseline', '.secrets.baseline'], repo.root);
  if (made.code !== 0) throw new Error(`baseline: ${made.stderr}`);
  repo.commit('baseline');
  const text = await readFile(join(repo.root, '.secrets.baseline'), 'utf8');
  const baseline = parseBaseline(text, '.secrets.baseline');

  repo.checkout('feature', true);
  const added = repo.write({ [storePath]: content.added }).commit('add a key store');
  const changed = repo.write({ [storePath]: content.changed }).commit('replace it');
  repo.git('mv', storePath, 'certs/moved.bin');
  repo.commit('move it');
  repo.write({ 'certs/empty.pfx': '', 'certs/notes.jks': 'made with keytool\n' });
  repo.commit('placeholders');
  repo.remove('certs/moved.bin').commit('delete it');
  repo.remove('keys/base.jks').commit('delete the baselined one');
  const readded = repo.write({ 'keys/base.jks': content.baselined }).commit('bring it back');
  const large = repo.write({ 'big/huge.jks': content.large }).commit('a large one');
  const featureSide = repo.write({ 'shared.jceks': content.featureSide }).commit('feature side');
  repo.checkout('main');
  repo.write({ 'shared.jceks': makeJceks(900) }).commit('main side');
  repo.checkout('feature');
  try {
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'main');
  } catch {
    // Both sides added the file: a conflict, resolved with a third key store.
  }
  const merge = repo.write({ 'shared.jceks': content.merged }).commit('merge main');
  return {
    repo,
    baseline,
    content,
    commits: { base, added, changed, readded, large, featureSide, merge },
  };
}

function scan(
  history: KeyStoreHistory,
  revisions: string[],
  dedupeBy: 'line' | 'location',
  config: ScanConfig = emptyConfig(),
): Promise<HistoryOutcome> {
  return runHistoryScan({
    root: history.repo.root,
    selection: { revisions, pathspec: [], label: revisions.join(' ') },
    setup: prepareScan(config, {
      baseline: history.baseline,
      shown: '.secrets.baseline',
      relative: '.secrets.baseline',
    }),
    baseline: history.baseline,
    dedupeBy,
    reportBaselined: false,
    version: 'test',
  });
}

describe('key stores in range and history scans (real git history)', () => {
  let history: KeyStoreHistory;
  let range: HistoryOutcome;
  beforeAll(async () => {
    history = await buildHistory();
    range = await scan(history, [`${history.repo.head('main')}..feature`], 'line');
  });

  const where = (outcome: HistoryOutcome['fresh']) =>
    outcome.map((f) => [f.file, f.line, f.detectorId, f.commit, f.hashedSecret]);

  it('reports each key store a commit added or changed (merges too), on line 1, hashed over its bytes', () => {
    const { content, commits } = history;
    expect(where(range.fresh)).toEqual([
      ['big/huge.jks', 1, 'java-keystore-file', commits.large, sha1(content.large)],
      [storePath, 1, storeDetector, commits.added, sha1(content.added)],
      [storePath, 1, storeDetector, commits.changed, sha1(content.changed)],
      ['shared.jceks', 1, 'java-keystore-file', commits.featureSide, sha1(content.featureSide)],
      ['shared.jceks', 1, 'java-keystore-file', commits.merge, sha1(content.merged)],
    ]);
    expect(range.fresh.map((f) => f.redacted)).toEqual([
      '(JKS key store, 5.0 kB)',
      expect.stringMatching(/^\((PKCS#12|JKS) key store, 2\.\d kB\)$/),
      expect.stringMatching(/^\((PKCS#12|JKS) key store, 2\.\d kB\)$/),
      '(JCEKS key store, 800 B)',
      '(JCEKS key store, 950 B)',
    ]);
  });

  it('matches the work-tree baseline: the same bytes give the same hash', () => {
    expect(where(range.known)).toEqual([
      [
        'keys/base.jks',
        1,
        'java-keystore-file',
        history.commits.readded,
        sha1(history.content.baselined),
      ],
    ]);
    expect(history.baseline.results.get('keys/base.jks')).toMatchObject([
      { type: 'Java Key Store', hashedSecret: sha1(history.content.baselined), lineNumber: 1 },
    ]);
  });

  it('counts a text file with a key store name as a binary skip, as before', () => {
    // certs/notes.jks (text); renames, deletions and empty files are not shown as changes.
    expect(range.report.stats.skipped).toMatchObject({ binary: 1, 'too-large': 0 });
  });

  it('leaves a key store over the size limit unread and counts it', async () => {
    const small = await scan(history, [`${history.repo.head('main')}..feature`], 'line', {
      ...emptyConfig(),
      maxFileSize: 3000,
    });
    expect(small.fresh.map((f) => f.file)).not.toContain('big/huge.jks');
    expect(small.report.stats.skipped['too-large']).toBe(1);
  });

  it('finds each key store once per path and content in a whole-history scan', async () => {
    const all = await scan(history, ['--all'], 'location');
    const found = [...all.fresh, ...all.known].map((f) => [f.file, f.commit]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['keys/base.jks', history.commits.base],
        [storePath, history.commits.added],
        [storePath, history.commits.changed],
      ]),
    );
    expect(all.known.map((f) => [f.file, f.commit])).toEqual([
      ['keys/base.jks', history.commits.base],
    ]);
    expect(all.fresh).toHaveLength(6);
  });

  it('skips excluded paths and disabled detectors', async () => {
    const off = await scan(history, [`${history.repo.head('main')}..feature`], 'line', {
      ...emptyConfig(),
      disabledDetectors: ['java-keystore-file'],
      excludeFiles: ['certs/**'],
    });
    expect(off.all).toEqual([]);
  });

  it('prints findings of scan --diff without a byte of the key stores', async () => {
    const run = await runCli(
      ['scan', '--diff', 'main..feature', '--baseline', '.secrets.baseline'],
      history.repo.root,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${storePath}:1:1`);
    expect(run.stdout).toContain('(JCEKS key store, 950 B)');
    for (const bytes of Object.values(history.content))
      for (const trace of byteTraces(bytes)) {
        expect(run.stdout).not.toContain(trace);
        expect(run.stderr).not.toContain(trace);
      }
  });
});
