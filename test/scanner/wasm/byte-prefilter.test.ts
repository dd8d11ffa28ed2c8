import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDetector, isTextDetector } from '../../../src/scanner/compile.js';
import { builtinDetectors } from '../../../src/scanner/detectors/index.js';
import { SecretScanner } from '../../../src/scanner/engine.js';
import { looksBinary } from '../../../src/scanner/sources/binary.js';
import { textEncodingOf } from '../../../src/scanner/text-encoding.js';
import { BytePrefilter } from '../../../src/scanner/wasm/byte-prefilter.js';
import { expandTemplate, seededRandom } from '../../helpers/tokens.js';

// The prefilter over bytes (WebAssembly) must give exactly the findings of the prefilter over
// text: both scanners run every built-in detector, on- and off-by-default. A third decodes every
// file with hits only around them, whatever its size, whenever that drops any line.
const bytes = new SecretScanner(builtinDetectors);
const text = new SecretScanner(builtinDetectors, { prefilter: 'text' });
const aroundHits = { decodeAroundHits: { minBytes: 0, maxKeptShare: 1 } };
const around = new SecretScanner(builtinDetectors, aroundHits);
const repo = resolve(import.meta.dirname, '..', '..', '..');

function expectSameFindings(
  content: Buffer,
  path: string,
  scanners: { bytes: SecretScanner; text: SecretScanner; around: SecretScanner } = {
    bytes,
    text,
    around,
  },
): void {
  const encoding = textEncodingOf(content);
  const fromBytes = scanners.bytes.scanBytes(content, path, encoding);
  const fromText = scanners.text.scanBytes(content, path, encoding);
  expect(fromBytes.findings, path).toEqual(fromText.findings);
  expect(fromBytes.skips, path).toEqual(fromText.skips);
  expect(scanners.around.scanBytes(content, path, encoding), path).toEqual(fromText);
  // And the text is what Buffer's own decoding gives (a byte-order mark kept, offsets unmoved).
  const reference = content.toString(encoding === 'latin1' ? 'latin1' : 'utf8');
  expect(scanners.text.scanText(reference, path), path).toEqual(fromText);
}

const paths = ['src/app.js', 'config/.env', 'deploy/values.yaml', 'notes.txt', 'pom.xml'];
const examples = builtinDetectors
  .filter(isTextDetector)
  .flatMap((detector) =>
    [...detector.examples.positive, ...detector.examples.negative].flatMap((template) =>
      [0, 1].map((seed) => expandTemplate(template, seed)),
    ),
  );

describe('prefilter over bytes', () => {
  it('finds what the text prefilter finds in every detector example, at every block offset', () => {
    for (const [i, example] of examples.entries()) {
      const pad = ' '.repeat(i % 17);
      const path = paths[i % paths.length] as string;
      expectSameFindings(Buffer.from(`${pad}${example}\n`), path);
      expectSameFindings(Buffer.from(`// é ✓\r\n${pad}${example}\r\nnext`), path);
      expectSameFindings(Buffer.from(`\ufeff${pad}${example}\n`), path);
      // Not valid UTF-8: decoded byte for byte, as the CLI does.
      expectSameFindings(Buffer.concat([Buffer.from([0xe9, 0x20]), Buffer.from(example)]), path);
    }
  });

  it('finds the same in generated documents of keywords, quotes, numbers and Unicode', () => {
    const pieces = [
      ...builtinDetectors.filter(isTextDetector).flatMap((detector) => detector.keywords),
      'TOKEN',
      'Pass',
      'SeCrEt',
      'KEY=',
      '"',
      "'",
      '`',
      '=',
      ': ',
      '.',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '192.168.',
      '8.8.',
      '10.0.0.',
      '1.2.3.4',
      'ey',
      'eyJ',
      'AC',
      'SK',
      'MT',
      'EAA',
      'pat',
      'é',
      'ñ',
      'CONTRASEÑA',
      '\u212a',
      '\u0130',
      '😀',
      '\u00ff',
      'ABCDEFabcdef0123456789',
      'aZ09+/=_-',
      'xK3mP9qR2sT5vW8y',
      '0123456789abcdef',
      'Zm9vYmFyYmF6cXV4',
    ];
    for (let seed = 0; seed < 300; seed++) {
      const random = seededRandom(seed);
      let document = '';
      const size = 200 + Math.floor(random() * 3000);
      while (document.length < size) {
        const piece = pieces[Math.floor(random() * pieces.length)] as string;
        document += random() < 0.3 ? expandTemplate(piece, seed) : piece;
        if (random() < 0.2) document += expandTemplate('{an:24}', seed + document.length);
      }
      expectSameFindings(Buffer.from(document), paths[seed % paths.length] as string);
    }
  });

  it('agrees at the entropy detectors’ length and entropy limits', () => {
    const random = seededRandom(7);
    const hex = (length: number) =>
      Array.from({ length }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
    const base64 = (length: number) => expandTemplate(`{b64:${length}}`, length);
    // Sixteen distinct hex digits (entropy 4.0), built here so the repository's own scan stays clean.
    const distinct = ['3f9a', '0c7e', '12d5', 'b846'].join('');
    const strings = [
      distinct,
      '0011223344556677', // entropy exactly 3.0: not above the limit
      hex(15),
      hex(16),
      hex(17),
      base64(22),
      base64(23),
      base64(256),
      base64(257),
    ];
    for (const value of strings) {
      for (const path of ['src/app.js', 'config/.env']) {
        expectSameFindings(
          Buffer.from(`const a = "${value}";\nb = '${value}'\nc: ${value}\n`),
          path,
        );
      }
    }
    const found = bytes.scanBytes(Buffer.from(`x = "${distinct}"`), 'src/app.js', 'ascii');
    expect(found.findings.map((finding) => finding.detectorId)).toEqual(['high-entropy-hex']);
  });

  it('falls back to the text prefilter when a file has more hits than it can hold', () => {
    const document = `${'password = "x";'.repeat(300_000)}\npassword = "${expandTemplate('{an:10}{d:4}')}"\n`;
    expectSameFindings(Buffer.from(document), 'src/app.js');
    expect(bytes.scanBytes(Buffer.from(document), 'src/app.js', 'ascii').findings).toHaveLength(1);
  });

  it('cuts out the same long lines, numbered alike, at every length around the cap', () => {
    // A small cap, so that lines cross it at every block offset; line breaks of every kind and
    // characters of one to four bytes, so that bytes and UTF-16 code units differ.
    const cap = { maxLineLength: 60 };
    const capped = {
      bytes: new SecretScanner(builtinDetectors, cap),
      text: new SecretScanner(builtinDetectors, { ...cap, prefilter: 'text' }),
      around: new SecretScanner(builtinDetectors, { ...cap, ...aroundHits }),
    };
    const token = expandTemplate('ghp_{an:36}', 5);
    const fillers = ['a', 'é', '✓', '😀', ' ', 'password = '];
    const breaks = ['\n', '\r\n', '\r'];
    let skipped = 0;
    let found = 0;
    for (let seed = 0; seed < 400; seed++) {
      const random = seededRandom(seed);
      const pick = <T>(values: readonly T[]): T =>
        values[Math.floor(random() * values.length)] as T;
      const lines = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const filler = pick(fillers);
        const line = filler.repeat(Math.floor(random() * (140 / filler.length)));
        return random() < 0.4 ? `${line}TOKEN=${token}` : line;
      });
      let document = pick(['', '\ufeff']);
      for (const line of lines) document += line + pick(breaks);
      if (random() < 0.5) document = document.slice(0, -1);
      expectSameFindings(Buffer.from(document), paths[seed % paths.length] as string, capped);
      const latin1 = Buffer.concat([Buffer.from([0xe9]), Buffer.from(document)]);
      expectSameFindings(latin1, paths[seed % paths.length] as string, capped);
      const result = capped.bytes.scanBytes(Buffer.from(document), 'src/app.js', 'utf8');
      skipped += result.skips.length;
      found += result.findings.length;
    }
    expect(skipped).toBeGreaterThan(500);
    expect(found).toBeGreaterThan(40);
  });

  it('finds the same when it decodes only the lines around hits, whatever the detectors read', () => {
    // Files of filler lines with a few hits far apart: detector examples, and the cases whose
    // detectors read past their line (a curl command continued over lines, a PEM body, a NuGet
    // credentials block thousands of characters up, an HCL block, whose file gate reads the whole
    // text). A Kubernetes Secret's detector may read anywhere, so its hits keep every line.
    const fillers = ['const a = 1;', '  return value;', '', 'é ✓ 😀 text', '// comment', '\t}'];
    const farReaching = [
      // Not a key: the line after the header is no base64, though a line further down is.
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n\n(no body)\n\n\n\n{b64:64}\n-----END RSA PRIVATE KEY-----',
      'curl -X POST \\\n  -H "Content-Type: json" \\\n  -u deploy:{an:16} https://ci.internal',
      "curl https://ci.internal \\\n  -d '{}' \\\n  --header 'X-Api-Key: {hex:32}'",
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,{hex:32}\n\nMII{b64:60}\n{b64:64}\n-----END RSA PRIVATE KEY-----',
      `<packageSourceCredentials>\n${'<!-- padding -->\n'.repeat(200)}<add key="ClearTextPassword" value="{an:14}" />`,
      'resource "azurerm_mssql_server" "db" {\n  administrator_login_password = "{an:16}"\n}',
    ];
    const filter = BytePrefilter.build(
      builtinDetectors.filter(isTextDetector).map(compileDetector),
    );
    let dropped = 0;
    for (let seed = 0; seed < 60; seed++) {
      const random = seededRandom(seed);
      const pick = <T>(values: readonly T[]): T =>
        values[Math.floor(random() * values.length)] as T;
      const lineBreak = pick(['\n', '\r\n', '\n', seed % 10 === 0 ? '\r' : '\n']);
      const lines: string[] = [];
      while (lines.length < 4000) {
        if (random() < 0.004) {
          const hit = pick(random() < 0.5 ? farReaching : examples);
          lines.push(...expandTemplate(hit, seed + lines.length).split('\n'));
        } else lines.push(pick(fillers).repeat(1 + Math.floor(random() * 4)));
      }
      const content = Buffer.from(lines.join(lineBreak));
      const path = pick(paths);
      expectSameFindings(content, path);
      const pass = filter?.scan(
        content,
        path,
        textEncodingOf(content),
        20_000,
        aroundHits.decodeAroundHits,
      );
      if (pass !== undefined && pass.text().length < content.toString().length * 0.8) dropped++;
    }
    // Most files were cut down: the comparison above is of text with many lines missing.
    expect(dropped).toBeGreaterThan(30);
  });

  it('finds the same in this repository’s own sources', () => {
    const files: string[] = [];
    const walk = (directory: string) => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile() && statSync(path).size < 2_000_000) files.push(path);
      }
    };
    for (const directory of ['src', 'test', 'scripts', 'dist']) walk(join(repo, directory));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const content = readFileSync(file);
      if (!looksBinary(content)) expectSameFindings(content, relative(repo, file));
    }
  });
});
