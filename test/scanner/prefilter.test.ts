import { describe, expect, it } from 'vitest';
import { KeywordMatcher } from '../../src/scanner/keyword-matcher.js';
import { literalStart, topLevelAlternatives } from '../../src/scanner/prefilter.js';

function matches(matcher: KeywordMatcher<string>, text: string): [number, string][] {
  const found: [number, string][] = [];
  matcher.forEachMatch(text, (start, value) => found.push([start, value]));
  return found.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
}

describe('KeywordMatcher', () => {
  const matcher = new KeywordMatcher(
    new Map([
      ['token', 'token'],
      ['token_', 'token_'],
      ['hf_', 'hf'],
      ['contraseña', 'es'],
      ['ab', 'short'],
    ]),
    [{ literal: 'SK', confirm: /SK[0-9a-f]{4}/y, value: 'anchor' }],
  );

  it('finds every keyword case-insensitively, overlapping ones included', () => {
    expect(matches(matcher, 'API_TOKEN_X hf_1 Token')).toEqual([
      [4, 'token'],
      [4, 'token_'],
      [12, 'hf'],
      [17, 'token'],
    ]);
  });

  it('matches keywords beyond ASCII, in either case', () => {
    expect(matches(matcher, 'CONTRASEÑA=x contraseña=y')).toEqual([
      [0, 'es'],
      [13, 'es'],
    ]);
  });

  it('matches one- and two-character keywords too', () => {
    expect(matches(matcher, 'xAby')).toEqual([[1, 'short']]);
  });

  it('reports an anchor only where its pattern confirms it, case-sensitively', () => {
    expect(
      matches(matcher, 'SK0b12 SKzz sk1234 TASK0000').filter(([, v]) => v === 'anchor'),
    ).toEqual([
      [0, 'anchor'],
      [21, 'anchor'],
    ]);
  });

  it('does not read past the end of the text', () => {
    expect(matches(matcher, 'tok')).toEqual([]);
    expect(matches(matcher, 'toke')).toEqual([]);
  });
});

describe('trigger anchors', () => {
  it('takes up to four literal characters from the start of a pattern', () => {
    expect(literalStart('SK[0-9a-f]{32}')).toBe('SK');
    expect(literalStart('pat[A-Za-z0-9]{14}')).toBe('pat');
    expect(literalStart('bedrock')).toBe('bedr');
    expect(literalStart('\\.[a-z]{6}')).toBe('.');
    expect(literalStart('ab?c')).toBe('a');
    expect(literalStart('(?:a|b)c')).toBe('');
  });

  it('splits only at top-level alternation', () => {
    expect(topLevelAlternatives('ab|c(d|e)|[|]f')).toEqual(['ab', 'c(d|e)', '[|]f']);
    expect(topLevelAlternatives('a\\|b')).toEqual(['a\\|b']);
  });
});
