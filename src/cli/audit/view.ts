import { isExpired, type BaselineEntry } from '../../scanner/baseline/index.js';
import { findDetector } from '../../scanner/detectors/index.js';
import type { EntryContext } from './context.js';
import { labelOf, labelText, printable } from './entries.js';

/** Where the entry's file stands in the work tree, when its lines cannot be shown. */
export type FileProblem = 'missing' | 'binary' | 'too-large' | 'unreadable';

/**
 * The block `audit` prints for one entry: position in the walk, file:line, type, the detector
 * that finds it now, its current label, then the masked lines around it.
 */
export function renderEntry(
  entry: BaselineEntry,
  position: { index: number; total: number },
  view: EntryContext | FileProblem,
  now: Date,
): string {
  const context = typeof view === 'string' ? undefined : view;
  const line = context?.located?.line ?? entry.lineNumber;
  const where = `${printable(entry.filename)}${line === undefined ? '' : `:${line}`}`;
  const out = [`── ${position.index + 1}/${position.total}  ${where}`];
  out.push(`   type      ${printable(entry.type)}`);
  const detector = context?.located && findDetector(context.located.detectorId);
  if (context?.located)
    out.push(
      `   detector  ${context.located.detectorId}${detector ? ` (${detector.strength})` : ''}`,
    );
  else out.push('   detector  none finds it in the current file');
  out.push(`   label     ${describeLabel(entry, now)}`);
  if (typeof view === 'string') out.push(`   (${problemText(view)}; no lines to show)`);
  else {
    if (view.note !== undefined) out.push(`   note: ${view.note}`);
    if (view.lines.length > 0) {
      const width = String(view.lines[view.lines.length - 1]?.number ?? 0).length;
      out.push('');
      for (const shown of view.lines)
        out.push(
          `${shown.focus ? '>' : ' '} ${String(shown.number).padStart(width)} | ${shown.text}`,
        );
    }
  }
  return `\n${out.join('\n')}\n\n`;
}

function describeLabel(entry: BaselineEntry, now: Date): string {
  const parts = [labelText(labelOf(entry))];
  if (entry.reason !== undefined) parts.push(`reason: ${printable(entry.reason)}`);
  if (entry.owner !== undefined) parts.push(`owner: ${printable(entry.owner)}`);
  if (entry.expires !== undefined)
    parts.push(`expires: ${printable(entry.expires)}${isExpired(entry, now) ? ' (expired)' : ''}`);
  return parts.join('; ');
}

function problemText(problem: FileProblem): string {
  switch (problem) {
    case 'missing':
      return 'the file is not in the work tree';
    case 'binary':
      return 'the file is binary';
    case 'too-large':
      return 'the file is too large to show';
    case 'unreadable':
      return 'the file cannot be read';
  }
}
