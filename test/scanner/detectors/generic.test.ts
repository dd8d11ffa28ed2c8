import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../src/scanner/detectors/index.js';
import { detectors as genericDetectors } from '../../../src/scanner/detectors/generic/index.js';
import { SecretScanner } from '../../../src/scanner/engine.js';
import { sha1Hex } from '../../../src/scanner/redact.js';
import { expandTemplate } from '../../helpers/tokens.js';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const interop = join(shared, 'interop', 'detect-secrets', '01-default-scan');
const scanner = new SecretScanner(builtinDetectors);
const genericOnly = new SecretScanner(genericDetectors);

function scan(text: string, path = 'app/settings.txt') {
  return scanner.scanText(text, path).findings;
}

/** The secret types this group reproduces from detect-secrets. */
const ourTypes = new Set([
  'Secret Keyword',
  'Base64 High Entropy String',
  'Hex High Entropy String',
  'JSON Web Token',
  'Basic Auth Credentials',
  'Private Key',
]);

interface BaselineEntry {
  type: string;
  hashed_secret: string;
  line_number: number;
}

describe.skipIf(!existsSync(interop))('detect-secrets 1.5 interop hashes', () => {
  if (!existsSync(interop)) {
    it.skip(`skipped: no interop fixtures at ${interop} (they live in ../shared)`, () => undefined);
    return;
  }
  const baseline = JSON.parse(
    readFileSync(join(interop, 'out', 'scan-all-files.stdout'), 'utf8'),
  ) as {
    results: Record<string, BaselineEntry[]>;
  };
  const cases = Object.entries(baseline.results).flatMap(([file, entries]) =>
    entries.filter((entry) => ourTypes.has(entry.type)).map((entry) => [file, entry] as const),
  );

  it.each(cases)('%s: %o', (file, entry) => {
    const text = readFileSync(join(interop, 'repo', file), 'utf8');
    const findings = genericOnly.scanText(text, file).findings;
    const same = findings.filter(
      (finding) => finding.secretType === entry.type && finding.line === entry.line_number,
    );
    expect(same.map((finding) => finding.hashedSecret)).toContain(entry.hashed_secret);
  });

  it('reports no structural or entropy finding that detect-secrets does not', () => {
    for (const file of Object.keys(baseline.results)) {
      const text = readFileSync(join(interop, 'repo', file), 'utf8');
      const expected = new Set(
        (baseline.results[file] ?? [])
          .filter((entry) => ourTypes.has(entry.type))
          .map((entry) => `${entry.type}|${entry.hashed_secret}`),
      );
      for (const finding of genericOnly.scanText(text, file).findings) {
        if (ourTypes.has(finding.secretType) && finding.secretType !== 'Secret Keyword')
          expect(expected, file).toContain(`${finding.secretType}|${finding.hashedSecret}`);
      }
    }
  });
});

describe('high-entropy strings', () => {
  it('flags a quoted random base64 string and hashes the value', () => {
    const value = expandTemplate('{an:20}/{b64:20}', 1);
    const [finding] = scan(`SEED = "${value}"`, 'app/seed.py');
    expect(finding?.detectorId).toBe('high-entropy-base64');
    expect(finding?.hashedSecret).toBe(sha1Hex(value));
  });

  it('reads unquoted values in YAML and INI files only', () => {
    const value = expandTemplate('{an:24}+{an:12}', 2);
    expect(
      scan(`seed:\n  material: ${value}\n`, 'config/app.yaml').map((f) => f.detectorId),
    ).toEqual(['high-entropy-base64']);
    expect(scan(`material: ${value}\n`, 'src/app.py')).toEqual([]);
  });

  it('lowers the entropy of all-digit hex candidates', () => {
    expect(scan('N = "12345678901234567"', 'app/n.py')).toEqual([]);
    const hex = expandTemplate('{hex:40}', 3);
    expect(scan(`CACHE = "${hex}"`, 'app/n.py').map((f) => f.detectorId)).toEqual([
      'high-entropy-hex',
    ]);
  });

  it('skips digests and commit hashes', () => {
    expect(scan(`SRCREV_app = "${expandTemplate('{hex:40}', 4)}"`, 'recipe.bb')).toEqual([]);
  });
});

describe('keyword', () => {
  it('requires quotes in code files but not in config files', () => {
    expect(scan('password = hunter22x', 'app/settings.py')).toEqual([]);
    const [finding] = scan('password = hunter22x', 'config/app.properties');
    expect(finding?.detectorId).toBe('keyword');
    expect(finding?.hashedSecret).toBe(sha1Hex('hunter22x'));
  });

  it('ignores references, templates and placeholders', () => {
    for (const line of [
      'password = "${PASSWORD}"',
      'password = os.environ["PW"]',
      'password: $PW',
      'password = "changeme"',
    ]) {
      expect(scan(line, 'app/settings.py'), line).toEqual([]);
    }
  });

  it('finds generic token assignments only when the value looks generated', () => {
    const value = expandTemplate('{an:32}', 5);
    expect(scan(`API_TOKEN=${value}`, '.env').map((f) => f.detectorId)).toContain('keyword');
    expect(scan('API_TOKEN=not-a-real-token', '.env')).toEqual([]);
    expect(
      scan(`public_key = "${value}"`, 'app/x.py').filter((f) => f.detectorId === 'keyword'),
    ).toEqual([]);
  });

  it('reads lines ended by a lone CR one by one, as lines ended by LF', () => {
    const value = expandTemplate('{an:32}', 7);
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const found = scan(`DB_PASSWORD=${value}${lineBreak}TOKEN_TYPE=bearer\n`, '.env');
      const keywords = found.filter((finding) => finding.detectorId === 'keyword');
      expect(
        keywords.map((f) => f.line),
        JSON.stringify(lineBreak),
      ).toEqual([1]);
    }
  });

  it('reads an XML element whose value is on the next line', () => {
    const value = expandTemplate('{an:32}', 6);
    expect(
      scan(`<apiToken>\n    ${value}\n</apiToken>`, 'conf/app.xml').map((f) => [
        f.detectorId,
        f.line,
      ]),
    ).toEqual([['keyword', 2]]);
    // Windows line breaks, blanks after the tag, and the value on the last line.
    expect(
      scan(`<root>\r\n  <apiToken>  \r\n    ${value}`, 'conf/app.xml').map((f) => [
        f.detectorId,
        f.line,
        f.column,
      ]),
    ).toEqual([['keyword', 3, 5]]);
  });
});

describe('private-key', () => {
  it('reports the BEGIN line and hashes the header words', () => {
    const body = expandTemplate('MII{b64:61}\n{b64:64}', 7);
    const [finding] = scan(
      `-----BEGIN EC PRIVATE KEY-----\n${body}\n-----END EC PRIVATE KEY-----\n`,
      'k.pem',
    );
    expect(finding?.line).toBe(1);
    expect(finding?.hashedSecret).toBe(sha1Hex('BEGIN EC PRIVATE KEY'));
  });

  it('finds JSON-escaped keys and ignores empty blocks', () => {
    const body = expandTemplate('MII{b64:61}\\n{b64:64}', 8);
    expect(
      scan(
        `{"private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n"}`,
        'sa.json',
      ).length,
    ).toBe(1);
    expect(
      scan('-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----', 'k.pem'),
    ).toEqual([]);
  });
});

describe('jwt', () => {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('hashes header.payload. like detect-secrets', () => {
    const header = encode({ alg: 'HS256', typ: 'JWT' });
    const payload = encode({ sub: expandTemplate('{an:12}', 9) });
    const signature = expandTemplate('{b64u:43}', 9);
    const [finding] = scan(`const t = "${header}.${payload}.${signature}";`, 'a.js');
    expect(finding?.detectorId).toBe('jwt');
    expect(finding?.hashedSecret).toBe(sha1Hex(`${header}.${payload}.`));
  });

  it('finds base64-encoded JWTs and rejects headers without alg', () => {
    const jwt = `${encode({ alg: 'RS256' })}.${encode({ iss: 'x' })}.${expandTemplate('{b64u:43}', 10)}`;
    expect(
      scan(`token_b64: ${Buffer.from(jwt).toString('base64')}`, 'a.txt').map((f) => f.detectorId),
    ).toEqual(['jwt']);
    expect(scan(`x = "${encode({ note: 'not a jwt' })}.${encode({ a: 1 })}."`, 'a.txt')).toEqual(
      [],
    );
  });
});

describe('credentials in URLs, curl and headers', () => {
  it('hashes the password of a URL', () => {
    const password = expandTemplate('{an:14}', 11);
    const [finding] = scan(`DB=postgres://app:${password}@db.internal:5432/app`, '.env');
    expect(finding?.secretType).toBe('Basic Auth Credentials');
    expect(finding?.hashedSecret).toBe(sha1Hex(password));
  });

  it('reads curl -u across continued lines', () => {
    const password = expandTemplate('{an:12}', 12);
    const text = `curl -X POST https://api.internal \\\n  -d 'x=1' \\\n  -u admin:${password}\n`;
    expect(scan(text, 'run.sh').map((f) => [f.detectorId, f.line])).toEqual([
      ['curl-basic-auth', 3],
    ]);
    expect(scan('curl -u "$USER:$PASS" https://x', 'run.sh')).toEqual([]);
  });

  it('checks that Basic credentials decode to user:password', () => {
    const good = Buffer.from(`app:${expandTemplate('{an:16}', 13)}`).toString('base64');
    expect(scan(`curl -H "Authorization: Basic ${good}" https://x`, 'run.sh').length).toBe(1);
    expect(scan('curl -H "Authorization: Basic dGVzdA==" https://x', 'run.sh')).toEqual([]);
  });
});

describe('manifests', () => {
  it('finds Kubernetes Secret data, including block scalars', () => {
    const value = Buffer.from(expandTemplate('{an:24}', 14)).toString('base64');
    const text = `apiVersion: v1\ndata:\n  .dockercfg: |\n    ${value}\nkind: Secret\n`;
    expect(scan(text, 'k8s/secret.yaml').map((f) => [f.detectorId, f.line])).toEqual([
      ['kubernetes-secret', 4],
    ]);
    expect(
      scan(text.replace('Secret', 'ConfigMap'), 'k8s/cm.yaml').filter(
        (f) => f.detectorId === 'kubernetes-secret',
      ),
    ).toEqual([]);
  });

  it('starts at data and stringData lines with trailing blanks and either line break', () => {
    const value = Buffer.from(expandTemplate('{an:24}', 17)).toString('base64');
    const plain = expandTemplate('{an:20}', 18);
    const text = `kind: Secret\r\ndata:  \t\r\n  token: ${value}\r\nstringData:\n  pass: ${plain}\n`;
    const bytes = Buffer.from(text);
    for (const engine of [scanner, new SecretScanner(builtinDetectors, { prefilter: 'text' })]) {
      const found = engine.scanBytes(bytes, 'k8s/secret.yaml', 'ascii').findings;
      expect(found.filter((f) => f.detectorId === 'kubernetes-secret').map((f) => f.line)).toEqual([
        3, 5,
      ]);
    }
    // YAML breaks lines at \r and \n only: after U+2028, `data:` has a value on its own line.
    expect(
      scan(`kind: Secret\ndata:\u2028\n  token: ${value}\n`, 'k8s/s.yaml').filter(
        (f) => f.detectorId === 'kubernetes-secret',
      ),
    ).toEqual([]);
  });

  it('finds Terraform passwords with up to twenty blanks around the equals sign', () => {
    const value = expandTemplate('{l:6}{d:4}{u:4}', 19);
    const found = (blanks: number) =>
      scan(`resource "x" "y" {\n  admin_password${' '.repeat(blanks)}= "${value}"\n}\n`, 'main.tf')
        .filter((f) => f.detectorId === 'hashicorp-tf-password')
        .map((f) => f.line);
    expect(found(20)).toEqual([2]);
    expect(found(0)).toEqual([2]);
    expect(found(21)).toEqual([]);
  });

  it('reads ClearTextPassword only in nuget.config files', () => {
    const line = `<add key="ClearTextPassword" value="${expandTemplate('{an:16}', 15)}" />`;
    expect(scan(line, 'src/NuGet.Config').map((f) => f.detectorId)).toEqual([
      'nuget-config-password',
    ]);
    expect(
      scan(line, 'src/other.xml').filter((f) => f.detectorId === 'nuget-config-password'),
    ).toEqual([]);
  });

  it('reads it elsewhere within 5,000 characters after a <packageSourceCredentials>', () => {
    const line = `<add key="ClearTextPassword" value="${expandTemplate('{an:16}', 16)}" />`;
    const found = (gap: number) =>
      scan(`<packageSourceCredentials>${'x'.repeat(gap - 26)}\n${line}`, 'src/other.xml').filter(
        (f) => f.detectorId === 'nuget-config-password',
      ).length;
    // The segment starts after the newline: gap + 1 characters after the tag's start.
    expect(found(4998)).toBe(1);
    expect(found(4999)).toBe(0);
  });
});
