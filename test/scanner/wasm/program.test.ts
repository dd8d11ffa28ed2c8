import { describe, expect, it } from 'vitest';
import {
  leadingByteSets,
  leadingLiteral,
  parseProgram,
} from '../../../src/scanner/wasm/program.js';

const codes = (chars: string) => [...chars].map((char) => char.charCodeAt(0));

describe('trigger programs', () => {
  it('turns literals, classes and counted repeats into steps', () => {
    expect(parseProgram('SK[0-9a-f]{32}')).toEqual([
      { members: codes('S'), min: 1, max: 1 },
      { members: codes('K'), min: 1, max: 1 },
      { members: codes('0123456789abcdef'), min: 32, max: 32 },
    ]);
    expect(parseProgram('ey[A-Z_\\-/+]{10,}')?.[2]).toMatchObject({ min: 10, max: 0xffffffff });
    expect(parseProgram('[ \\t]{0,3}\\.x?')).toEqual([
      { members: [9, 32], min: 0, max: 3 },
      { members: codes('.'), min: 1, max: 1 },
      { members: codes('x'), min: 0, max: 1 },
    ]);
  });

  it('refuses what it cannot run over bytes exactly', () => {
    for (const source of [
      '(?:ab)c',
      'a|b',
      '[^a]b',
      '.a',
      'a*?',
      '\\bkey',
      'ña',
      'a+[ab]',
      'a*b?c',
      '[0-9]{1,9}[0-9]{1,9}[0-9]{1,9}',
    ])
      expect(parseProgram(source), source).toBeUndefined();
  });

  it('lets a run go unbounded before a step it shares no byte with', () => {
    expect(parseProgram('data:[ \\t]*[\\r\\n]')?.slice(5)).toEqual([
      { members: [9, 32], min: 0, max: 0xffffffff },
      { members: [10, 13], min: 1, max: 1 },
    ]);
    expect(parseProgram('a+b+')).toHaveLength(2);
  });

  it('knows the literal a program starts with', () => {
    expect(leadingLiteral(parseProgram('live_[a-f0-9]{35}') ?? [])).toEqual(codes('live_'));
    expect(leadingLiteral(parseProgram('[0-9]\\.') ?? [])).toEqual([]);
  });

  it('lists the bytes each leading offset of a match can hold', () => {
    const [first, second, third] = leadingByteSets(parseProgram('[0-9]\\.[0-9]{1,3}') ?? [], 3);
    expect([...(first ?? [])].sort()).toEqual(codes('0123456789').sort());
    expect([...(second ?? [])]).toEqual(codes('.'));
    expect(third?.size).toBe(10);
    // Once the match can have ended, any byte may follow.
    expect(leadingByteSets(parseProgram('ab?') ?? [], 3)[2]?.size).toBe(256);
  });
});
