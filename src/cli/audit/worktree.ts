import { isAbsolute, relative, resolve } from 'node:path';
import type { BaselineEntry } from '../../scanner/baseline/types.js';
import { builtinDetectors } from '../../scanner/detectors/index.js';
import { SecretScanner } from '../../scanner/engine.js';
import { readForScan } from '../../scanner/sources/read-file.js';
import type { Finding } from '../../scanner/types.js';
import { entryContext, type EntryContext } from './context.js';
import type { FileProblem } from './view.js';

/** Files above this size are not shown (the scan's default cap). */
const MAX_FILE_SIZE = 10 * 1024 * 1024;

type Scanned = { text: string; findings: Finding[] } | FileProblem;

/**
 * Shows entries from the current work tree under `root`: each file is read and scanned once,
 * with every built-in detector (off-by-default ones too), so that any secret near the entry is
 * masked as well. `entriesOf` gives the file's other entries, whose lines are masked too.
 */
export function workTreeViewer(
  root: string,
  entriesOf: (file: string) => readonly BaselineEntry[],
): (entry: BaselineEntry) => EntryContext | FileProblem {
  let scanner: SecretScanner | undefined;
  const cache = new Map<string, Scanned>();
  const scan = (file: string): Scanned => {
    const absolute = resolve(root, file);
    const inside = relative(root, absolute);
    // A baseline is data from the repository: a path leaving the root is not followed.
    if (inside.startsWith('..') || isAbsolute(inside)) return 'unreadable';
    const read = readForScan(absolute, MAX_FILE_SIZE);
    if (read.kind === 'missing') return 'missing';
    if (read.kind === 'skipped') return read.reason;
    scanner ??= new SecretScanner(builtinDetectors);
    return { text: read.text, findings: scanner.scanText(read.text, file).findings };
  };
  return (entry) => {
    let scanned = cache.get(entry.filename);
    if (scanned === undefined) cache.set(entry.filename, (scanned = scan(entry.filename)));
    if (typeof scanned === 'string') return scanned;
    return entryContext(scanned.text, entry, scanned.findings, entriesOf(entry.filename));
  };
}
