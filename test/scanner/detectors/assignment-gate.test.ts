import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDetector, isTextDetector } from '../../../src/scanner/compile.js';
import { keywordDetector } from '../../../src/scanner/detectors/generic/keyword.js';
import { nameWordStems } from '../../../src/scanner/detectors/generic/keyword-words.js';
import { builtinDetectors } from '../../../src/scanner/detectors/index.js';
import { SecretScanner } from '../../../src/scanner/engine.js';
import type { LineGate } from '../../../src/scanner/types.js';
import { Prefilter } from '../../../src/scanner/prefilter.js';
import { textEncodingOf } from '../../../src/scanner/text-encoding.js';
import { BytePrefilter } from '../../../src/scanner/wasm/byte-prefilter.js';
import { expandTemplate, seededRandom } from '../../helpers/tokens.js';

// The keyword detector's line gate may only drop lines where the detector finds nothing: the
// findings with the gate are those of the same detector without it, through either prefilter.
const gate = keywordDetector.lineGate as LineGate;
const ungated = builtinDetectors.map((detector) =>
  detector === keywordDetector ? { ...keywordDetector, lineGate: undefined } : detector,
);
const scanners = {
  gatedBytes: new SecretScanner(builtinDetectors),
  gatedText: new SecretScanner(builtinDetectors, { prefilter: 'text' }),
  ungatedBytes: new SecretScanner(ungated),
};
const paths = [
  'src/app.js',
  'config/.env',
  'deploy/values.yaml',
  'notes.txt',
  'pom.xml',
  'main.go',
];

function expectGateChangesNothing(document: string, path: string): void {
  const content = Buffer.from(document);
  const encoding = textEncodingOf(content);
  const reference = scanners.ungatedBytes.scanBytes(content, path, encoding);
  expect(scanners.gatedBytes.scanBytes(content, path, encoding), document).toEqual(reference);
  expect(scanners.gatedText.scanBytes(content, path, encoding), document).toEqual(reference);
}

const gates = (line: string, path = 'src/app.js') => gate.passes(line, 0, line.length, path);

describe('the keyword detector’s line gate', () => {
  it('lets through assignments, comparisons and XML values, and drops other keyword lines', () => {
    expect(gates('db_password = "abc"')).toBe(true);
    expect(gates('apiKey: `abc`')).toBe(true);
    expect(gates('setToken( "abc")')).toBe(false);
    expect(gates('creds=["abc"]')).toBe(true);
    expect(gates('if ("abc" == password) {')).toBe(true);
    expect(gates('if (token === undefined) {')).toBe(false);
    expect(gates('const keys = Object.keys(map);')).toBe(false);
    expect(gates('const keys = Object.keys(map);', 'config/.env')).toBe(true);
    expect(gates('for (const key of keys) {')).toBe(false);
    expect(gates('token.value = "x"')).toBe(true);
    expect(gates('this.token .= "x"')).toBe(true);
    expect(gates('this.token.x')).toBe(false);
    expect(gate.passes('<apiToken>\nabc123\n', 0, 10, 'pom.xml')).toBe(true);
    expect(gate.passes('<a>\nmytoken\n', 4, 11, 'pom.xml')).toBe(true);
    expect(gates('Key = "x"'.replace('K', '\u212a'))).toBe(true);
    expect(gates(`${'a'.repeat(4000)} token`)).toBe(true);
  });

  it('changes no finding in generated documents of names, operators, quotes and values', () => {
    const pieces = [
      ...keywordDetector.keywords,
      'db_password',
      'apiKey',
      'API_TOKEN',
      'auth_token',
      'x-api-key',
      'clientSecret',
      'contraseña',
      'paſſword',
      '\u212aey',
      'bearer',
      'patValue',
      'Object.keys(x)',
      'token.type',
      '$password',
      '@secret',
      '=',
      ' = ',
      ': ',
      ':',
      '=>',
      ':=',
      '==',
      '!=',
      '===',
      '+=',
      ' .= ',
      ', ',
      '(',
      '[',
      ']',
      ')',
      '"',
      "'",
      '`',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '#',
      '//',
      '<apiToken>',
      '</apiToken>',
      '<password id="1">',
      '>',
      '<',
      'é',
      '\u00a0',
      '{an:24}',
      '{l:6}{d:4}{u:6}',
      ' = "{l:6}{d:4}{u:6}"',
      ": ['{l:8}{d:4}{u:6}']",
      '=( "{l:8}{d:4}{u:6}")',
      '"] = "{l:8}{d:4}{u:6}";',
      '{hex:32}',
    ];
    for (let seed = 0; seed < 1500; seed++) {
      const random = seededRandom(seed);
      let document = '';
      const size = 20 + Math.floor(random() * 400);
      while (document.length < size) {
        const piece = pieces[Math.floor(random() * pieces.length)] as string;
        document += piece.includes('{') ? expandTemplate(piece, seed + document.length) : piece;
      }
      expectGateChangesNothing(document, paths[seed % paths.length] as string);
    }
  });

  it('changes no finding on the keyword detector’s own examples', () => {
    for (const template of [
      ...keywordDetector.examples.positive,
      ...keywordDetector.examples.negative,
    ]) {
      for (const path of paths) expectGateChangesNothing(`${expandTemplate(template)}\n`, path);
    }
  });

  it('gives the same lines over bytes as over text', () => {
    const detectors = builtinDetectors.filter(isTextDetector).map(compileDetector);
    const keyword = detectors.findIndex((compiled) => compiled.detector === keywordDetector);
    const overText = new Prefilter(detectors);
    const overBytes = BytePrefilter.build(detectors) as BytePrefilter;
    const keywordHits = (offsets: number[]) => (offset: number, indexes: readonly number[]) => {
      if (indexes.includes(keyword)) offsets.push(offset);
    };
    for (let seed = 0; seed < 300; seed++) {
      const random = seededRandom(seed);
      const lines = Array.from({ length: 20 }, () =>
        [
          ['token', 'db_password', 'Key', 'authz', 'x.secret'][Math.floor(random() * 5)],
          ['', ' ', '"', '"]', ']', '      '][Math.floor(random() * 6)],
          ['=', ':', '=>', ',', '==', '.x', '(', ' '][Math.floor(random() * 8)],
          ['', ' ', '( ', '['][Math.floor(random() * 4)],
          ['"abc', "'", '`x`', 'value', '""'][Math.floor(random() * 5)],
        ].join(''),
      );
      const document = lines.join(['\n', '\r\n', '\r'][seed % 3]);
      const path = paths[seed % paths.length] as string;
      const fromText: number[] = [];
      overText.forEachHit(document, path, keywordHits(fromText));
      fromText.sort((a, b) => a - b);
      const fromBytes: number[] = [];
      overBytes
        .scan(Buffer.from(document), path, 'ascii', 20_000)
        ?.forEachHit(keywordHits(fromBytes));
      expect(fromBytes, document).toEqual(fromText);
    }
  });
});

describe('name words', () => {
  it('are the same in the byte prefilter as in the keyword detector', () => {
    const source = readFileSync('src/scanner/wasm/prefilter.c', 'utf8');
    const list = /name_words\[\] = \{([^}]*)\}/.exec(source)?.[1] ?? '';
    expect([...list.matchAll(/"(\w+)"/g)].map((word) => word[1])).toEqual(nameWordStems);
  });
});
