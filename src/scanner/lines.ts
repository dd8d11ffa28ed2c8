/**
 * Offsets of line starts, with `\r\n`, `\n` and a lone `\r` each ending a line (Python's
 * universal newlines, which detect-secrets line numbers follow).
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = text.includes('\r') ? universalLineStarts(text) : newlineLineStarts(text);
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Offset where line `index` starts. */
  startOf(index: number): number {
    return this.starts[index] ?? this.text.length;
  }

  /** Offset just past the content of line `index` (before its line break). */
  endOf(index: number): number {
    const next = this.starts[index + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.starts[index] as number);
  }

  get count(): number {
    return this.starts.length;
  }
}

function newlineLineStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

function universalLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Context of up to this many lines is found by walking line by line; wider context indexes. */
const walkedLines = 4;

/**
 * The lines around given offsets, found on demand: the engine needs the bounds of the few lines
 * holding a hit, and line numbers only for findings, so most texts are never split into lines.
 * A text with a `\r` (a lone `\r` also ends a line) is indexed whole instead.
 */
export class LineFinder {
  private index: LineIndex | undefined;

  constructor(private readonly text: string) {
    if (text.includes('\r')) this.index = new LineIndex(text);
  }

  /** Offset where the line holding `offset` starts. */
  startAt(offset: number): number {
    if (this.index) return this.index.startOf(this.index.lineOf(offset));
    return offset === 0 ? 0 : this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Offset just past the content of the line holding `offset` (before its line break). */
  endAt(offset: number): number {
    if (this.index) return this.index.endOf(this.index.lineOf(offset));
    const end = this.text.indexOf('\n', offset);
    return end === -1 ? this.text.length : end;
  }

  /** Start of the line `count` lines before the one starting at `lineStart` (or of the first). */
  startBefore(lineStart: number, count: number): number {
    if (count > walkedLines) this.index ??= new LineIndex(this.text);
    if (this.index) return this.index.startOf(Math.max(0, this.index.lineOf(lineStart) - count));
    let start = lineStart;
    for (let i = 0; i < count && start > 0; i++) start = this.startAt(start - 1);
    return start;
  }

  /** End of the line `count` lines after the one starting at `lineStart` (or of the last). */
  endAfter(lineStart: number, count: number): number {
    if (count > walkedLines) this.index ??= new LineIndex(this.text);
    if (this.index) {
      const line = Math.min(this.index.lineOf(lineStart) + count, this.index.count - 1);
      return this.index.endOf(line);
    }
    let end = this.endAt(lineStart);
    for (let i = 0; i < count && end < this.text.length; i++) end = this.endAt(end + 1);
    return end;
  }

  /** 0-based number of the line holding `offset`. */
  numberAt(offset: number): number {
    this.index ??= new LineIndex(this.text);
    return this.index.lineOf(offset);
  }
}
