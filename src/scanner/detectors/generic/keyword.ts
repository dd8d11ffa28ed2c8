import { shannonEntropy } from '../../entropy.js';
import type { CodeDetector, RawMatch, Segment } from '../../types.js';
import {
  allowsUnquoted,
  fileKind,
  forEachLine,
  identifierWords,
  isAsciiNameCode,
  isWordy,
  providerPrefix,
  rawMatch,
  type FileKind,
} from './util.js';
import { assignmentGate, maxAssignmentLine, previousLineEndsTag } from './assignment-gate.js';
import {
  credentialNouns,
  denylist,
  denylistWordsKept,
  excludedWords,
  nameWordStems,
} from './keyword-words.js';

// detect-secrets' KeywordDetector: a value assigned to a secret-sounding name. Code files need the
// value quoted; config files, YAML, scripts and text may leave it bare. Names that only suggest a
// credential (token, key, credentials, auth) also count when the value looks generated.

// name, closing quote/bracket, operator, optional opening bracket, optional quote, value. The
// name opens the match and the value closes it, so their offsets follow from the match itself:
// no `d` flag, whose index arrays cost an allocation per match.
const assignment =
  /(?<![\p{L}\p{N}_.$@-])([$@]?[\p{L}_][\p{L}\p{N}_.-]{0,80})(?:["'`]\]?|\])?[ \t]{0,5}(=>|:=|::?=|\?=|\+=|\.=|={1,3}|!==?|:|,)[ \t]{0,5}(?:[([][ \t]{0,3})?(["'`]?)([^\s"'`]{1,500})/u;
// "value" == password (reverse comparison); the value starts one past the match.
const reverseComparison =
  /(["'])([^\s"'`]{1,500})\1[ \t]{0,5}[!=]={1,2}[ \t]{0,5}([\p{L}_][\p{L}\p{N}_.]{0,80})/u;

const placeholderValues = new Set([
  'true',
  'false',
  'null',
  'none',
  'nil',
  'undefined',
  'string',
  'str',
  'password',
  'secret',
  'token',
  'required',
  'optional',
  'empty',
  'default',
  'dummy',
  'test',
  'todo',
  'hidden',
  'unset',
]);

function looksGenerated(value: string): boolean {
  if (value.length < 10 || value.length > 500) return false;
  if (!/^[\w+/=.~!@#$%^&*:-]+$/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((regex) => regex.test(value)).length;
  if (classes < 2) return false;
  if (/^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+$/.test(value) && !/\d/.test(value.split('.').pop() ?? ''))
    return false;
  if (/^(?:[A-Za-z]{2,}[_-]){2,}[A-Za-z0-9]{1,}$/.test(value)) return false;
  const limit = Math.min(3.4, Math.log2(value.length) * 0.85);
  return shannonEntropy(value) >= limit;
}

function nameWordsOk(words: string[], inDenylist: boolean): boolean {
  return !words.some(
    (word) => excludedWords.has(word) && !(inDenylist && denylistWordsKept.has(word)),
  );
}

function judge(name: string, value: string, quoted: boolean, kind: FileKind): boolean {
  if (kind === 'xml' && /^(?:key|name|id|value|type)$/i.test(name)) return false;
  if (placeholderValues.has(value.toLowerCase()) || providerPrefix.test(value)) return false;
  if (/:\/\/|^www\.|@sha\d|^sha\d{1,3}:|[{}]/i.test(value) || isStructuralValue(value))
    return false;
  const words = identifierWords(name.replace(/^[$@]/, ''));
  const inDenylist = denylist.test(name);
  if (!nameWordsOk(words, inDenylist)) return false;
  if (!quoted) {
    if (!allowsUnquoted(kind)) return false;
    // A bare reference (`password = config.db.password`, `secret: SOME_VARIABLE`).
    if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(value) && !/\d/.test(value)) return false;
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return false;
    if (/^(?:https?|file|s3|gs):\/\//i.test(value)) return false;
  }
  if (inDenylist) {
    if (!/^[\p{L}\p{N}_]/u.test(value)) return false;
    if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)+[-_.]?$/.test(value)) return false;
    return value.length >= 3 && (quoted || value.length >= 6);
  }
  if (!words.some((word) => credentialNouns.has(word))) return false;
  if (value.toLowerCase().includes(name.replace(/^[$@]/, '').toLowerCase()) && name.length >= 4)
    return false;
  if (!/^[\p{L}\p{N}_+/-]/u.test(value) || value.includes(':') || isWordy(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((regex) => regex.test(value)).length;
  if (value.length < 20 && !(classes === 3 && value.length >= 14)) return false;
  return looksGenerated(value);
}

/**
 * `setProperty("API_TOKEN", "…")`: a comma counts as an assignment only between a call's first
 * argument, a multi-word name, and a quoted value; a list like `['secret-key', 'secretKey']` is not.
 */
function isCallArgumentPair(line: string, nameStart: number, name: string, quote: string): boolean {
  if (quote === '' || identifierWords(name).length < 2) return false;
  return /\([ \t]{0,3}["'`]?$/.test(line.slice(Math.max(0, nameStart - 5), nameStart));
}

/**
 * Values that are code or prose, not credentials: file paths, lower-case resource paths
 * (`prod/app`), CamelCase words, prefixes ending in `-`/`_`.
 */
function isStructuralValue(value: string): boolean {
  return (
    /[-_.]$/.test(value) ||
    /^(?:\.{0,2}\/|~\/)?[\w.-]{1,100}(?:\/[\w.-]{1,100}){1,20}\.[A-Za-z]{1,5}$/.test(value) ||
    /^[a-z][a-z0-9._-]{0,100}(?:\/[a-z0-9._-]{1,100}){1,20}$/.test(value) ||
    /^[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,}){1,8}$/.test(value)
  );
}

function restIsEnd(rest: string): boolean {
  return /^[ \t]*(?:[,;)\]}]{0,3}[ \t]*)?(?:(?:#|\/\/|\\|<!--).*)?$/.test(rest);
}

const xmlOpen = /^[ \t]*<([\p{L}_][\p{L}\p{N}_.:-]{0,80})(?:[ \t][^<>]{0,200})?>[ \t]*$/u;
const xmlValue = /^[ \t]*([^\s<>"']{1,500})[ \t]*(?:<\/([\p{L}_][\p{L}\p{N}_.:-]{0,80})>)?[ \t]*$/u;

/** `<apiToken>` on one line and the value on the next (XML elements wrapped by formatters). */
function scanXmlValue(
  text: string,
  start: number,
  line: string,
  kind: FileKind,
  out: RawMatch[],
): void {
  if (start < 2 || !previousLineEndsTag(text, start)) return;
  const value = xmlValue.exec(line);
  if (!value) return;
  const previousStart = text.lastIndexOf('\n', start - 2) + 1;
  const open = xmlOpen.exec(text.slice(previousStart, start - 1).replace(/\r$/, ''));
  if (!open || (value[2] !== undefined && value[2] !== open[1])) return;
  const secret = value[1] as string;
  if (judge(open[1] as string, secret, true, kind))
    out.push(rawMatch(start + line.indexOf(secret), secret));
}

/**
 * Every substring a name `judge` can accept holds (case-insensitively): each credential noun and
 * denylist entry contains one. Names without any are never judged, so on a long minified line
 * only the few identifiers around these words are matched, not every `name:` on it.
 */
const nameWord = new RegExp(
  nameWordStems.map((stem) => (stem === 'contrase' ? 'contrase[ñn]a' : stem)).join('|'),
  'giu',
);
const nameChar = /[\p{L}\p{N}_.-]/u;

/** Whether `line[at]` may continue a name (`[\p{L}\p{N}_.-]`), ASCII decided without a regex. */
function isNameChar(line: string, at: number): boolean {
  const code = line.charCodeAt(at);
  return code < 128 ? isAsciiNameCode(code) : nameChar.test(line.charAt(at));
}
const assignmentAt = new RegExp(assignment.source, 'uy');

/**
 * Where the assignment regex can find a name holding a credential word: the start of each
 * identifier run around such a word (a name starts only where the character before it cannot
 * continue one), in line order.
 */
function candidateNameStarts(line: string): number[] {
  const starts: number[] = [];
  nameWord.lastIndex = 0;
  let word: RegExpExecArray | null;
  while ((word = nameWord.exec(line)) !== null) {
    let start = word.index;
    while (start > 0 && isNameChar(line, start - 1)) start--;
    if (start > 0 && (line.charAt(start - 1) === '$' || line.charAt(start - 1) === '@')) start--;
    if (starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}

function scanLine(text: string, start: number, end: number, kind: FileKind, out: RawMatch[]): void {
  const line = text.slice(start, end);
  if (line.length > maxAssignmentLine) return;
  scanXmlValue(text, start, line, kind, out);
  const nameStarts = candidateNameStarts(line);
  // Without a credential word, no name on the line can pass `judge`.
  if (nameStarts.length === 0) return;
  for (const nameStart of nameStarts) {
    assignmentAt.lastIndex = nameStart;
    const match = assignmentAt.exec(line);
    if (!match) continue;
    const [whole, name = '', operator = '', quote = '', rawValue = ''] = match;
    const valueStart = match.index + whole.length - rawValue.length;
    if (operator === ',' && !isCallArgumentPair(line, match.index, name, quote)) continue;
    if (kind === 'go' && quote === '') continue;
    let value = rawValue;
    if (quote !== '') {
      const close = value.indexOf(quote);
      const after = line.charAt(valueStart + value.length);
      if (close >= 0) value = value.slice(0, close);
      else if (after !== quote) continue;
      if (value.length === 0) continue;
    } else {
      value = value.replace(/[,;)\]}]{1,3}$/, '');
      if (!restIsEnd(line.slice(valueStart + value.length))) continue;
    }
    if (value.length === 0) continue;
    if (judge(name, value, quote !== '', kind)) out.push(rawMatch(start + valueStart, value));
  }
  if (!line.includes('==') && !line.includes('!=')) return;
  const reverse = reverseComparison.exec(line);
  if (reverse && denylist.test(reverse[3] ?? '')) {
    const value = reverse[2] ?? '';
    if (judge(reverse[3] ?? '', value, true, kind))
      out.push(rawMatch(start + reverse.index + 1, value));
  }
}

/**
 * The value line after a line opening an XML element (`<apiToken>`): the keyword is on the
 * element's line, the value on the next, which holds no keyword of its own.
 */
function scanValueAfter(text: string, end: number, kind: FileKind, out: RawMatch[]): void {
  const next = text.indexOf('\n', end) + 1;
  if (next === 0 || !previousLineEndsTag(text, next)) return;
  let nextEnd = text.indexOf('\n', next);
  if (nextEnd === -1) nextEnd = text.length;
  if (nextEnd > next && text.charCodeAt(nextEnd - 1) === 13) nextEnd--;
  if (nextEnd - next <= maxAssignmentLine)
    scanXmlValue(text, next, text.slice(next, nextEnd), kind, out);
}

function detect(segment: Segment): RawMatch[] {
  const kind = fileKind(segment.path);
  const out: RawMatch[] = [];
  forEachLine(segment, (start, end) => {
    scanLine(segment.text, start, end, kind, out);
    scanValueAfter(segment.text, end, kind, out);
  });
  const seen = new Set<number>();
  return out.filter((match) => !seen.has(match.start) && (seen.add(match.start), true));
}

/** detect-secrets' KeywordDetector plus generic token/key/secret assignments with generated-looking values. */
export const keywordDetector: CodeDetector = {
  id: 'keyword',
  description:
    'Secret assigned to a password, secret, key or token variable (detect-secrets KeywordDetector)',
  secretType: 'Secret Keyword',
  provider: 'generic',
  strength: 'generic',
  keywords: [
    'key=',
    'key:',
    'key"',
    "key'",
    'key ',
    'key`',
    'key]',
    'key>',
    'key\t',
    'keys',
    'pass',
    'pwd',
    'secret',
    'token',
    'cred',
    'auth',
    'contraseña',
    'contrasena',
  ],
  detect,
  // Its segment's lines, the one before (an XML element's opening tag) and the one after (its value).
  reach: { before: 0, after: 0 },
  lineGate: assignmentGate,
  examples: {
    positive: [
      'db_password = "{l:6}-{d:4}"',
      'password: {l:5}{d:3}x',
      'GENERIC_TOKEN={an:30}',
      '"client_token": "{l:8}{d:4}{u:6}"',
    ],
    negative: [
      'password = "${DB_PASSWORD}"',
      'password = get_password()',
      'password: $PASSWORD',
      'public_key = "{an:40}"',
      'token = "{l:12}"',
      'secret_name = "prod-db-secret"',
    ],
  },
};
