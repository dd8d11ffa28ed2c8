/**
 * How much text around a hit its detectors read: what the prefilter over bytes must keep when it
 * decodes only the lines around a large file's hits (`keep_hit_lines` in prefilter.c).
 */
import type { CompiledDetector } from '../compile.js';

/** Lines to keep on each side of a hit's line, and bytes beyond those that a detector reads. */
export interface HitReach {
  lines: number;
  before: number;
  after: number;
}

/** A UTF-16 code unit is at most three bytes of UTF-8 (and one of Latin-1). */
const maxBytesPerUnit = 3;

/**
 * What a hit for these detectors needs kept, or undefined when one may read anywhere: a code
 * detector that declares no reach. (A file gate reads the whole text, which the engine decodes
 * for it apart.)
 */
export function reachOf(
  detectors: readonly CompiledDetector[],
  confirm?: RegExp,
): HitReach | undefined {
  let lines = 0;
  let before = 0;
  let after = 0;
  for (const { detector, code } of detectors) {
    if (code !== undefined) {
      if (code.reach === undefined) return undefined;
      before = Math.max(before, code.reach.before);
      after = Math.max(after, code.reach.after);
    }
    lines = Math.max(lines, detector.contextLines ?? 0);
  }
  if (confirm !== undefined && canCrossLines(confirm)) return undefined;
  // One line more on each side: the engine reads the line before a finding for a `nextline`
  // pragma, and a confirming regex may end on the line after its hit.
  return { lines: lines + 1, before: before * maxBytesPerUnit, after: after * maxBytesPerUnit };
}

/** Classes that exclude whitespace, and so line breaks: `[^\s"']`. */
const classWithoutBreaks = /\[\^(?:\\.|[^\]\\])*?\\s(?:\\.|[^\]\\])*\]/g;

/**
 * Whether a regex could match across more than the line after its start: anything that matches a
 * line break once whitespace-free classes are set aside (`\s`, `\n`, a negated class, the `s` flag).
 */
export function canCrossLines(regex: RegExp): boolean {
  if (regex.flags.includes('s')) return true;
  return /\\[snrSWDuxcpP]|\[\^/.test(regex.source.replace(classWithoutBreaks, ''));
}
