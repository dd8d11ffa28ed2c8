import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/scanner/config/types.js';
import { createScanner, resolveSettings } from '../../src/scanner/config/settings.js';
import { builtinDetectors, findDetector } from '../../src/scanner/detectors/index.js';
import {
  isBinaryContent,
  isJceks,
  isJks,
  isPkcs12,
} from '../../src/scanner/detectors/files/keystore-formats.js';
import { SecretScanner } from '../../src/scanner/engine.js';
import { sarifRule } from '../../src/scanner/report/sarif-rules.js';
import { PatchParser } from '../../src/scanner/sources/diff-parse.js';
import { formatByteSize, wholeFileExtension } from '../../src/scanner/whole-file.js';
import { byteTraces, makeJceks, makeJks, makePkcs12 } from '../helpers/keystores.js';

const pkcs12 = makePkcs12();
if (pkcs12 === undefined) console.warn('openssl is not installed: real PKCS#12 tests skipped');
const scanner = new SecretScanner(builtinDetectors);
const sha1 = (content: Uint8Array) => createHash('sha1').update(content).digest('hex');

describe('key store formats', () => {
  it.skipIf(pkcs12 === undefined)('recognises a PKCS#12 made by openssl pkcs12 -export', () => {
    const content = pkcs12 as Buffer;
    expect(isPkcs12(content)).toBe(true);
    expect([isJks(content), isJceks(content)]).toEqual([false, false]);
  });

  it('reads DER long, short and BER indefinite lengths, and wants version 3', () => {
    const bytes = (...values: number[]) => Uint8Array.from(values);
    expect(isPkcs12(bytes(0x30, 0x82, 0x09, 0xcf, 0x02, 0x01, 0x03))).toBe(true);
    expect(isPkcs12(bytes(0x30, 0x84, 0, 0, 0x09, 0xcf, 0x02, 0x01, 0x03))).toBe(true);
    expect(isPkcs12(bytes(0x30, 0x7f, 0x02, 0x01, 0x03))).toBe(true);
    expect(isPkcs12(bytes(0x30, 0x80, 0x02, 0x01, 0x03))).toBe(true);
    expect(isPkcs12(bytes(0x30, 0x82, 0x09, 0xcf, 0x02, 0x01, 0x01))).toBe(false);
    expect(isPkcs12(bytes(0x30, 0x85, 0, 0, 0, 0, 0, 0x02, 0x01, 0x03))).toBe(false);
    expect(isPkcs12(bytes(0x31, 0x82, 0x09, 0xcf, 0x02, 0x01, 0x03))).toBe(false);
    expect(isPkcs12(bytes(0x30, 0x82))).toBe(false);
    expect(isPkcs12(Buffer.from('0\x82\x09hello'))).toBe(false);
  });

  it('recognises JKS and JCEKS magics with versions 1 and 2 only', () => {
    expect(isJks(makeJks())).toBe(true);
    expect(isJceks(makeJceks())).toBe(true);
    expect(isJks(makeJceks())).toBe(false);
    expect(isJks(Uint8Array.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 3]))).toBe(false);
    expect(isJks(Uint8Array.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0]))).toBe(false);
  });

  it('calls empty and text content not binary', () => {
    expect(isBinaryContent(new Uint8Array())).toBe(false);
    expect(isBinaryContent(Buffer.from('password=changeit\n'))).toBe(false);
    expect(isBinaryContent(Uint8Array.from([0, 0, 0, 2]))).toBe(true);
  });
});

describe('whole-file findings', () => {
  it('knows paths by the extension of the file name, `.keystore` alone included', () => {
    expect(wholeFileExtension('a/b/Client.P12')).toBe('p12');
    expect(wholeFileExtension('home/.keystore')).toBe('keystore');
    expect(wholeFileExtension('a.p12/readme')).toBe('');
    expect(scanner.claimsWholeFile('certs/client.pfx')).toBe(true);
    expect(scanner.claimsWholeFile('certs/client.pfx.md')).toBe(false);
    expect(scanner.claimsWholeFile('src/app.ts')).toBe(false);
  });

  it('prints sizes as people read them', () => {
    expect([0, 999, 1000, 2515, 999_949, 999_950, 12_345_678].map(formatByteSize)).toEqual([
      '0 B',
      '999 B',
      '1.0 kB',
      '2.5 kB',
      '999.9 kB',
      '1.0 MB',
      '12.3 MB',
    ]);
  });

  it.skipIf(pkcs12 === undefined)(
    'reports a PKCS#12 on line 1, hashed over its bytes, never showing any',
    () => {
      const content = pkcs12 as Buffer;
      const [finding] = scanner.scanWholeFile(content, 'deploy/signing.p12') ?? [];
      expect(finding).toEqual({
        detectorId: 'pkcs12-file',
        secretType: 'PKCS#12 Key Store',
        provider: 'pkcs12',
        file: 'deploy/signing.p12',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        redacted: `(PKCS#12 key store, ${formatByteSize(content.length)})`,
        hashedSecret: sha1(content),
        fingerprint: sha1(content),
      });
      const printed = JSON.stringify(finding);
      for (const trace of byteTraces(content)) expect(printed).not.toContain(trace);
      // Java 9+ keytool writes PKCS#12 into `.jks` and `.keystore` files too.
      expect(scanner.scanWholeFile(content, 'android/release.jks')?.[0]).toMatchObject({
        detectorId: 'java-keystore-file',
        redacted: `(PKCS#12 key store, ${formatByteSize(content.length)})`,
      });
    },
  );

  it('names the Java format it saw', () => {
    const redacted = (content: Buffer, path: string) =>
      scanner.scanWholeFile(content, path)?.[0]?.redacted;
    expect(redacted(makeJks(2200), 'a.jks')).toBe('(JKS key store, 2.2 kB)');
    expect(redacted(makeJceks(800), 'a.jceks')).toBe('(JCEKS key store, 800 B)');
    expect(redacted(Buffer.from([0, 0, 0, 2, 0, 0, 0, 20]), 'a.bks')).toBe('(BKS key store, 8 B)');
    expect(redacted(Buffer.from([0, 0, 0, 2, 0, 0, 0, 20]), '.keystore')).toBe('(key store, 8 B)');
    expect(redacted(Buffer.from('not a key store\n'), 'a.keystore')).toBeUndefined();
  });

  it('is off when the config disables the detector', () => {
    const config = { ...emptyConfig(), disabledDetectors: ['pkcs12-file'] };
    const configured = createScanner(resolveSettings(config, builtinDetectors), builtinDetectors);
    expect(configured.claimsWholeFile('a.p12')).toBe(false);
    expect(configured.claimsWholeFile('a.jks')).toBe(true);
    expect(configured.scanWholeFile(makeJks(), 'a.jks')).toHaveLength(1);
  });

  it('tells how out of a finding in the SARIF help: baseline or exclude-files, no pragma', () => {
    for (const id of ['pkcs12-file', 'java-keystore-file']) {
      const rule = sarifRule(findDetector(id) as NonNullable<ReturnType<typeof findDetector>>);
      expect(rule.help.text).toContain('cannot carry a pragma: allowlist secret comment');
      expect(rule.help.markdown).toContain('`secrets-action scan --baseline .secrets.baseline`');
      expect(rule.help.markdown).toContain('`exclude-files`');
      expect(rule.properties['security-severity']).toBe('8.9');
    }
  });
});

describe('binary lines of git log -p', () => {
  const parse = (lines: string[]) => {
    const files: [string, string | undefined][] = [];
    const parser = new PatchParser({
      onFile: (_commit, path, skipped) => files.push([path, skipped]),
      onBlock: () => undefined,
    });
    for (const line of ['\x01abc\x1f\x1fA\x1fa@example.com\x1f2024-01-01T00:00:00Z', ...lines])
      parser.push(line);
    parser.end();
    return files;
  };

  it('names the new path of added, changed, merged and --binary files; not of deleted ones', () => {
    expect(
      parse([
        'diff --git a/k/new.p12 b/k/new.p12',
        'new file mode 100644',
        'index 0000000..1111111',
        'Binary files /dev/null and b/k/new.p12 differ',
        'diff --git a/old.jks b/old.jks',
        'deleted file mode 100644',
        'Binary files a/old.jks and /dev/null differ',
        'diff --cc merged.p12',
        'index 1111111,2222222..3333333',
        'Binary files differ',
        'diff --git a/bin/x.pfx b/bin/x.pfx',
        'new file mode 100644',
        'GIT binary patch',
        'literal 3',
        'Kcmb<oC<g!m=m7En',
        '',
        'diff --git a/gone.pfx b/gone.pfx',
        'deleted file mode 100644',
        'GIT binary patch',
        'literal 0',
      ]),
    ).toEqual([
      ['k/new.p12', 'binary'],
      ['merged.p12', 'binary'],
      ['bin/x.pfx', 'binary'],
    ]);
  });
});
