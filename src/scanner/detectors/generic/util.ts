import type { RawMatch, Segment } from '../../types.js';

/** How a file is read, following detect-secrets' file-type rules for the keyword and entropy plugins. */
export type FileKind = 'code' | 'go' | 'config' | 'yaml' | 'xml' | 'other';

const codeExtensions = new Set([
  'cls',
  'java',
  'js',
  'jsx',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'py',
  'pyi',
  'swift',
  'tf',
  'kt',
  'kts',
  'scala',
  'groovy',
  'rb',
  'php',
  'cs',
  'c',
  'h',
  'cc',
  'cpp',
  'hpp',
  'm',
  'mm',
  'rs',
  'dart',
  'ps1',
  'lua',
  'pl',
  'r',
  'ex',
  'exs',
  'vue',
  'svelte',
]);
const configExtensions = new Set([
  'ini',
  'cfg',
  'cnf',
  'conf',
  'cf',
  'properties',
  'toml',
  'env',
  'envrc',
  'tfvars',
  'hcl',
  'example',
  'sample',
  'template',
  'tpl',
  'local',
  'npmrc',
  'pypirc',
  'netrc',
  'gradle',
  'bat',
  'cmd',
]);

let lastPath: string | undefined;
let lastKind: FileKind = 'other';

/**
 * The kind of file at `path`, from its extension (or its name for dotfiles such as `.env`).
 * Remembered for the last path: a file's segments are detected one after another.
 */
export function fileKind(path: string): FileKind {
  if (path !== lastPath) {
    lastKind = kindOf(path);
    lastPath = path;
  }
  return lastKind;
}

function kindOf(path: string): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot + 1) : name;
  if (ext === 'go') return 'go';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'xml' || ext === 'config' || ext === 'csproj' || ext === 'props') return 'xml';
  if (codeExtensions.has(ext)) return 'code';
  if (configExtensions.has(ext) || name.startsWith('.env')) return 'config';
  return 'other';
}

/** Whether an ASCII character code may continue a name: `[A-Za-z0-9_.-]`. */
export function isAsciiNameCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 46 ||
    code === 45
  );
}

/** Whether unquoted values count in this kind of file (config files, YAML, scripts, text). */
export function allowsUnquoted(kind: FileKind): boolean {
  return kind === 'config' || kind === 'yaml' || kind === 'other';
}

/**
 * Calls `visit(lineStart, lineEnd)` for each line that starts inside the segment, its content
 * without the break. `\r\n`, `\n` and a lone `\r` each end a line, as the engine counts lines:
 * a segment of two hit lines is read as the two lines, whichever of them the prefilter kept.
 */
export function forEachLine(segment: Segment, visit: (start: number, end: number) => void): void {
  const { text } = segment;
  let start = segment.start;
  while (start < segment.end) {
    let end = start;
    while (end < segment.end) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13) break;
      end++;
    }
    visit(start, end);
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/** Shannon entropy over the characters of `charset` only, as detect-secrets computes it. */
export function charsetEntropy(data: string, charset: string): number {
  if (data.length === 0) return 0;
  const member = charsetTable(charset);
  const counts = new Uint32Array(128);
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (code < 128 && member[code] === 1) counts[code] = (counts[code] as number) + 1;
  }
  let entropy = 0;
  for (const count of counts) {
    if (count === 0) continue;
    const p = count / data.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

const charsetTables = new Map<string, Uint8Array>();

/** A membership table for an ASCII charset (index by char code below 128), built once per charset. */
export function charsetTable(charset: string): Uint8Array {
  let table = charsetTables.get(charset);
  if (!table) {
    table = new Uint8Array(128);
    for (let i = 0; i < charset.length; i++) table[charset.charCodeAt(i)] = 1;
    charsetTables.set(charset, table);
  }
  return table;
}

/** Builds a match for `value` at absolute offset `start`. */
export function rawMatch(start: number, secret: string, hashed?: string): RawMatch {
  return {
    start,
    end: start + secret.length,
    secret,
    ...(hashed !== undefined && hashed !== secret && { hashed }),
  };
}

/** Splits an identifier into lower-case words: `mySecret_KEY2` gives my, secret, key2. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9ñ]+/)
    .filter(Boolean);
}

/** Whether the text around a value names a hash, checksum or other non-secret digest. */
export const digestContext =
  /(?:sha\d{0,3}|md5|hash|checksum|chksum|digest|integrity|commit|githead|srcrev|revision|\brev\b|etag|fingerprint|nonce|salt|uuid|guid|version|public|pubkey|cert(?:ificate)?s?\b|signature|authenticity|csrf|\bfp\b)/i;

/** Prefixes of provider tokens that provider detectors judge; a value they rejected is a near miss. */
export const providerPrefix =
  /^(?:xox[a-z]?[-.]|sgp_|sntr[a-z]{1,2}_|gh[pousr]_|github_pat_|glpat-|[sr]k[_-](?:live|test|proj|ant)?|AKIA|ASIA|AIza|hf_|npm_|pypi-|dop_v1_|shp(?:at|ss|ca|pa)_|bedrock-api-key-|cmVm|AKCp|SG\.|xapp-|EAA)/i;

/** CamelCase or word-like text (identifiers, CSS classes), not generated data. */
export function isWordy(value: string): boolean {
  const words = value.match(/[A-Z]?[a-z]{3,}/g) ?? [];
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  return letters / value.length > 0.6;
}
