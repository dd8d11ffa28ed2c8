import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { isTextDetector } from '../../src/scanner/compile.js';
import { builtinDetectors } from '../../src/scanner/detectors/index.js';
import { expandTemplate } from '../../test/helpers/tokens.js';

/** A generated benchmark tree: folders ("parts") of about the same size, plus planted secrets. */
export interface BenchTree {
  root: string;
  parts: string[];
  bytesByPart: number[];
  filesByPart: number[];
  /** Paths (relative to root) of files that each hold one planted secret. */
  planted: string[];
}

const textExtensions = new Set([
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.mts',
  '.cts',
  '.json',
  '.md',
  '.map',
  '.yml',
  '.yaml',
  '.txt',
]);

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

function* textFiles(dir: string): Generator<string> {
  for (const path of filesUnder(dir)) if (textExtensions.has(extname(path))) yield path;
}

/**
 * Copies the text files of node_modules into `parts` folders of at least `partBytes` each (the
 * copies are kept and reused), then plants one secret per default detector in every part.
 * Folder names avoid `node_modules` so that no tool skips them by default.
 */
export function ensureBenchTree(
  root: string,
  source: string,
  parts: number,
  partBytes: number,
): BenchTree {
  const partNames = Array.from({ length: parts }, (_, i) => `part-${i + 1}`);
  const marker = join(root, `copies-${parts}x${partBytes}.json`);
  let copies: { bytesByPart: number[]; filesByPart: number[] };
  if (existsSync(marker)) {
    copies = JSON.parse(readFileSync(marker, 'utf8')) as typeof copies;
  } else {
    rmSync(root, { recursive: true, force: true });
    copies = copyParts(root, source, partNames, partBytes);
    writeFileSync(marker, JSON.stringify(copies));
  }

  const planted: string[] = [];
  const detectors = builtinDetectors
    .filter(isTextDetector)
    .filter((detector) => detector.enabledByDefault !== false);
  partNames.forEach((part, index) => {
    rmSync(join(root, part, 'planted'), { recursive: true, force: true });
    mkdirSync(join(root, part, 'planted'), { recursive: true });
    for (const detector of detectors) {
      const example = detector.examples.positive[0];
      if (example === undefined) continue;
      const path = join(part, 'planted', `${detector.id}.txt`);
      writeFileSync(join(root, path), `${expandTemplate(example, index + 7)}\n`);
      planted.push(path);
    }
  });
  return {
    root,
    parts: partNames.map((name) => join(root, name)),
    bytesByPart: copies.bytesByPart,
    filesByPart: copies.filesByPart.map((files) => files + detectors.length),
    planted,
  };
}

function copyParts(root: string, source: string, partNames: string[], partBytes: number) {
  const sources = [...textFiles(source)].sort();
  if (sources.length === 0) throw new Error(`no text files under ${source}: run npm ci first`);
  const bytesByPart = partNames.map(() => 0);
  const filesByPart = partNames.map(() => 0);
  let round = 0;
  let next = 0;
  partNames.forEach((part, index) => {
    while ((bytesByPart[index] as number) < partBytes) {
      if (next === sources.length) {
        next = 0;
        round++;
      }
      const file = sources[next++] as string;
      const name = relative(source, file).replaceAll('node_modules', 'pkgs');
      const target = join(root, part, `copy-${round}`, name);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
      bytesByPart[index] = (bytesByPart[index] as number) + statSync(file).size;
      filesByPart[index] = (filesByPart[index] as number) + 1;
    }
  });
  return { bytesByPart, filesByPart };
}

/**
 * The whole tree `copies` times over under `target`, as hard links where the file system allows
 * (copies where it does not), made once and reused: a tree several times the size, to see whether
 * peak memory follows the tree's size, at almost no disk space. Returns the copies' folders.
 */
export function ensureLinkedCopies(tree: BenchTree, target: string, copies: number): string[] {
  const folders = Array.from({ length: copies }, (_, i) => join(target, `x${i + 1}`));
  const marker = join(target, `linked-${copies}.json`);
  const signature = JSON.stringify(tree.bytesByPart);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === signature) return folders;
  rmSync(target, { recursive: true, force: true });
  const link = (from: string, to: string) => {
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  };
  for (const folder of folders)
    for (const part of tree.parts)
      for (const file of filesUnder(part)) link(file, join(folder, relative(tree.root, file)));
  writeFileSync(marker, signature);
  return folders;
}
