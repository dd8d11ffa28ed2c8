import {
  compileDetector,
  isFileDetector,
  isTextDetector,
  type CompiledDetector,
} from './compile.js';
import { builtinFilters, type SecretFilter } from './filters/index.js';
import { LineFinder } from './lines.js';
import { elideLongLines } from './long-lines.js';
import { isAllowlistedByPragma } from './pragmas.js';
import { Prefilter } from './prefilter.js';
import { redactSecret, sha1Hex } from './redact.js';
import { shannonEntropy } from './entropy.js';
import type { Detector, Finding, RawMatch, Skip, TextScanResult } from './types.js';
import { decodeText, type TextEncoding } from './text-encoding.js';
import { BytePrefilter, type DecodeAroundHits } from './wasm/byte-prefilter.js';
import { WholeFileJudge } from './whole-file.js';

/** Settings that shape one scanner; all optional. */
export interface ScannerOptions {
  /** Lines longer than this (minified code, data blobs) are skipped and reported. */
  maxLineLength?: number;
  /** A finding whose line matches one of these is dropped. */
  excludeLines?: readonly RegExp[];
  /** A finding whose secret matches one of these is dropped. */
  excludeSecrets?: readonly RegExp[];
  /** False-positive filters; defaults to every built-in one. */
  filters?: readonly SecretFilter[];
  /**
   * Which prefilter {@link SecretScanner.scanBytes} runs: `bytes` (default) is the WebAssembly one
   * over the file's bytes, `text` the JavaScript one over the decoded text. The findings are the
   * same; `text` exists to prove it.
   */
  prefilter?: 'bytes' | 'text';
  /**
   * When the prefilter over bytes decodes a file with hits only around them: from `minBytes`,
   * and when the lines kept are at most `maxKeptShare` of the file. The findings are the same
   * either way; tests lower both limits to prove it.
   */
  decodeAroundHits?: DecodeAroundHits;
}

/** Default cap on a scanned line's length, in UTF-16 code units. */
export const DEFAULT_MAX_LINE_LENGTH = 20_000;

interface Candidate {
  detector: CompiledDetector;
  match: RawMatch;
}

/**
 * The pure engine: text and a path in, findings out. Compiled once, it scans any number of
 * texts; it holds no per-scan state between calls.
 */
export class SecretScanner {
  private readonly detectors: CompiledDetector[];
  private readonly prefilter: Prefilter;
  private readonly maxLineLength: number;
  private readonly decodeAroundHits: DecodeAroundHits | undefined;
  private readonly excludeLines: readonly RegExp[];
  private readonly excludeSecrets: readonly RegExp[];
  private readonly filters: readonly SecretFilter[];
  private readonly wholeFiles: WholeFileJudge;
  /** Built on the first {@link scanBytes}; null when off or when a detector needs the text one. */
  private bytePrefilter: BytePrefilter | null | undefined;

  constructor(detectors: readonly Detector[], options: ScannerOptions = {}) {
    this.detectors = detectors.filter(isTextDetector).map(compileDetector);
    this.wholeFiles = new WholeFileJudge(detectors.filter(isFileDetector));
    this.prefilter = new Prefilter(this.detectors);
    this.maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
    this.decodeAroundHits = options.decodeAroundHits;
    this.excludeLines = options.excludeLines ?? [];
    this.excludeSecrets = options.excludeSecrets ?? [];
    this.filters = options.filters ?? builtinFilters;
    if (options.prefilter === 'text') this.bytePrefilter = null;
  }

  /** Scans one text; `path` is used for reporting and by path-aware filters. */
  scanText(text: string, path: string): TextScanResult {
    const elided = elideLongLines(text, this.maxLineLength);
    const textOf = () => elided.text;
    return this.scanHits({ textOf, gateTextOf: textOf }, path, elided.longLines, (onHit) =>
      this.prefilter.forEachHit(elided.text, path, onHit),
    );
  }

  /**
   * Scans a file's bytes, which decode with `encoding` to the text {@link scanText} would scan,
   * with the same findings. The prefilter runs over the bytes, so a file without a hit is never
   * decoded, and a long line never is.
   */
  scanBytes(content: Uint8Array, path: string, encoding: TextEncoding): TextScanResult {
    const pass = this.byteFilter()?.scan(
      content,
      path,
      encoding,
      this.maxLineLength,
      this.decodeAroundHits,
    );
    if (pass === undefined) return this.scanText(decodeText(content, encoding), path);
    return this.scanHits(
      { textOf: pass.text, gateTextOf: pass.wholeText },
      path,
      pass.longLines,
      (onHit) => pass.forEachHit(onHit),
    );
  }

  /**
   * Turns prefilter hits into detector runs on the lines around them, then into findings. The
   * text has no long lines left: `longLines` numbers those that were cut out, for the report.
   * File gates read `gateTextOf()`, which also has the lines no hit needs.
   */
  private scanHits(
    { textOf, gateTextOf }: { textOf: () => string; gateTextOf: () => string },
    path: string,
    longLines: readonly number[],
    forEachHit: (onHit: (offset: number, detectors: readonly number[]) => void) => void,
  ): TextScanResult {
    const skips: Skip[] = longLines.map((line) => ({
      file: path,
      reason: 'long-line',
      line: line + 1,
    }));
    let lines: LineFinder | undefined;
    const segments = new Map<number, number[]>();
    let lastLineStart = 0;
    let lastLineEnd = -1;
    // The hit line widened by n lines on each side, by n: a name and its value may sit on
    // adjacent lines, as in an XML element. Found once per line, however many hits it holds.
    const widened = new Map<number, [number, number]>();
    const gates = new Map<number, boolean>();
    const passesGate = (index: number) => {
      const gate = (this.detectors[index] as CompiledDetector).code?.fileGate;
      if (gate === undefined) return true;
      let open = gates.get(index);
      if (open === undefined) {
        open = gate(gateTextOf(), path);
        gates.set(index, open);
      }
      return open;
    };

    forEachHit((offset, detectorIndexes) => {
      const text = textOf();
      lines ??= new LineFinder(text);
      if (offset < lastLineStart || offset > lastLineEnd) {
        lastLineStart = lines.startAt(offset);
        lastLineEnd = lines.endAt(offset);
        widened.clear();
      }
      for (const index of detectorIndexes) {
        if (!passesGate(index)) continue;
        const extra = (this.detectors[index] as CompiledDetector).detector.contextLines ?? 0;
        if (extra === 0) {
          addSegment(segments, index, lastLineStart, lastLineEnd);
          continue;
        }
        let range = widened.get(extra);
        if (range === undefined) {
          range = [lines.startBefore(lastLineStart, extra), lines.endAfter(lastLineStart, extra)];
          widened.set(extra, range);
        }
        addSegment(segments, index, range[0], range[1]);
      }
    });
    if (!lines) return { findings: [], skips };

    const text = textOf();
    const candidates: Candidate[] = [];
    for (const [index, ranges] of segments) {
      const detector = this.detectors[index] as CompiledDetector;
      for (let i = 0; i < ranges.length; i += 2) {
        for (const match of runDetector(
          detector,
          text,
          ranges[i] as number,
          ranges[i + 1] as number,
          path,
        )) {
          candidates.push({ detector, match });
        }
      }
    }
    const accepted = candidates.filter((candidate) =>
      this.accept(candidate, text, lines as LineFinder, path),
    );
    const findings = dropOverlaps(accepted).map((candidate) =>
      toFinding(candidate, lines as LineFinder, path),
    );
    findings.sort(compareFindings);
    return { findings, skips };
  }

  /**
   * A buffer of `length` bytes to read a file into before {@link scanBytes}, which then scans
   * it where it is, without a copy; valid until the next call of either. Undefined when the
   * scan runs over text.
   */
  readArea(length: number): Buffer | undefined {
    return this.byteFilter()?.inputArea(length);
  }

  private byteFilter(): BytePrefilter | null {
    if (this.bytePrefilter === undefined)
      this.bytePrefilter = BytePrefilter.build(this.detectors) ?? null;
    return this.bytePrefilter;
  }

  /**
   * Whether a file detector that is on claims `path` (a key store by its extension): read the
   * file's bytes, not its text, and pass them to {@link scanWholeFile}.
   */
  claimsWholeFile(path: string): boolean {
    return this.wholeFiles.claims(path);
  }

  /**
   * Judges a claimed file's whole content: its finding when the bytes confirm the format, or
   * undefined when they do not (an empty or text file with such a name), to be read as any file.
   */
  scanWholeFile(content: Uint8Array, path: string): Finding[] | undefined {
    const finding = this.wholeFiles.judge(content, path);
    return finding === undefined ? undefined : [finding];
  }

  private accept(
    { detector, match }: Candidate,
    text: string,
    lines: LineFinder,
    path: string,
  ): boolean {
    const { secret } = match;
    const info = detector.detector;
    if (secret.length === 0) return false;
    if (info.minEntropy !== undefined && shannonEntropy(secret) < info.minEntropy) return false;
    if (detector.allowlist.some((regex) => regex.test(secret))) return false;
    if (this.excludeSecrets.some((regex) => regex.test(secret))) return false;
    const lineStart = lines.startAt(match.start);
    const line = text.slice(lineStart, lines.endAt(match.start));
    const previous =
      lineStart > 0
        ? text.slice(lines.startAt(lineStart - 1), lines.endAt(lineStart - 1))
        : undefined;
    if (isAllowlistedByPragma(line, previous)) return false;
    if (this.excludeLines.some((regex) => regex.test(line))) return false;
    const input = { secret, line, column: match.start - lineStart, path, detector: info };
    return !this.filters.some((filter) => filter.appliesTo(info) && filter.excludes(input));
  }
}

/** Appends a range to a detector's list, merging it with the previous one when they touch. */
function addSegment(
  segments: Map<number, number[]>,
  detector: number,
  start: number,
  end: number,
): void {
  const ranges = segments.get(detector);
  if (!ranges) {
    segments.set(detector, [start, end]);
    return;
  }
  const lastEnd = ranges[ranges.length - 1] as number;
  const lastStart = ranges[ranges.length - 2] as number;
  if (start >= lastStart && start <= lastEnd + 1) {
    if (end > lastEnd) ranges[ranges.length - 1] = end;
  } else {
    ranges.push(start, end);
  }
}

function runDetector(
  detector: CompiledDetector,
  text: string,
  start: number,
  end: number,
  path: string,
): RawMatch[] {
  if (detector.code) return detector.code.detect({ text, start, end, path });
  const regex = detector.regex as RegExp;
  const slice = text.slice(start, end);
  const matches: RawMatch[] = [];
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(slice)) !== null) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const secretSpan = match.indices?.groups?.secret;
    const [from, to] = secretSpan ?? (match.indices?.[0] as [number, number]);
    const secret = slice.slice(from, to);
    const hashed = match.groups?.hashed;
    matches.push({
      start: start + from,
      end: start + to,
      secret,
      ...(hashed !== undefined && { hashed }),
    });
  }
  return matches;
}

/** On overlapping spans, the more specific detector wins: prefixed over contextual over generic. */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const byStrength = [...candidates].sort(
    (a, b) => a.detector.rank - b.detector.rank || a.match.start - b.match.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of byStrength) {
    const { start, end } = candidate.match;
    const clash = kept.some(
      (other) =>
        (other.detector.rank < candidate.detector.rank || other.detector === candidate.detector) &&
        other.match.start < end &&
        start < other.match.end,
    );
    if (!clash) kept.push(candidate);
  }
  return kept;
}

function toFinding({ detector, match }: Candidate, lines: LineFinder, path: string): Finding {
  const info = detector.detector;
  const last = Math.max(match.start, match.end - 1);
  return {
    detectorId: info.id,
    secretType: info.secretType,
    provider: info.provider,
    file: path,
    line: lines.numberAt(match.start) + 1,
    column: match.start - lines.startAt(match.start) + 1,
    endLine: lines.numberAt(last) + 1,
    endColumn: match.end - lines.startAt(last) + 1,
    redacted: redactSecret(match.secret),
    hashedSecret: sha1Hex(match.hashed ?? match.secret),
    fingerprint: sha1Hex(match.secret),
  };
}

/** Orders findings by position, then detector id, so output is deterministic. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.detectorId < b.detectorId ? -1 : a.detectorId > b.detectorId ? 1 : 0)
  );
}
