import type { CodeDetector, QuotedEntropyHint, RawMatch, Segment } from '../../types.js';
import {
  charsetEntropy,
  charsetTable,
  digestContext,
  fileKind,
  forEachLine,
  isWordy,
  providerPrefix,
  rawMatch,
} from './util.js';

// detect-secrets' HighEntropyString plugins: a quoted string made only of the charset whose
// entropy (counted over the charset) is strictly above the limit; in YAML and INI-style files the
// parsed (unquoted) value counts too.
const base64Charset = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\\-_=';
const hexCharset = '0123456789abcdefABCDEF';

interface EntropyKind {
  charset: string;
  limit: number;
  minLength: number;
  /** Longest string `plausible` accepts, if it caps the length. */
  maxLength?: number;
  entropy: (value: string) => number;
  /** Extra precision checks beyond detect-secrets: shapes that are rarely credentials. */
  plausible: (value: string) => boolean;
}

const base64MaxLength = 256;

const base64Kind: EntropyKind = {
  charset: base64Charset,
  limit: 4.5,
  minLength: 20,
  // Credentials are short; kilobytes of base64 are embedded files (fonts, WebAssembly, images).
  maxLength: base64MaxLength,
  entropy: (value) => charsetEntropy(value, base64Charset),
  plausible: (value) =>
    value.length <= base64MaxLength &&
    /[0-9+/]/.test(value) &&
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    !/^(?:[A-Za-z-]{3,}\/){1,20}[A-Za-z-]{3,}$/.test(value) &&
    !/^[A-Za-z]{1,40}(?:[_-][A-Za-z0-9]{1,40}){3,}$/.test(value),
};

const hexKind: EntropyKind = {
  charset: hexCharset,
  limit: 3.0,
  minLength: 16,
  entropy: (value) => {
    const entropy = charsetEntropy(value, hexCharset);
    // All-digit strings are mostly numbers, not secrets: detect-secrets lowers their entropy,
    // less so the longer they are.
    if (value.length > 1 && /^[0-9]+$/.test(value)) return entropy - 1.2 / Math.log2(value.length);
    return entropy;
  },
  plausible: (value) => /[a-fA-F]/.test(value) || value.length >= 20,
};

const unquotedLine =
  /^[ \t]{0,40}(?:export[ \t]{1,4})?([\w.-]{1,100})[ \t]{0,20}[:=][ \t]{0,20}([^ \t'"#;]{16,1000})[ \t]{0,20}(?:[#;].{0,1000})?$/d;

function isCharset(value: string, charset: string): boolean {
  const member = charsetTable(charset);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128 || member[code] !== 1) return false;
  }
  return true;
}

function accept(kind: EntropyKind, value: string, before: string): boolean {
  if (value.length < kind.minLength) return false;
  if (!(kind.entropy(value) > kind.limit)) return false;
  if (!kind.plausible(value) || providerPrefix.test(value) || isWordy(value)) return false;
  return !digestContext.test(before.slice(-60));
}

function scanLine(
  kind: EntropyKind,
  text: string,
  start: number,
  end: number,
  unquoted: boolean,
  out: RawMatch[],
): void {
  const line = text.slice(start, end);
  const member = charsetTable(kind.charset);
  let found = false;
  for (let i = 0; i < line.length; i++) {
    const quote = line[i];
    if (quote !== '"' && quote !== "'") continue;
    let j = i + 1;
    for (
      let code = line.charCodeAt(j);
      code < 128 && member[code] === 1;
      code = line.charCodeAt(++j)
    );
    if (j > i + 1 && line[j] === quote) {
      const value = line.slice(i + 1, j);
      if (accept(kind, value, line.slice(0, i))) {
        out.push(rawMatch(start + i + 1, value));
        found = true;
      }
      i = j;
    }
  }
  if (found || !unquoted) return;
  const match = unquotedLine.exec(line);
  const value = match?.[2];
  const at = match?.indices?.[2]?.[0];
  if (value === undefined || at === undefined || !isCharset(value, kind.charset)) return;
  if (accept(kind, value, line.slice(0, at))) out.push(rawMatch(start + at, value));
}

/**
 * Both entropy detectors look only at quoted strings and at values after `=` / `:`, so the opening
 * quote or operator anchors the trigger: a bare character-class run would test every byte.
 */
const entropyTrigger = '["\'`=:][ \\t]{0,3}[A-Za-z0-9+/=_-]{16}';

/** Config and YAML files are parsed, so their unquoted values count too. */
function readsUnquoted(path: string): boolean {
  const file = fileKind(path);
  return file === 'config' || file === 'yaml';
}

function quotedEntropyHint(kind: EntropyKind): QuotedEntropyHint {
  return {
    charset: kind.charset,
    minLength: kind.minLength,
    ...(kind.maxLength !== undefined && { maxLength: kind.maxLength }),
    minEntropy: kind.limit,
    quotedOnly: (path) => !readsUnquoted(path),
  };
}

function entropyDetect(kind: EntropyKind) {
  return (segment: Segment): RawMatch[] => {
    const unquoted = readsUnquoted(segment.path);
    const out: RawMatch[] = [];
    forEachLine(segment, (start, end) => scanLine(kind, segment.text, start, end, unquoted, out));
    return out;
  };
}

/** detect-secrets' Base64HighEntropyString: quoted (or parsed config) base64 strings above 4.5 bits. */
export const base64EntropyDetector: CodeDetector = {
  id: 'high-entropy-base64',
  description: 'High-entropy base64 string (detect-secrets Base64HighEntropyString)',
  secretType: 'Base64 High Entropy String',
  provider: 'generic',
  strength: 'generic',
  keywords: [],
  trigger: entropyTrigger,
  detect: entropyDetect(base64Kind),
  // Reads its segment's lines only.
  reach: { before: 0, after: 0 },
  quotedEntropy: quotedEntropyHint(base64Kind),
  examples: {
    positive: ['SIGNING_SEED = "{an:20}+{b64:24}="', "const seed = '{an:22}/{an:20}';"],
    negative: [
      'SIGNING_SEED = "aaaaaaaaaaaaBBBBBBBBBBBB111"',
      'integrity = "sha512-{b64:60}"',
      'seed = "{an:10}"',
    ],
  },
};

/** detect-secrets' HexHighEntropyString: quoted (or parsed config) hex strings above 3.0 bits. */
export const hexEntropyDetector: CodeDetector = {
  id: 'high-entropy-hex',
  description: 'High-entropy hex string (detect-secrets HexHighEntropyString)',
  secretType: 'Hex High Entropy String',
  provider: 'generic',
  strength: 'generic',
  keywords: [],
  trigger: entropyTrigger,
  detect: entropyDetect(hexKind),
  // Reads its segment's lines only.
  reach: { before: 0, after: 0 },
  quotedEntropy: quotedEntropyHint(hexKind),
  examples: {
    positive: ['CACHE_HEX = "{hex:40}"', "signing = '{hex:32}'"],
    negative: ['commit_sha = "{hex:40}"', 'CACHE_HEX = "1212121212121212"'],
  },
};
