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
