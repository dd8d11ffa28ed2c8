/**
 * Bundles each entry point into dist/ with ncc. `--check` builds into a temporary folder and
 * fails when the committed dist/ differs: the Action and the pre-commit hook run from dist/.
 */
import ncc from '@vercel/ncc';
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  existsSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const entries = [
  { source: 'src/cli/index.ts', out: 'dist/cli', executable: true },
  // The Action (action.yml): the main step and its post step (cleanup).
  { source: 'src/action/main.ts', out: 'dist/action/main' },
  { source: 'src/action/post.ts', out: 'dist/action/post' },
  // The sync Action (sync/action.yml): AWS Secrets Manager into GitHub secrets, no post step.
  { source: 'src/action/sync/main.ts', out: 'dist/action/sync' },
  // The PR-check Action (scan/action.yml): range, history and work-tree scans.
  { source: 'src/action/scan/main.ts', out: 'dist/action/scan' },
  { source: 'src/action/rotation/main.ts', out: 'dist/action/rotation' },
];
const check = process.argv.includes('--check');
// `--only dist/action/scan` rebuilds one bundle, so work on one entry leaves the others alone.
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex === -1 ? undefined : process.argv[onlyIndex + 1];
const root = check ? mkdtempSync(join(tmpdir(), 'secrets-action-dist-')) : '.';

for (const entry of entries.filter((e) => only === undefined || e.out === only)) {
  const { code, assets } = await ncc(join(process.cwd(), entry.source), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  const outDir = join(root, entry.out);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.js'), code);
  if (entry.executable) chmodSync(join(outDir, 'index.js'), 0o755);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), asset.source);
  }
}

if (check) {
  const stale = [];
  const list = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)))
      : [];
  for (const entry of entries) {
    const built = join(root, entry.out);
    const names = new Set([...list(built), ...list(entry.out)]);
    for (const name of names) {
      const a = join(built, name);
      const b = join(entry.out, name);
      if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b)))
        stale.push(b);
    }
  }
  rmSync(root, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`dist/ is stale: ${stale.join(', ')}\nRun \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
}
