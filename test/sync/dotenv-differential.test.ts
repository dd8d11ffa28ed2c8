/**
 * Our `.env` parser against the real `dotenv` package: hand-picked lines and thousands of
 * generated files must give the same key → value map as `dotenv.parse`.
 */
import { parse as dotenvParse } from 'dotenv';
import { describe, expect, test } from 'vitest';
import { parseDotenv } from '../../src/sync/env/index.js';

/** What dotenv returns: the last entry of a key wins. */
function ours(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of parseDotenv(text).entries) result[entry.key] = entry.value;
  return result;
}

const samples = [
  'A=1\nB=two words\n',
  'export TOKEN=abc # comment\n',
  'Q="double # not a comment"\n',
  "S='single \\n stays'\n",
  'D="line\\nbreak"\n',
  'B=`back`tick`\n',
  'M="first\nsecond\nthird"\nAFTER=x\n',
  'CRLF=1\r\nNEXT="a\r\nb"\r\n',
  'LONE=1\rCR=2\r',
  'SP =  spaced   \n',
  'COLON: value\n',
  '# only a comment\n\n   \nK=v',
  'EMPTY=\nEMPTY2=""\n',
  'HASH=a#b\nHASH2=a #b\n',
  'ESC="a \\"quoted\\" b"\n',
  'UNCLOSED="never closed\nNEXT=1\n',
  'DUP=1\nDUP=2\n',
  'dotted.key-name=1\n',
  'URL=postgres://user:pw@host:5432/db?x=1#frag\n',
  'REF=${OTHER}\nOTHER=$REF\n',
  '\uFEFFBOM=1\n',
];

describe('parseDotenv agrees with dotenv.parse', () => {
  test.each(samples.map((text) => [JSON.stringify(text), text]))('%s', (_label, text) => {
    expect(ours(text)).toEqual(dotenvParse(text));
  });

  test('on 5,000 generated files', () => {
    // A small deterministic generator: reproducible failures, no dependency on Math.random.
    let seed = 0x2545f491;
    const next = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const pick = <T>(items: readonly T[]): T => items[next(items.length)] as T;
    const keys = ['A', 'KEY', 'api_key', 'x.y', 'a-b', 'export', 'K1', '_U'];
    const pieces = [
      'x',
      'y z',
      '#',
      ' #c',
      '"',
      "'",
      '`',
      '\\n',
      '\\"',
      '=',
      ':',
      ' ',
      '\t',
      '$V',
      '${V}',
      'é',
      '\\',
    ];
    const breaks = ['\n', '\r\n', '\r'];
    for (let file = 0; file < 5_000; file++) {
      let text = '';
      const lines = 1 + next(6);
      for (let l = 0; l < lines; l++) {
        const kind = next(10);
        if (kind === 0) text += `# ${pick(pieces)}`;
        else if (kind === 1) text += pick([' ', '', '\t']);
        else {
          const quote = pick(['', '', '"', "'", '`']);
          let value = '';
          for (let p = next(5); p > 0; p--) value += pick(pieces);
          if (next(4) === 0) value += pick(breaks) + pick(pieces);
          const close = next(6) === 0 ? '' : quote;
          text +=
            (next(5) === 0 ? 'export ' : '') +
            pick(keys) +
            pick(['=', ' = ', ': ', '=']) +
            quote +
            value +
            close +
            (next(4) === 0 ? ` # ${pick(pieces)}` : '');
        }
        text += pick(breaks);
      }
      expect(ours(text), JSON.stringify(text)).toEqual(dotenvParse(text));
    }
  });
});
