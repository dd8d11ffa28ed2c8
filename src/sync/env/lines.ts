/**
 * Line starts of a text, counting `\r\n`, `\n` and a lone `\r` as one line break each: the breaks
 * dotenv normalises to `\n` before it parses.
 */
export class EnvLines {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** How many lines the text has (a final line break does not start another one). */
  get count(): number {
    const last = this.starts[this.starts.length - 1] as number;
    return last === this.text.length && this.starts.length > 1
      ? this.starts.length - 1
      : this.starts.length;
  }

  /** The 0-based line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Offset of the first character of 0-based `line`. */
  startOf(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** Offset just past the content of 0-based `line`, before its line break. */
  endOf(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    const before = next - 1;
    return this.text.charCodeAt(before) === 10 && this.text.charCodeAt(before - 1) === 13
      ? before - 1
      : before;
  }

  /** Offset of the line after 0-based `line` (its line break included), or the text's end. */
  nextStart(line: number): number {
    return this.starts[line + 1] ?? this.text.length;
  }
}

/** True for the characters JavaScript's `\s` matches, which is what dotenv's pattern uses. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True for a line break character (`\n` or `\r`). */
export function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}
