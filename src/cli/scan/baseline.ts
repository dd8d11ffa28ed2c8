import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BaselineError } from '../../shared/errors.js';
import {
  parseBaseline,
  serializeBaseline,
  updateBaseline,
  writeBaselineAtomic,
  type Baseline,
  type BaselineEntry,
} from '../../scanner/baseline/index.js';
import { toReportedPath } from '../../scanner/sources/targets.js';
import type { Finding } from '../../scanner/types.js';

/** A baseline opened for `scan --baseline`: where it is, and what it held. */
export interface OpenBaseline {
  /** As the user wrote it, for messages. */
  shown: string;
  absolute: string;
  /** Relative to the scan root, so that the scan can leave it out. */
  relative: string;
  previous?: Baseline;
  /** The bytes it held, to skip a write that would change nothing. */
  text?: string;
}

/**
 * Reads the baseline before anything is scanned, so that a conflicted or invalid one stops the
 * run at once (and is never overwritten). A missing one is fine: it will be created.
 */
export async function openBaseline(
  cwd: string,
  root: string,
  shown: string,
): Promise<OpenBaseline> {
  const absolute = resolve(cwd, shown);
  const relative = toReportedPath(root, absolute);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { shown, absolute, relative };
    throw new BaselineError(`cannot read the baseline ${shown} (${code ?? error})`, shown);
  }
  return { shown, absolute, relative, previous: parseBaseline(text, shown), text };
}

/** What `scan --baseline` did to the file. */
export interface BaselineOutcome {
  /** Findings that were not in the baseline and now are. */
  added: Finding[];
  removed: BaselineEntry[];
  written: boolean;
}

/** Updates the baseline from a scan and writes it atomically when its bytes change. */
export async function saveBaseline(
  opened: OpenBaseline,
  root: string,
  findings: readonly Finding[],
  scannedFiles: Iterable<string>,
  timestamp: boolean,
): Promise<BaselineOutcome> {
  const update = updateBaseline(opened.previous, findings, scannedFiles, {
    fileExists: (file) => existsSync(resolve(root, file)),
    timestamp,
    baselineFile: opened.relative,
  });
  const text = serializeBaseline(update.baseline);
  const written = text !== opened.text;
  if (written) await writeBaselineAtomic(opened.absolute, update.baseline, opened.shown);
  return { added: update.addedFindings, removed: update.removed, written };
}

/** The lines `scan --baseline` prints on stderr: what changed, and each stale entry removed. */
export function describeOutcome(opened: OpenBaseline, outcome: BaselineOutcome): string {
  const lines = outcome.removed.map(
    (entry) =>
      `removed stale entry: ${entry.filename}${entry.lineNumber === undefined ? '' : `:${entry.lineNumber}`} ` +
      `${entry.type} (${entry.hashedSecret.slice(0, 12)}…): the secret is no longer there`,
  );
  const verb =
    opened.previous === undefined ? 'created' : outcome.written ? 'updated' : 'unchanged';
  lines.push(
    `baseline ${opened.shown} ${verb}: ${outcome.added.length} added, ${outcome.removed.length} removed`,
  );
  return `${lines.join('\n')}\n`;
}
