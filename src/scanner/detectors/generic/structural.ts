import { shannonEntropy } from '../../entropy.js';
import type { CodeDetector, RawMatch, Segment } from '../../types.js';
import { rawMatch } from './util.js';

/** Runs a global regex over the segment and maps each match through `build`. */
function scanSegment(
  segment: Segment,
  regex: RegExp,
  build: (match: RegExpExecArray) => RawMatch | undefined,
): RawMatch[] {
  const out: RawMatch[] = [];
  const slice = segment.text.slice(segment.start, segment.end);
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(slice)) !== null) {
    const found = build(match);
    if (found)
      out.push({ ...found, start: found.start + segment.start, end: found.end + segment.start });
    if (match[0].length === 0) regex.lastIndex++;
  }
  return out;
}

// PEM (RFC 7468), OpenSSH, PGP (RFC 4880) and SSH2 (RFC 4716) private key blocks; detect-secrets
// hashes the header words, such as `BEGIN RSA PRIVATE KEY`.
const pemHeader =
  /-{4,5}[ ]?(BEGIN (?:(?:RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED|SSH2 ENCRYPTED|ED25519|X25519) )?PRIVATE KEY(?: BLOCK)?)[ ]?-{4,5}/g;
const puttyHeader = /(PuTTY-User-Key-File-[23]): /g;

/**
 * Whether base64 key material follows the header: the first line after it (real or `\n`-escaped,
 * past PEM headers such as `Proc-Type:`) is a run of 32+ base64 characters. A header alone, as in
 * code that parses PEM files, is not a leaked key.
 */
function hasKeyBody(text: string, from: number): boolean {
  const lines = text.slice(from, from + 2000).split(/\\[nr]|\r?\n|\r/);
  const first = lines
    .map((line) => line.trim().replace(/^["'+,\s]+|["'+,;\s]+$/g, ''))
    .find((line) => line.length > 0 && !/^[A-Za-z-]+: /.test(line));
  if (first === undefined || !/^[A-Za-z0-9+/=]{32,}$/.test(first)) return false;
  return !/x{4,}|(.)\1{9}/i.test(first) && shannonEntropy(first) > 3.3;
}

/** PEM, OpenSSH, PGP and PuTTY private keys, reported on their BEGIN line (detect-secrets PrivateKeyDetector). */
export const privateKeyDetector: CodeDetector = {
  id: 'private-key',
  description: 'Private key block (PEM, OpenSSH, PGP, PuTTY)',
  secretType: 'Private Key',
  provider: 'generic',
  strength: 'prefixed',
  keywords: ['private key', 'putty-user-key-file-'],
  // The key body after a PEM header, and a PuTTY file's `Private-Lines:`.
  reach: { before: 0, after: 4000 },
  detect: (segment) => [
    ...scanSegment(segment, pemHeader, (match) => {
      const header = match[1] as string;
      const at = segment.start + match.index + match[0].length;
      if (!hasKeyBody(segment.text, at)) return undefined;
      return rawMatch(match.index + match[0].indexOf(header), header);
    }),
    ...scanSegment(segment, puttyHeader, (match) => {
      const at = segment.start + match.index;
      if (!/Private-Lines: \d/.test(segment.text.slice(at, at + 4000))) return undefined;
      return rawMatch(match.index, match[1] as string);
    }),
  ],
  examples: {
    positive: [
      '-----BEGIN RSA PRIVATE KEY-----\nMII{b64:60}\n{b64:64}\n-----END RSA PRIVATE KEY-----',
      '{"key": "-----BEGIN PRIVATE KEY-----\\nMII{b64:60}\\n{b64:40}\\n-----END PRIVATE KEY-----\\n"}',
    ],
    negative: [
      '-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----',
      'const header = "-----BEGIN RSA PRIVATE KEY-----";',
    ],
  },
};

function decodeBase64Url(part: string): string | undefined {
  if (part.length % 4 === 1) return undefined;
  try {
    return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

function jsonObject(part: string): Record<string, unknown> | undefined {
  const decoded = decodeBase64Url(part.replace(/=+$/, ''));
  if (decoded === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(decoded);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

// RFC 7519: base64url(JSON header with "alg").base64url(JSON claims).signature. detect-secrets hashes
// `header.payload.` (its regex stops lazily before the signature).
const jwtShape =
  /(?<![A-Za-z0-9_\-/+\\])(ey[A-Za-z0-9_\-/\\+]{10,2000}={0,2})\.(ey[A-Za-z0-9_\-/\\+]{4,8000}={0,2})(\.)?([A-Za-z0-9_\-/+\\]{0,2000}={0,2})(?![A-Za-z0-9_\-/+\\=])/g;

function judgeJwt(header: string, payload: string, signature: string): boolean {
  const head = jsonObject(header);
  if (head) return ('alg' in head || 'typ' in head) && jsonObject(payload) !== undefined;
  // Not decodable: accept only a long, random-looking token of the same shape (mangled or truncated JWTs).
  return (
    /^ey[A-Za-z0-9]{17,}$/.test(header) &&
    /^ey[A-Za-z0-9/\\_-]{17,}$/.test(payload) &&
    shannonEntropy(header + payload + signature) > 4.2
  );
}

const jwtBase64 = /(?<![A-Za-z0-9+/])ZXlK[A-Za-z0-9+/]{40,8000}={0,2}(?![A-Za-z0-9+/=])/g;

/** JSON Web Tokens, checked structurally, and base64-encoded JWTs (detect-secrets JwtTokenDetector). */
export const jwtDetector: CodeDetector = {
  id: 'jwt',
  description: 'JSON Web Token',
  secretType: 'JSON Web Token',
  provider: 'jwt',
  strength: 'prefixed',
  keywords: ['zxlk'],
  // Literal `ey` then ten token characters: cheap to look for, and it also catches JWTs whose
  // header is mangled or hand-written (not `eyJ`).
  trigger: 'ey[A-Za-z0-9_\\-/+]{10}',
  // Reads its segment's lines only.
  reach: { before: 0, after: 0 },
  detect: (segment) => [
    ...scanSegment(segment, jwtShape, (match) => {
      const [whole, header = '', payload = '', dot = '', signature = ''] = match;
      if (!judgeJwt(header, payload, signature)) return undefined;
      return rawMatch(match.index, whole, `${header}.${payload}${dot}`);
    }),
    ...scanSegment(segment, jwtBase64, (match) => {
      const decoded = Buffer.from(match[0], 'base64').toString('latin1');
      const inner = /^(eyJ[A-Za-z0-9_-]{10,})\.(eyJ[A-Za-z0-9_-]{4,})\.?([A-Za-z0-9_-]*)/.exec(
        decoded,
      );
      if (!inner || !judgeJwt(inner[1] as string, inner[2] as string, inner[3] ?? ''))
        return undefined;
      return rawMatch(match.index, match[0]);
    }),
  ],
  examples: {
    positive: [
      'const session = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4{d:16}In0.{b64u:43}";',
      'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ5{d:20}In0.{b64u:86}',
    ],
    negative: ['const value = "eyJub3QiOiJhIGp3dCJ9.eyJ4Ijoxfq.{b64u:20}"', 'eyJ{an:8}.eyJ{an:8}'],
  },
};
