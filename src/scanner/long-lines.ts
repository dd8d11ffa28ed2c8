/**
 * Lines over the scanner's cap (minified code, data blobs) are skipped: their content is taken out
 * of the text the detectors read, so they are neither scanned nor read as context by detectors
 * on other lines, and each is reported. The bytes prefilter does the same in WebAssembly
 * (`long_lines` in wasm/prefilter.c), before decoding.
 */

/** A text with each long line's content replaced by a space, and those lines' 0-based numbers. */
export interface ElidedText {
  text: string;
  longLines: number[];
}

/**
 * Replaces the content of lines longer than `maxLineLength` UTF-16 code units with one space,
 * keeping their line breaks, so line numbers and the columns of every other line stay as they were. `\r\n`, `\n` and
 * a lone `\r` each end a line (Python's universal newlines, which detect-secrets follows).
 */
export function elideLongLines(text: string, maxLineLength: number): ElidedText {
  const longLines: number[] = [];
  // No line can be longer than the text.
  if (text.length <= maxLineLength) return { text, longLines };
  const kept: string[] = [];
  let keptFrom = 0;
  let line = 0;
  let start = 0;
  const hasCarriageReturn = text.includes('\r');
  while (start <= text.length) {
    const end = hasCarriageReturn ? universalLineEnd(text, start) : newlineEnd(text, start);
    if (end - start > maxLineLength) {
      longLines.push(line);
      // A space stands in for the content: a lone `\r` before it and a `\n` after it must not
      // become one `\r\n` line break.
      kept.push(text.slice(keptFrom, start), ' ');
      keptFrom = end;
    }
    if (end === text.length) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    line++;
  }
  if (longLines.length === 0) return { text, longLines };
  kept.push(text.slice(keptFrom));
  return { text: kept.join(''), longLines };
}

function newlineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function universalLineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return text.length;
}
