import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../../src/scanner/baseline/index.js';
import { baselineOf, entry, finding } from './fixtures.js';

const now = new Date('2030-06-01T00:00:00Z');
const ghpHash = 'e175c6f5f2a92e8623bd9a4820edb4e8c1b0fd10';

describe('compareWithBaseline', () => {
  it('matches by file, type and hash, never by line', () => {
    const result = compareWithBaseline(
      [finding({ file: 'a.py', line: 40 })],
      baselineOf([entry({ filename: 'a.py', lineNumber: 1 })]),
      { now },
    );
    expect(result.known).toHaveLength(1);
    expect(result.unknown).toEqual([]);
    const otherType = compareWithBaseline(
      [finding({ file: 'a.py', line: 1, secretType: 'Secret Keyword' })],
      baselineOf([entry({ filename: 'a.py', lineNumber: 1 })]),
      { now },
    );
    expect(otherType.unknown).toHaveLength(1);
    const otherFile = compareWithBaseline(
      [finding({ file: 'b.py', line: 1 })],
      baselineOf([entry({ filename: 'a.py', lineNumber: 1 })]),
      { now, files: ['b.py'] },
    );
    expect(otherFile.unknown).toHaveLength(1);
    // a.py was not scanned, so its entry is not stale.
    expect(otherFile.stale).toEqual([]);
  });

  it('counts occurrences: one entry covers one copy', () => {
    const findings = [finding({ file: 'a.py', line: 1 }), finding({ file: 'a.py', line: 9 })];
    const one = compareWithBaseline(
      findings,
      baselineOf([entry({ filename: 'a.py', lineNumber: 9 })]),
      { now },
    );
    expect(one.known.map(([found]) => found.line)).toEqual([9]);
    expect(one.unknown.map((found) => found.line)).toEqual([1]);
    const two = compareWithBaseline(
      findings,
      baselineOf([
        entry({ filename: 'a.py', lineNumber: 3 }),
        entry({ filename: 'a.py', lineNumber: 4 }),
      ]),
      { now },
    );
    expect(two.unknown).toEqual([]);
  });

  it("keeps detect-secrets' GitHub quirk up to the count, and tells fingerprinted tokens apart", () => {
    const tokens = [
      finding({
        file: 'd.sh',
        line: 1,
        secretType: 'GitHub Token',
        hashedSecret: ghpHash,
        fingerprint: '1'.repeat(40),
      }),
      finding({
        file: 'd.sh',
        line: 2,
        secretType: 'GitHub Token',
        hashedSecret: ghpHash,
        fingerprint: '2'.repeat(40),
      }),
    ];
    const quirk = compareWithBaseline(
      tokens,
      baselineOf([
        entry({ filename: 'd.sh', type: 'GitHub Token', hashedSecret: ghpHash, lineNumber: 7 }),
      ]),
      { now },
    );
    expect(quirk.known).toHaveLength(1);
    expect(quirk.unknown).toHaveLength(1);
    const exact = compareWithBaseline(
      tokens,
      baselineOf([
        entry({
          filename: 'd.sh',
          type: 'GitHub Token',
          hashedSecret: ghpHash,
          fingerprint: '2'.repeat(40),
        }),
      ]),
      { now },
    );
    expect(exact.known.map(([found]) => found.line)).toEqual([2]);
    expect(exact.unknown.map((found) => found.line)).toEqual([1]);
  });

  it('reports expired entries and stale ones', () => {
    const result = compareWithBaseline(
      [finding({ file: 'a.py', line: 1 })],
      baselineOf([
        entry({ filename: 'a.py', expires: '2030-05-31' }),
        entry({ filename: 'a.py', hashedSecret: 'b'.repeat(40) }),
      ]),
      { now, files: ['a.py'] },
    );
    expect(result.expired).toHaveLength(1);
    expect(result.known).toEqual([]);
    expect(result.stale.map((item) => item.hashedSecret)).toEqual(['b'.repeat(40)]);
    const later = compareWithBaseline(
      [finding({ file: 'a.py', line: 1 })],
      baselineOf([entry({ filename: 'a.py', expires: '2030-06-02' })]),
      { now },
    );
    expect(later.known).toHaveLength(1);
  });
});
