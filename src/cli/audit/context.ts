import type { BaselineEntry } from '../../scanner/baseline/types.js';
import { LineIndex } from '../../scanner/lines.js';
import { redactSecret, sha1Hex } from '../../scanner/redact.js';
import type { Finding } from '../../scanner/types.js';
import { printable } from './entries.js';

/** One shown line of the file, its secrets already masked. */
export interface ContextLine {
  number: number;
  text: string;
  /** The line the entry points at (the first line of the secret). */
  focus: boolean;
}

/** What `audit` shows for an entry: the lines around it, and what the scanner says about it. */
export interface EntryContext {
  lines: ContextLine[];
  /** The finding that matches the entry in the current file, when one does. */
  located?: Finding;
  /** Why the view may differ from what the baseline says (line moved, secret not found). */
  note?: string;
}

/** Lines shown before and after the secret. */
const AROUND = 3;
/** Shown lines are cut to this many characters (minified files have very long ones). */
const WIDTH = 160;
/** What a secret looks like when the scanner cannot place it: a long run without delimiters. */
const TOKEN_RUN = /[^\s"'`,;(){}[\]<>]{16,}/g;

interface Span {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The lines around an entry in `text` (the current file), with every secret the scanner finds
 * in them replaced by its redacted form. When the entry's own secret cannot be placed, its
 * line is searched for a value with the entry's hash, and failing that every long token-like
 * run on it is masked: the view must never show a secret, even one the scanner does not know.
 */
export function entryContext(
  text: string,
  entry: BaselineEntry,
  findings: readonly Finding[],
  siblings: readonly BaselineEntry[] = [],
): EntryContext {
  const index = new LineIndex(text);
  const lineText = (number: number) =>
    text.slice(index.startOf(number - 1), index.endOf(number - 1));
  // A final line break ends the last line; it does not start an empty one worth showing.
  const count = index.count - (/[\r\n]$/.test(text) ? 1 : 0);
  const located = locate(entry, findings);
  const focus = located?.line ?? entry.lineNumber;
  if (focus === undefined)
    return { lines: [], note: 'the baseline has no line number and the secret is not in the file' };
  if (focus > count)
    return { lines: [], note: `line ${focus} is past the end of the file (${count} lines)` };
  const last = Math.min(count, (located?.endLine ?? focus) + AROUND);
  // Other entries of the file whose secret the scanner misses still get their lines masked.
  const unplaced = siblings.filter(
    (other) => other !== entry && locate(other, findings) === undefined,
  );
  if (located === undefined && entry.lineNumber !== undefined) unplaced.push(entry);
  const lines: ContextLine[] = [];
  let hashPlaced = false;
  for (let number = Math.max(1, focus - AROUND); number <= last; number++) {
    const original = lineText(number);
    const spans = findingSpans(number, original, findings);
    for (const other of unplaced) {
      if (other.lineNumber !== number) continue;
      const fallback = fallbackSpans(original, other, spans);
      spans.push(...fallback.spans);
      if (other === entry) hashPlaced = fallback.byHash;
    }
    const masked = applySpans(original, spans);
    const anchor = spans.length > 0 ? Math.min(...spans.map((span) => span.start)) : 0;
    lines.push({ number, text: printable(clip(masked, anchor)), focus: number === focus });
  }
  let note: string | undefined;
  if (located === undefined)
    note = hashPlaced
      ? 'no detector finds this secret; its value was recognised by its hash'
      : 'the scanner does not find this secret on this line any more; long runs are masked';
  else if (entry.lineNumber !== undefined && located.line !== entry.lineNumber)
    note = `the baseline says line ${entry.lineNumber}; the secret is now on line ${located.line}`;
  return { lines, ...(located && { located }), ...(note !== undefined && { note }) };
}

/**
 * The finding that is this entry: same type and hash (or fingerprint), on the entry's line or
 * else the nearest one. The type is dropped as a last resort, since a baseline written by
 * another tool may name it differently.
 */
function locate(entry: BaselineEntry, findings: readonly Finding[]): Finding | undefined {
  const sameSecret = findings.filter((finding) =>
    entry.fingerprint !== undefined
      ? finding.fingerprint === entry.fingerprint
      : finding.hashedSecret === entry.hashedSecret,
  );
  const sameType = sameSecret.filter((finding) => finding.secretType === entry.type);
  const candidates = sameType.length > 0 ? sameType : sameSecret;
  const line = entry.lineNumber;
  if (line === undefined) return candidates[0];
  const distance = (finding: Finding) =>
    line < finding.line ? finding.line - line : line > finding.endLine ? line - finding.endLine : 0;
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
}

/** The parts of line `number` covered by findings: a redacted form where a secret starts. */
function findingSpans(number: number, line: string, findings: readonly Finding[]): Span[] {
  return findings
    .filter((finding) => finding.line <= number && number <= finding.endLine)
    .map((finding) => ({
      start: finding.line === number ? finding.column - 1 : 0,
      end: finding.endLine === number ? finding.endColumn - 1 : line.length,
      replacement: finding.line === number ? finding.redacted : '…',
    }));
}

/**
 * Masks for a line whose secret the scanner does not place: a value hashing to the entry's
 * hash (detect-secrets found it with a rule we lack), else every long token-like run.
 */
function fallbackSpans(
  line: string,
  entry: BaselineEntry,
  taken: readonly Span[],
): { spans: Span[]; byHash: boolean } {
  const free = (start: number, end: number) =>
    !taken.some((span) => span.start < end && start < span.end);
  const wanted = new Set([entry.hashedSecret, entry.fingerprint].filter((hash) => hash));
  for (const [start, end] of valueCandidates(line)) {
    if (free(start, end) && wanted.has(sha1Hex(line.slice(start, end))))
      return {
        spans: [{ start, end, replacement: redactSecret(line.slice(start, end)) }],
        byHash: true,
      };
  }
  const spans: Span[] = [];
  for (const match of line.matchAll(TOKEN_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (free(start, end)) spans.push({ start, end, replacement: redactSecret(match[0]) });
  }
  return { spans, byHash: false };
}

/** Spans that may hold a value: quoted strings, delimiter-free runs, and their parts. */
function* valueCandidates(line: string): Generator<[number, number]> {
  for (const match of line.matchAll(/"([^"]+)"|'([^']+)'|`([^`]+)`/g))
    yield [match.index + 1, match.index + match[0].length - 1];
  for (const match of line.matchAll(/[^\s"'`,;(){}[\]<>]+/g)) {
    yield [match.index, match.index + match[0].length];
    for (const part of match[0].matchAll(/[^=:@/]+/g)) {
      const start = match.index + part.index;
      yield [start, start + part[0].length];
    }
  }
}

/** Replaces the spans, overlapping ones merged (the earliest keeps its replacement). */
function applySpans(line: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && span.start < previous.end)
      previous.end = Math.max(previous.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    out += line.slice(at, span.start) + span.replacement;
    at = span.end;
  }
  return out + line.slice(at);
}

/** At most WIDTH characters of the (masked) line, centred near `anchor` when it is far in. */
function clip(line: string, anchor: number): string {
  if (line.length <= WIDTH) return line;
  const start = Math.max(0, Math.min(anchor - WIDTH / 4, line.length - WIDTH));
  const end = start + WIDTH;
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}
