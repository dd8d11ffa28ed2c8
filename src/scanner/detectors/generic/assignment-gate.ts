import type { LineGate } from '../../types.js';
import { nameWordStems } from './keyword-words.js';
import { allowsUnquoted, fileKind, isAsciiNameCode } from './util.js';

/**
 * The keyword detector's line gate (see `LineGate`). A line passes when it holds one of:
 * - a name word, then the rest of the name, an optional closing quote and `]`, up to five blanks
 *   and an operator; where only quoted values count, a quote then a character of the value;
 * - a quote, up to five blanks, then `==` or `!=` (a value compared with a name);
 * - a lone value after a line ending in `>`, or a line opening with `<` whose next line break
 *   follows a `>` (an XML element with its value on the next line).
 * The prefilter over bytes runs the same tests (`assignment_line` in wasm/prefilter.c).
 */
export const assignmentGate: LineGate = {
  kind: 'assignment',
  quotedValuesOnly: (path) => !allowsUnquoted(fileKind(path)),
  passes: passesAssignmentGate,
};

/** Longer lines are minified code or data, where an assignment is not a configured credential. */
export const maxAssignmentLine = 4000;

// Every name the keyword detector judges holds one of these words. Its case-insensitive Unicode
// regex also folds K (U+212A) to `k` and ſ (U+017F) to `s`: a line holding either passes whole.
const nameWords = new RegExp(nameWordStems.join('|'), 'gi');
const foldsToAscii = /[\u212a\u017f]/;

const isBlank = (code: number): boolean => code === 32 || code === 9;
const isQuote = (code: number): boolean => code === 34 || code === 39 || code === 96;

/** `[A-Za-z0-9_.-]`, and any non-ASCII character, which may be a letter or digit of a name. */
const isNameCode = (code: number): boolean => code >= 128 || isAsciiNameCode(code);

/** Characters of the keyword detector's operators (`=>`, `:=`, `===`, `!=`, `,` …). */
const operatorCodes = new Set([61, 62, 58, 63, 43, 46, 33, 44]);
/** Those an operator can start with: all but `>`. */
const isOperatorStart = (code: number): boolean => code !== 62 && operatorCodes.has(code);

/** Whether a quoted value starts past the operator at `at`: blanks, an optional `(` or `[`, a quote. */
function quotedValueFollows(line: string, at: number): boolean {
  while (operatorCodes.has(line.charCodeAt(at))) at++;
  for (let blanks = 0; blanks < 5 && isBlank(line.charCodeAt(at)); blanks++) at++;
  let code = line.charCodeAt(at);
  if (code === 40 || code === 91) {
    at++;
    for (let blanks = 0; blanks < 3 && isBlank(line.charCodeAt(at)); blanks++) at++;
    code = line.charCodeAt(at);
  }
  if (!isQuote(code)) return false;
  const next = line.charCodeAt(at + 1);
  return !(Number.isNaN(next) || isBlank(next) || next === 11 || next === 12 || isQuote(next));
}

/**
 * The operator after a name that runs on at `at`: past the name, an optional closing quote and
 * `]`, and up to five blanks. Its offset, or -1 when no operator starts there.
 */
function operatorAfterName(line: string, at: number): number {
  while (at < line.length && isNameCode(line.charCodeAt(at))) at++;
  if (isQuote(line.charCodeAt(at))) at++;
  if (line.charCodeAt(at) === 93) at++;
  for (let blanks = 0; blanks < 5 && isBlank(line.charCodeAt(at)); blanks++) at++;
  return isOperatorStart(line.charCodeAt(at)) ? at : -1;
}

/** Whether a quote, then up to five blanks, then `==` or `!=` appear in `line`. */
function comparesQuotedValue(line: string): boolean {
  for (let at = line.indexOf('='); at > 0; at = line.indexOf('=', at + 1)) {
    const before = line.charCodeAt(at - 1);
    if (before !== 61 && before !== 33) continue;
    let quote = at - 2;
    for (let blanks = 0; blanks < 5 && isBlank(line.charCodeAt(quote)); blanks++) quote--;
    const code = line.charCodeAt(quote);
    if (code === 34 || code === 39) return true;
  }
  return false;
}

/**
 * Whether the line before `lineStart` ends in `>` (then blanks, then one CR), reading the
 * character before `lineStart` as its break, as the keyword detector's XML element test does.
 */
export function previousLineEndsTag(text: string, lineStart: number): boolean {
  let at = lineStart - 2;
  if (text.charCodeAt(at) === 13) at--;
  while (isBlank(text.charCodeAt(at))) at--;
  return text.charCodeAt(at) === 62;
}

/** A lone value: blanks, one run without blanks, quotes or angle brackets, then blanks or `</`. */
function isLoneValue(line: string): boolean {
  let at = 0;
  while (isBlank(line.charCodeAt(at))) at++;
  const valueStart = at;
  while (at < line.length && !/[\s<>"']/.test(line.charAt(at))) at++;
  if (at === valueStart) return false;
  while (isBlank(line.charCodeAt(at))) at++;
  return at === line.length || line.startsWith('</', at);
}

function passesAssignmentGate(text: string, start: number, end: number, path: string): boolean {
  if (end - start > maxAssignmentLine) return true;
  const line = text.slice(start, end);
  if (start >= 2 && previousLineEndsTag(text, start) && isLoneValue(line)) return true;
  // The keyword detector reads the element's value on the line after the next `\n`.
  const nextBreak = text.indexOf('\n', end);
  if (nextBreak !== -1 && previousLineEndsTag(text, nextBreak + 1)) {
    const openStart = text.lastIndexOf('\n', nextBreak - 1) + 1;
    let at = openStart;
    while (isBlank(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) === 60) return true;
  }
  if (comparesQuotedValue(line) || foldsToAscii.test(line)) return true;
  const quotedOnly = assignmentGate.quotedValuesOnly(path);
  nameWords.lastIndex = 0;
  let word: RegExpExecArray | null;
  while ((word = nameWords.exec(line)) !== null) {
    const operator = operatorAfterName(line, word.index + word[0].length);
    if (operator >= 0 && (!quotedOnly || quotedValueFollows(line, operator))) return true;
    // Overlapping words too (`patoken`): the next search starts one character on.
    nameWords.lastIndex = word.index + 1;
  }
  return false;
}
