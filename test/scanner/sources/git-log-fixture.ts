/**
 * A pull request as a real repository: `main` with a baselined secret, and a `feature` branch of
 * more than 30 commits that adds, removes, moves, allowlists, renames and deletes secrets,
 * merges `main` back in (bringing a secret that is not the PR's) and resolves it with a line of
 * its own. Every token is generated at test time.
 */
import { githubToken, runCli } from '../../cli/helpers.js';
import { expandTemplate } from '../../helpers/tokens.js';
import { GitRepo } from '../../helpers/git-history.js';

/** The planted values, by role. */
export interface PlantedTokens {
  baselined: string;
  addedThenRemoved: string;
  pragma: string;
  nextLinePragma: string;
  binary: string;
  unicodePath: string;
  fromMain: string;
  evilMerge: string;
  crlf: string;
  deleted: string;
  privateKey: string;
}

/** The repository, the PR's base and head, and what was planted where. */
export interface PullRequestFixture {
  repo: GitRepo;
  base: string;
  head: string;
  tokens: PlantedTokens;
  /** Commits of the feature branch that matter to assertions. */
  commits: {
    addedThenRemoved: string;
    unicodePath: string;
    evilMerge: string;
    crlf: string;
    key: string;
  };
  /** Every planted value, to grep output for. */
  all: string[];
}

/** Builds the fixture (about 45 commits); takes a second or two. */
export async function buildPullRequest(): Promise<PullRequestFixture> {
  const tokens: PlantedTokens = {
    baselined: githubToken(101),
    addedThenRemoved: githubToken(102),
    pragma: githubToken(103),
    nextLinePragma: githubToken(104),
    binary: githubToken(105),
    unicodePath: githubToken(106),
    fromMain: githubToken(107),
    evilMerge: githubToken(108),
    crlf: githubToken(109),
    deleted: githubToken(110),
    privateKey: expandTemplate(
      '-----BEGIN RSA PRIVATE KEY-----\nMII{b64:60}\n{b64:64}\n{b64:64}\n-----END RSA PRIVATE KEY-----',
      7,
    ),
  };
  const repo = GitRepo.create();
  repo.write({
    'README.md': '# demo\n',
    'config/app.env': `NAME=demo\nMODE=test\nGITHUB_TOKEN=${tokens.baselined}\nEND=1\n`,
    'old/legacy.txt': `legacy\ntoken: ${tokens.deleted}\n`,
  });
  repo.commit('initial');
  const baseline = await runCli(['scan', '--baseline', '.secrets.baseline'], repo.root);
  if (baseline.code !== 0) throw new Error(`baseline: ${baseline.stderr}`);
  // The deleted file's secret is in the baseline too: deleting it adds nothing.
  repo.commit('baseline');

  repo.checkout('feature', true);
  const addedThenRemoved = repo
    .write({ 'src/a.txt': `one\ntwo\nconst token = "${tokens.addedThenRemoved}";\n` })
    .commit('add a token', { author: 'Mallory Dev <mallory@example.com>' });
  repo.write({ 'src/a.txt': 'one\ntwo\n' }).commit('remove the token');
  // The baselined secret moves below END (line 3 to 5): by content, it stays suppressed.
  repo
    .write({
      'config/app.env': `NAME=demo\nMODE=test\nEND=1\nA=1\nGITHUB_TOKEN=${tokens.baselined}\n`,
    })
    .commit('move the baselined token');
  repo
    .write({ 'src/test.py': `TOKEN = "${tokens.pragma}"  # pragma: allowlist secret\n` })
    .commit('allowlisted token');
  repo
    .write({ 'src/fixture.py': 'x = 1\n# pragma: allowlist nextline secret\ny = 2\n' })
    .commit('pragma');
  repo
    .write({
      'src/fixture.py': `x = 1\n# pragma: allowlist nextline secret\nTOKEN = "${tokens.nextLinePragma}"\n`,
    })
    .commit('token under an existing pragma');
  repo
    .write({
      'assets/blob.dat': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(tokens.binary)]),
    })
    .commit('binary');
  repo.git('mv', 'config/app.env', 'config/prod.env');
  repo.commit('rename');
  repo.remove('old/legacy.txt').commit('delete legacy');
  for (let i = 0; i < 26; i++) repo.write({ [`notes/${i}.md`]: `note ${i}\n` }).commit(`note ${i}`);
  const unicodePath = repo
    .write({ 'docs/my notes é.md': `# notes\n\nkey: ${tokens.unicodePath}\n` })
    .commit('unicode path', { author: 'Zoë Writer <zoe@example.com>' });
  const crlf = repo
    .write({ 'win/app.ini': `[auth]\r\nuser=me\r\ntoken=${tokens.crlf}\r\n` })
    .commit('crlf');
  const key = repo
    .write({ 'keys/deploy.pem': `# deploy key\n${tokens.privateKey}\n` })
    .commit('private key');

  repo.checkout('main');
  repo
    .write({ 'main-only.txt': `token = ${tokens.fromMain}\n`, 'shared.txt': 'main side\n' })
    .commit('main moves on');
  repo.checkout('feature');
  repo.write({ 'shared.txt': 'feature side\n' }).commit('feature side');
  const evilMerge = repo.mergeWith('main', {
    'shared.txt': `resolved\nsecret = "${tokens.evilMerge}"\n`,
  });
  repo.write({ 'notes/last.md': 'done\n' }).commit('last');
  return {
    repo,
    base: repo.head('main'),
    head: repo.head('feature'),
    tokens,
    commits: { addedThenRemoved, unicodePath, evilMerge, crlf, key },
    all: Object.values(tokens)
      .flatMap((value) => value.split('\n'))
      .filter((v) => v.length > 20 && !v.startsWith('-----')),
  };
}
