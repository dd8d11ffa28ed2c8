/**
 * A `.env` parser with the semantics of the npm `dotenv` package (v16/v17 `parse`), written as a
 * single forward scan instead of dotenv's backtracking pattern, and keeping every entry's position
 * so that a rewrite can drop exactly the entries it migrated and leave every other byte alone.
 */
import { EnvLines, isBreak, isSpace } from './lines.js';

/** One `KEY=value` entry, as dotenv reads it. */
export interface DotenvEntry {
  readonly key: string;
  /** The value dotenv gives the key: quotes removed, `\n` and `\r` expanded in double quotes. */
  readonly value: string;
  /** The quote the value was written in, if it was quoted. */
  readonly quote?: '"' | "'" | '`';
  /** 1-based line of the key. */
  readonly line: number;
  /** 1-based last line of the entry (a multi-line quoted value ends below its key). */
  readonly endLine: number;
  /** Offset of the first character of the key's line. */
  readonly start: number;
  /** Offset of the next line's start (the entry's last line break included), or the text's end. */
  readonly end: number;
}

/** Something in the file worth saying that dotenv passes over silently. Never holds a value. */
export interface DotenvNotice {
  readonly line: number;
  readonly message: string;
}

/** Every entry in file order, and notices about lines dotenv ignores or reads surprisingly. */
export interface ParsedDotenv {
  readonly entries: readonly DotenvEntry[];
  readonly notices: readonly DotenvNotice[];
}

const quotes = new Set(['"', "'", '`']);

function isKeyChar(c: number): boolean {
  // dotenv's key is [\w.-]+ (ASCII word characters, dot and hyphen).
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 46 ||
    c === 45
  );
}

/** dotenv normalises every line break to `\n` before reading values. */
function normaliseBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

interface ValueScan {
  raw: string;
  /** Offset of the last character that belongs to the value. */
  last: number;
  quoted: boolean;
  cutAtHash: boolean;
}

/**
 * Parses `text` as dotenv does: `KEY=value` and `KEY: value`, an optional `export ` prefix,
 * single, double and backtick quotes (multi-line), inline `#` comments after unquoted values,
 * blank and comment lines, any line-break style. Duplicate keys are kept (see `duplicateKeys`).
 */
export function parseDotenv(text: string): ParsedDotenv {
  const lines = new EnvLines(text);
  const entries: DotenvEntry[] = [];
  const notices: DotenvNotice[] = [];
  for (let line = 0; line < lines.count;) {
    const start = lines.startOf(line);
    const parsed = parseEntry(text, start);
    if (parsed === undefined) {
      const content = text.slice(start, lines.endOf(line)).trim();
      if (content !== '' && !content.startsWith('#'))
        notices.push({ line: line + 1, message: 'not KEY=value; dotenv ignores this line' });
      line++;
      continue;
    }
    const endLine = lines.lineOf(parsed.scan.last);
    entries.push({
      key: parsed.key,
      value: toValue(parsed.scan.raw),
      ...(parsed.scan.quoted ? { quote: parsed.scan.raw[0] as DotenvEntry['quote'] } : {}),
      line: line + 1,
      endLine: endLine + 1,
      start,
      end: lines.nextStart(endLine),
    });
    const trimmed = parsed.scan.raw.trim();
    if (!parsed.scan.quoted && quotes.has(trimmed[0] ?? '') && !isStripped(trimmed))
      notices.push({
        line: line + 1,
        message: `${parsed.key}: no closing quote with only spaces or a comment after it; dotenv keeps the quote characters in the value`,
      });
    if (parsed.scan.cutAtHash)
      notices.push({
        line: line + 1,
        message: `${parsed.key}: the unquoted value stops at '#' (dotenv reads the rest as a comment); quote the value if the # belongs to it`,
      });
    line = endLine + 1;
  }
  return { entries, notices };
}

/** Keys defined more than once, each with the lines of its first and second definition. */
export function duplicateKeys(
  entries: readonly DotenvEntry[],
): { key: string; first: number; second: number }[] {
  const seen = new Map<string, number>();
  const found: { key: string; first: number; second: number }[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.key);
    if (first === undefined) seen.set(entry.key, entry.line);
    else if (!found.some((d) => d.key === entry.key))
      found.push({ key: entry.key, first, second: entry.line });
  }
  return found;
}

function parseEntry(text: string, start: number): { key: string; scan: ValueScan } | undefined {
  let i = start;
  while (i < text.length && isSpace(text.charCodeAt(i)) && !isBreak(text.charCodeAt(i))) i++;
  // `export KEY=…`; when that fails, `export` may itself be the key (`export=1`).
  if (text.startsWith('export', i) && isSpace(text.charCodeAt(i + 6))) {
    let j = i + 6;
    while (j < text.length && isSpace(text.charCodeAt(j)) && !isBreak(text.charCodeAt(j))) j++;
    const exported = parseKeyed(text, j);
    if (exported) return exported;
  }
  return parseKeyed(text, i);
}

function parseKeyed(text: string, i: number): { key: string; scan: ValueScan } | undefined {
  let k = i;
  while (k < text.length && isKeyChar(text.charCodeAt(k))) k++;
  if (k === i) return undefined;
  const key = text.slice(i, k);
  let s = k;
  while (s < text.length && isSpace(text.charCodeAt(s)) && !isBreak(text.charCodeAt(s))) s++;
  if (text[s] === '=') return { key, scan: scanValue(text, s + 1) };
  // `KEY: value` needs one whitespace character after the colon (dotenv's `:\s+?`).
  if (text[k] === ':' && isSpace(text.charCodeAt(k + 1))) {
    const after = text[k + 1] === '\r' && text[k + 2] === '\n' ? k + 3 : k + 2;
    return { key, scan: scanValue(text, after) };
  }
  return undefined;
}

/** Reads the value that starts at `v` (just after the separator). */
function scanValue(text: string, v: number): ValueScan {
  // A quoted value may start after any whitespace, line breaks included (dotenv's `\s*"…"`).
  let q = v;
  while (q < text.length && isSpace(text.charCodeAt(q))) q++;
  const quote = text[q];
  if (quote !== undefined && quotes.has(quote)) {
    const close = closingQuote(text, q, quote);
    if (close !== undefined)
      return { raw: text.slice(q, close + 1), last: close, quoted: true, cutAtHash: false };
  }
  // Unquoted: up to `#` or the end of the line ([^#\r\n]+).
  let f = v;
  while (f < text.length && text[f] !== '#' && !isBreak(text.charCodeAt(f))) f++;
  const cutAtHash = text[f] === '#' && f > v && !isSpace(text.charCodeAt(f - 1));
  let last = f - 1;
  while (last + 1 < text.length && !isBreak(text.charCodeAt(last + 1))) last++;
  return { raw: text.slice(v, f), last: Math.max(last, v - 1), quoted: false, cutAtHash };
}

/**
 * The closing quote dotenv's `"(?:\\"|[^"])*"` settles on: the first unescaped quote, else (by
 * backtracking) an escaped one, latest first; the rest of that line must be blank or a comment.
 */
function closingQuote(text: string, open: number, quote: string): number | undefined {
  const escaped: number[] = [];
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === '\\' && text[i + 1] === quote) {
      escaped.push(i + 1);
      i += 2;
    } else if (text[i] === quote) break;
    else i++;
  }
  const candidates = i < text.length ? [i, ...escaped.reverse()] : escaped.reverse();
  return candidates.find((c) => restIsComment(text, c + 1));
}

function restIsComment(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i)) && !isBreak(text.charCodeAt(i))) i++;
  return i >= text.length || isBreak(text.charCodeAt(i)) || text[i] === '#';
}

function isStripped(value: string): boolean {
  return value.length >= 2 && quotes.has(value[0] as string) && value.at(-1) === value[0];
}

/** dotenv's post-processing: trim, strip matching quotes, expand `\n`/`\r` in double quotes. */
function toValue(raw: string): string {
  let value = normaliseBreaks(raw).trim();
  const maybeQuote = value[0];
  if (isStripped(value)) value = value.slice(1, -1);
  if (maybeQuote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  return value;
}
