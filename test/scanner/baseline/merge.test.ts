import { describe, expect, it } from 'vitest';
import { mergeBaselines } from '../../../src/scanner/baseline/index.js';
import { baselineOf, entry } from './fixtures.js';

const h = (char: string) => char.repeat(40);

describe('mergeBaselines', () => {
  it('keeps additions from both sides and drops removals from either', () => {
    const kept = entry({ filename: 'a.py', hashedSecret: h('1'), lineNumber: 1 });
    const gone = entry({ filename: 'a.py', hashedSecret: h('2'), lineNumber: 2 });
    const base = baselineOf([kept, gone]);
    const ours = baselineOf([kept, entry({ filename: 'b1.py', hashedSecret: h('3') })]);
    const theirs = baselineOf([kept, gone, entry({ filename: 'b2.py', hashedSecret: h('4') })]);
    const { baseline, warnings } = mergeBaselines(base, ours, theirs);
    expect(warnings).toEqual([]);
    expect([...baseline.results.keys()]).toEqual(['a.py', 'b1.py', 'b2.py']);
    expect(baseline.results.get('a.py')).toEqual([kept]);
  });

  it('takes a label changed on one side, ours on a clash with a warning, theirs line moves', () => {
    const base = entry({ filename: 'a.py', lineNumber: 3 });
    const ours = { ...base, isSecret: false, reason: 'fixture' };
    const theirs = { ...base, lineNumber: 9, owner: '@team', reason: 'other' };
    const { baseline, warnings } = mergeBaselines(
      baselineOf([base]),
      baselineOf([ours]),
      baselineOf([theirs]),
    );
    expect(baseline.results.get('a.py')).toEqual([
      { ...base, lineNumber: 9, isSecret: false, reason: 'fixture', owner: '@team' },
    ]);
    expect(warnings).toEqual([
      `a.py: Stripe Access Key ${'a'.repeat(12)}…: "reason" was changed on both sides; ours was kept`,
    ]);
  });

  it('counts occurrences: a copy added on each side at different lines is two entries', () => {
    const one = entry({ filename: 'a.py', lineNumber: 1 });
    const base = baselineOf([one]);
    const ours = baselineOf([one, entry({ filename: 'a.py', lineNumber: 5 })]);
    const theirs = baselineOf([one, entry({ filename: 'a.py', lineNumber: 8 })]);
    const lines = (b: ReturnType<typeof baselineOf>) =>
      mergeBaselines(base, ours, b)
        .baseline.results.get('a.py')
        ?.map((item) => item.lineNumber);
    expect(lines(theirs)).toEqual([1, 5, 8]);
    // The same addition on both sides (same line) is one entry.
    expect(lines(ours)).toEqual([1, 5]);
  });

  it('pairs a detect-secrets entry with the fingerprinted one a rescan made of it', () => {
    const old = entry({ filename: 'd.sh', type: 'GitHub Token', lineNumber: 1 });
    const rescanned = { ...old, fingerprint: h('f') };
    const labelled = { ...old, isSecret: true };
    const { baseline } = mergeBaselines(
      baselineOf([old]),
      baselineOf([rescanned]),
      baselineOf([labelled]),
    );
    expect(baseline.results.get('d.sh')).toEqual([{ ...old, fingerprint: h('f'), isSecret: true }]);
  });

  it('merges without an ancestor, and keeps the later generated_at', () => {
    const a = entry({ filename: 'a.py', lineNumber: 1 });
    const ours = { ...baselineOf([a]), generatedAt: '2026-01-02T00:00:00Z' };
    const theirs = { ...baselineOf([a]), generatedAt: '2026-03-04T00:00:00Z' };
    const { baseline, warnings } = mergeBaselines(undefined, ours, theirs);
    expect(warnings).toEqual([]);
    expect(baseline.results.get('a.py')).toEqual([a]);
    expect(baseline.generatedAt).toBe('2026-03-04T00:00:00Z');
  });
});
