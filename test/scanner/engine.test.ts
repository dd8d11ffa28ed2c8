import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultDetectors } from '../../src/scanner/detectors/index.js';
import { SecretScanner } from '../../src/scanner/engine.js';
import { expandTemplate } from '../helpers/tokens.js';

const scanner = new SecretScanner(defaultDetectors);
const githubToken = () => expandTemplate('ghp_{an:36}', 11);
const scan = (text: string, path = 'app/config.txt') => scanner.scanText(text, path);

describe('SecretScanner', () => {
  it('reports line and column as detect-secrets counts lines (\\r\\n, \\n and a lone \\r)', () => {
    const token = githubToken();
    const { findings } = scan(`a = 1\r\nb = 2\rc = 3\nTOKEN=${token}\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 4, column: 7, detectorId: 'github-pat' });
  });

  it('never carries the secret itself, only a redacted prefix and hashes', () => {
    const token = githubToken();
    const [finding] = scan(`TOKEN=${token}`).findings;
    expect(JSON.stringify(finding)).not.toContain(token);
    expect(finding?.redacted).toBe('ghp_…');
    // detect-secrets hashes only the prefix of GitHub tokens.
    expect(finding?.hashedSecret).toBe(createHash('sha1').update('ghp').digest('hex'));
  });

  it('honours detect-secrets and gitleaks allowlist pragmas', () => {
    const token = githubToken();
    expect(scan(`TOKEN=${token}  # pragma: allowlist secret`).findings).toEqual([]);
    expect(scan(`// pragma: allowlist nextline secret\nTOKEN=${token}`).findings).toEqual([]);
    expect(scan(`TOKEN=${token} // gitleaks:allow`).findings).toEqual([]);
    expect(scan(`# pragma: allowlist nextline secret\n\nTOKEN=${token}`).findings).toHaveLength(1);
  });

  it('applies --exclude-lines and --exclude-secrets', () => {
    const token = githubToken();
    const text = `TOKEN=${token}`;
    expect(
      new SecretScanner(defaultDetectors, { excludeLines: [/^TOKEN=/] }).scanText(text, 'a')
        .findings,
    ).toEqual([]);
    expect(
      new SecretScanner(defaultDetectors, { excludeSecrets: [/^ghp_/] }).scanText(text, 'a')
        .findings,
    ).toEqual([]);
  });

  it('skips and reports lines longer than the cap, once each', () => {
    const token = githubToken();
    const long = `x = "${'a'.repeat(50)}" ${token} ${token}`;
    const capped = new SecretScanner(defaultDetectors, { maxLineLength: 60 });
    const result = capped.scanText(`${long}\nTOKEN=${token}\n`, 'min.js');
    expect(result.skips).toEqual([{ file: 'min.js', reason: 'long-line', line: 1 }]);
    expect(result.findings.map((finding) => finding.line)).toEqual([2]);
  });

  it('reports every long line, keyword or not, and keeps the lines after it where they were', () => {
    const token = githubToken();
    const capped = new SecretScanner(defaultDetectors, { maxLineLength: 60 });
    const text = `${'x'.repeat(61)}\r\nshort\r${'é'.repeat(61)}\nTOKEN=${token}`;
    for (const result of [
      capped.scanText(text, 'min.js'),
      capped.scanBytes(Buffer.from(text), 'min.js', 'utf8'),
    ]) {
      expect(result.skips.map((skip) => skip.line)).toEqual([1, 3]);
      expect(result.findings.map(({ line, column }) => [line, column])).toEqual([[4, 7]]);
    }
    // 60 characters of two bytes each: 120 bytes, but not over the cap.
    const wide = capped.scanBytes(Buffer.from(`${'é'.repeat(60)}\n`), 'a.txt', 'utf8');
    expect(wide.skips).toEqual([]);
  });

  it('reports one secret once, by its most specific detector', () => {
    const token = githubToken();
    const { findings } = scan(`password = "${token}"`);
    expect(findings.map((finding) => finding.detectorId)).toEqual(['github-pat']);
  });

  it('finds a value on the line after its name (XML elements)', () => {
    const key = expandTemplate('{lan:17}', 3);
    const { findings } = scan(`<airtableApiKey>\n    ${key}\n</airtableApiKey>\n`, 'config.xml');
    expect(findings.map((finding) => [finding.line, finding.detectorId])).toEqual([
      [2, 'airtable-api-key'],
    ]);
  });

  it('finds every occurrence, including a second copy in the same file', () => {
    const token = githubToken();
    const { findings } = scan(`a=${token}\nb=${token}\n`);
    expect(findings.map((finding) => finding.line)).toEqual([1, 2]);
  });

  it('drops placeholders and templated values', () => {
    for (const text of [
      'TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'password = "${DB_PASSWORD}"',
      'api_key = "{{ api_key }}"',
      'secret = "changeme"',
      'password = "<your-password>"',
    ]) {
      expect(scan(text).findings, text).toEqual([]);
    }
  });

  it('finds ASCII tokens in text that is not valid UTF-8 (decoded byte for byte)', () => {
    const token = githubToken();
    const latin1 = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0x41, 0x0a]),
      Buffer.from(`TOKEN=${token}\n`),
    ]).toString('latin1');
    expect(scan(latin1).findings.map((finding) => finding.line)).toEqual([2]);
  });
});
