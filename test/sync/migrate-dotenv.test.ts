import { describe, expect, it } from 'vitest';
import {
  duplicateKeys,
  exampleText,
  findReferences,
  isOnlyReferences,
  parseDotenv,
  removeEntries,
} from '../../src/sync/env/index.js';

const values = (text: string) =>
  Object.fromEntries(parseDotenv(text).entries.map((e) => [e.key, e.value]));

describe('parseDotenv reads .env as the dotenv package does', () => {
  it.each([
    ['KEY=value', 'value'],
    ['export KEY=value', 'value'],
    ['  KEY = value  ', 'value'],
    ['KEY: value', 'value'],
    ["KEY='single # kept'", 'single # kept'],
    ['KEY="double # kept"', 'double # kept'],
    ['KEY=`back # kept`', 'back # kept'],
    ['KEY=unquoted # comment', 'unquoted'],
    ['KEY=cut#here', 'cut'],
    ['KEY=', ''],
    ['KEY=   # only a comment', ''],
    ['KEY="a\\nb"', 'a\nb'],
    ['KEY="a\\rb"', 'a\rb'],
    ["KEY='a\\nb'", 'a\\nb'],
    ['KEY=a\\nb', 'a\\nb'],
    ['KEY="a\\"b"', 'a\\"b'],
    ['KEY=""', ''],
    ['KEY="unclosed', '"unclosed'],
    ['KEY="a" trailing', '"a" trailing'],
    ['KEY="a"# tight comment', 'a'],
    ['KEY={"json": "object"}', '{"json": "object"}'],
    ['KEY=https://user:pw@host/db?x=1', 'https://user:pw@host/db?x=1'],
    ['\uFEFFKEY=bom', 'bom'],
  ])('%j → %j', (line, expected) => {
    expect(values(line)).toEqual({ KEY: expected });
  });

  it('reads multi-line quoted values, CRLF and lone CR line breaks, and comment lines', () => {
    const text =
      '# header\r\nA="line one\r\nline two" # tail\r\n\r\nB=two\rC=\'x\ny\'\n   # indented comment\nD=4';
    expect(values(text)).toEqual({ A: 'line one\nline two', B: 'two', C: 'x\ny', D: '4' });
    const entries = parseDotenv(text).entries;
    expect(entries.map((e) => [e.key, e.line, e.endLine])).toEqual([
      ['A', 2, 3],
      ['B', 5, 5],
      ['C', 6, 7],
      ['D', 9, 9],
    ]);
  });

  it('keys may hold dots and hyphens; export can itself be a key', () => {
    expect(values('a.b-c=1\nexport=2\nexport  X=3')).toEqual({ 'a.b-c': '1', export: '2', X: '3' });
  });

  it('says which lines dotenv ignores or reads surprisingly, never with their values', () => {
    const { notices } = parseDotenv('just words\nA=zqv1#zqv2\nB="zqv3\nC=ok\n');
    expect(notices).toEqual([
      { line: 1, message: 'not KEY=value; dotenv ignores this line' },
      expect.objectContaining({ line: 2, message: expect.stringContaining("stops at '#'") }),
      expect.objectContaining({ line: 3, message: expect.stringContaining('closing quote') }),
    ]);
    expect(JSON.stringify(notices)).not.toMatch(/zqv|words/);
  });

  it('finds duplicate keys with both lines', () => {
    const { entries } = parseDotenv('A=1\nB=2\n\nA=3\n');
    expect(duplicateKeys(entries)).toEqual([{ key: 'A', first: 1, second: 4 }]);
  });

  it('parses a large file in linear time', () => {
    const text = 'K="\\"'.repeat(20_000) + '\n' + "Q='".repeat(20_000);
    const started = performance.now();
    parseDotenv(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('findReferences follows dotenv-expand', () => {
  it.each([
    ['${DB_PASSWORD}', ['DB_PASSWORD'], true],
    ['$HOME', ['HOME'], true],
    ['${A}${B}', ['A', 'B'], true],
    ['${A:-fallback}', ['A'], false],
    ['${A-fallback}', ['A'], false],
    ['postgres://u:${PW}@h/db', ['PW'], false],
    ['\\$NOT_A_REF', [], false],
    ['$(command)', [], false],
    ['price $', [], false],
    ['pa$$word', ['word'], false],
  ])('%j', (value, names, only) => {
    const found = findReferences(value);
    expect(found.references.map((r) => r.name)).toEqual(names);
    expect(isOnlyReferences(found)).toBe(only);
  });
});

describe('removeEntries keeps every other byte', () => {
  it('drops the migrated entries (multi-line included) and nothing else', () => {
    const text =
      '# top comment\r\nLOG_LEVEL=info # keep\r\nBLOCK="multi\r\nline" # goes\r\n\r\n# next\r\nPORT=8080\r\nTOKEN=x';
    const { entries } = parseDotenv(text);
    expect(removeEntries(text, entries, new Set(['BLOCK', 'TOKEN']))).toBe(
      '# top comment\r\nLOG_LEVEL=info # keep\r\n\r\n# next\r\nPORT=8080\r\n',
    );
    expect(removeEntries(text, entries, new Set())).toBe(text);
  });
});

describe('exampleText', () => {
  it('lists every key with an empty value', () => {
    expect(exampleText(['A', 'B'])).toMatch(/^#.*\n#.*\nA=\nB=\n$/);
  });

  it('merges into a hand-made example: existing lines kept, missing keys appended', () => {
    const existing = '# mine\nA=documented default\n';
    expect(exampleText(['A', 'B'], existing)).toBe(
      '# mine\nA=documented default\n# added by secrets-action migrate\nB=\n',
    );
    expect(exampleText(['A'], existing)).toBeUndefined();
    expect(exampleText(['B'], 'A=1')).toBe('A=1\n# added by secrets-action migrate\nB=\n');
  });
});
