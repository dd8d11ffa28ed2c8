import { shannonEntropy } from '../../entropy.js';
import type { CodeDetector, RawMatch } from '../../types.js';
import { forEachLine, rawMatch } from './util.js';

/** Whether a credential value is a reference or a placeholder rather than a literal. */
function isReference(value: string): boolean {
  return /^[$%<[{(*]|^\.{3}|\$\{|\$\(|\{\{/.test(value);
}

function looksRandom(value: string, minLength: number): boolean {
  if (value.length < minLength) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((regex) =>
    regex.test(value),
  ).length;
  return classes >= 2 && shannonEntropy(value) >= Math.min(2.7, Math.log2(value.length) * 0.8);
}

// RFC 3986 userinfo: scheme://user:password@host. detect-secrets hashes the password.
const userInfo = '[^\\s:/?#[\\]@{}\'"`<>]';
const urlCredentials = new RegExp(
  `(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,30}):\\/\\/(${userInfo}{0,200}):(${userInfo}{1,300})@(?=[A-Za-z0-9[_-])`,
  'g',
);

const urlCredentialsTrigger = `:\\/\\/${userInfo}{0,200}:${userInfo}{1,300}@`;

/** Credentials inside URLs and connection URIs (detect-secrets BasicAuthDetector). */
export const basicAuthDetector: CodeDetector = {
  id: 'basic-auth',
  description: 'Password in a URL or connection URI (scheme://user:password@host)',
  secretType: 'Basic Auth Credentials',
  provider: 'generic',
  strength: 'generic',
  keywords: [],
  // The `://` of a match, its user, `:`, password and `@`: URLs without credentials (nearly all)
  // pick no segment.
  trigger: urlCredentialsTrigger,
  // Reads its segment's lines only.
  reach: { before: 0, after: 0 },
  detect: (segment) => {
    const out: RawMatch[] = [];
    const slice = segment.text.slice(segment.start, segment.end);
    urlCredentials.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = urlCredentials.exec(slice)) !== null) {
      const password = match[3] as string;
      if (isReference(password) || isReference(match[2] as string)) continue;
      const at = match.index + match[0].length - 1 - password.length;
      out.push(rawMatch(segment.start + at, password));
    }
    return out;
  },
  examples: {
    positive: [
      'DATABASE_URL=postgres://app:{an:16}@db.internal:5432/app',
      'const mirror = "https://deploy:{l:5}{d:4}{u:3}@git.internal/repo.git";',
    ],
    negative: [
      'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app',
      'url = "https://user:password@host"',
    ],
  },
};

// ADO.NET / ODBC / JDBC keyword connection strings: `Server=…;User Id=…;Password=…;`.
const connectionPassword =
  /(?<![A-Za-z0-9_])(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}([^;'"\s&<>]{1,200})(?=$|[;'"\s&<])/gi;
const connectionContext =
  /(?:server|data source|host|hostname|database|initial catalog|uid|user id|user|username|dsn|jdbc:)[ \t]{0,3}[=:]/i;

/** Passwords in keyword connection strings (ADO.NET, ODBC, JDBC query parameters). */
export const connectionStringDetector: CodeDetector = {
  id: 'connection-string',
  description: 'Password in a database connection string (Server=…;Password=…)',
  secretType: 'Connection String Password',
  provider: 'generic',
  strength: 'contextual',
  keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
  // Reads its segment's lines only.
  reach: { before: 0, after: 0 },
  detect: (segment) => {
    const out: RawMatch[] = [];
    forEachLine(segment, (start, end) => {
      const line = segment.text.slice(start, end);
      if (!connectionContext.test(line) || !/[;&]/.test(line)) return;
      connectionPassword.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = connectionPassword.exec(line)) !== null) {
        const password = match[1] as string;
        const before = line.slice(0, match.index);
        if (!/[;&?]\s{0,3}$|^\s{0,40}["'`]?$|["'`]\s{0,3}$/.test(before) && !/[;&]/.test(before))
          continue;
        if (isReference(password) || password.length < 4) continue;
        out.push(rawMatch(start + match.index + match[0].length - password.length, password));
      }
    });
    return out;
  },
  examples: {
    positive: [
      'conn = "Server=db01;Database=app;User Id=app;Password={an:14};"',
      'jdbc.url=jdbc:sqlserver://db01:1433;databaseName=app;user=app;password={l:4}{d:4}{u:4}',
    ],
    negative: [
      'conn = "Server=db01;Database=app;User Id=app;Password=$(DB_PASS);"',
      'conn = "Server=db01;Database=app;User Id=app;Password=;"',
    ],
  },
};

const curlUser =
  /(?:^|\s)(?:-u|--user)(?:[ \t]{1,5}|=)(?:(["']?)([^"'`\s:]{0,100})\1:(["']?)([^"'`\s]{0,200})\3(?![^\s])|(["'])([^"'`\s]{0,200})\5|([^\s"'`]{1,300}))/g;

function stripBraces(value: string): string {
  return /^\{[A-Za-z0-9_-]{6,}\}$/.test(value) ? value.slice(1, -1) : value;
}

function inCurl(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 1500), at);
  const lastCurl = before.lastIndexOf('curl');
  if (lastCurl === -1) return false;
  // The option belongs to the same command: same line, or lines joined by a trailing backslash.
  const lines = before.slice(lastCurl).split(/\r?\n/);
  return lines.slice(0, -1).every((line) => /\\[ \t]*$/.test(line));
}

/** `curl -u user:password` and `curl --user`: the password (or a lone user token) (corpus curl-auth-user). */
export const curlUserDetector: CodeDetector = {
  id: 'curl-basic-auth',
  description: 'Credentials passed to curl with -u / --user',
  secretType: 'Basic Auth Credentials',
  provider: 'generic',
  strength: 'contextual',
  keywords: ['-u ', '-u\t', '-u=', '--user'],
  // The `curl` of a command continued over lines (inCurl).
  reach: { before: 1500, after: 0 },
  detect: (segment) => {
    const out: RawMatch[] = [];
    const { text } = segment;
    forEachLine(segment, (start, end) => {
      const line = text.slice(start, end);
      curlUser.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = curlUser.exec(line)) !== null) {
        if (!inCurl(text, start + match.index)) continue;
        let pair = match[6];
        let user = match[2];
        let password = match[4];
        if (pair === undefined && user === undefined) pair = match[7];
        if (pair !== undefined) {
          const colon = pair.indexOf(':');
          if (colon === -1) continue;
          user = pair.slice(0, colon);
          password = pair.slice(colon + 1);
        }
        user = stripBraces(user ?? '');
        password = stripBraces(password ?? '');
        if (
          /^[$%<[{(*]/.test(user) ||
          isReference(password) ||
          /\$[A-Za-z_{(]/.test(user + password)
        )
          continue;
        const secret = password !== '' ? password : user;
        if (password === '' && !looksRandom(secret, 8)) continue;
        if (secret.length < 4) continue;
        const at = line.indexOf(secret, match.index + (password !== '' ? user.length : 0));
        if (at >= 0) out.push(rawMatch(start + at, secret));
      }
    });
    return out;
  },
  examples: {
    positive: [
      'curl -u deploy:{an:16} https://ci.internal/api',
      "curl --user 'api:{l:6}{d:4}' https://api.internal/v1",
    ],
    negative: [
      'curl -u "$USER:$PASS" https://ci.internal/api',
      'curl --user user:pass https://ci.internal/api',
      'curl -u "{l:8}"',
    ],
  },
};

const authHeader =
  /(?:^|[\s"'`{,])((?:Proxy-)?Authorization|[\w-]{0,30}api[_-]?(?:key|token)|[\w-]{0,30}auth[_-]?token|x-[\w-]{0,30}-token|token|apikey)[ \t]{0,3}:[ \t]{0,3}(?:(Basic|Bearer|Token|Api-Token|Digest|JWT|OAuth|SSWS|Key)[ \t]{1,3})?([^\s"'`]{1,4000})/gi;

/** HTTP authorization headers with a literal credential, in curl commands and header strings (corpus curl-auth-header). */
export const authHeaderDetector: CodeDetector = {
  id: 'http-auth-header',
  description: 'Credential in an HTTP Authorization or API-key header',
  secretType: 'Authorization Header',
  provider: 'generic',
  strength: 'contextual',
  keywords: ['authorization', 'api-key', 'apikey', 'api_key', 'api-token', 'token:', '-token'],
  // The `curl` of a command continued over lines (inCurl).
  reach: { before: 1500, after: 0 },
  detect: (segment) => {
    const out: RawMatch[] = [];
    const { text } = segment;
    forEachLine(segment, (start, end) => {
      const line = text.slice(start, end);
      authHeader.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = authHeader.exec(line)) !== null) {
        const nameAt = match.index + match[0].indexOf(match[1] as string);
        const quotedHeader = /["'`]$/.test(line.slice(0, nameAt));
        const curlHeader =
          /(?:-H|--header)[ \t]{1,5}["']?$/.test(line.slice(0, nameAt)) &&
          inCurl(text, start + nameAt + 1);
        if (!quotedHeader && !curlHeader) continue;
        const scheme = (match[2] ?? '').toLowerCase();
        const value = (match[3] as string).replace(/[\\,;)]+$/, '');
        if (isReference(value)) continue;
        if (scheme === 'basic') {
          const decoded = Buffer.from(value, 'base64').toString('latin1');
          if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(value) || !decoded.includes(':')) continue;
        } else if (!looksRandom(value, 8)) continue;
        out.push(
          rawMatch(start + match.index + match[0].length - (match[3] as string).length, value),
        );
      }
    });
    return out;
  },
  examples: {
    positive: [
      'curl -H "Authorization: Bearer {an:32}" https://api.internal/v1',
      "curl --header 'X-Api-Key: {hex:32}' https://api.internal/v1",
    ],
    negative: [
      'curl -H "Authorization: Bearer $TOKEN" https://api.internal',
      'curl -H "Authorization: Basic ..." https://x',
    ],
  },
};
