import { describe, expect, it } from 'vitest';
import { updateBaseline } from '../../../src/scanner/baseline/index.js';
import { baselineOf, entry, finding } from './fixtures.js';

const exists = () => true;

describe('updateBaseline', () => {
  it('creates a baseline with the detect-secrets defaults', () => {
    const { baseline, added } = updateBaseline(
      undefined,
      [finding({ file: 'a.py', line: 2 })],
      ['a.py'],
      {
        fileExists: exists,
        baselineFile: '.secrets.baseline',
      },
    );
    expect(baseline.version).toBe('1.5.0');
    expect(baseline.pluginsUsed).toHaveLength(27);
    expect(baseline.filtersUsed).toContainEqual({
      path: 'detect_secrets.filters.common.is_baseline_file',
      filename: '.secrets.baseline',
    });
    expect(baseline.generatedAt).toBeUndefined();
    expect(added).toMatchObject([{ filename: 'a.py', lineNumber: 2 }]);
    expect(added[0]?.fingerprint).toBeUndefined();
  });

  it('keeps labels, moves lines, drops stale entries and files that are gone', () => {
    const previous = baselineOf([
      entry({
        filename: 'a.py',
        lineNumber: 1,
        isSecret: false,
        reason: 'fixture',
        expires: '2031-01-01',
      }),
      entry({ filename: 'a.py', lineNumber: 5, hashedSecret: 'b'.repeat(40) }),
      entry({ filename: 'gone.py', lineNumber: 1 }),
      entry({ filename: 'skipped.py', lineNumber: 1 }),
    ]);
    const { baseline, removed, added } = updateBaseline(
      previous,
      [finding({ file: 'a.py', line: 7 })],
      ['a.py'],
      { fileExists: (file) => file !== 'gone.py' },
    );
    expect(baseline.results.get('a.py')).toEqual([
      entry({
        filename: 'a.py',
        lineNumber: 7,
        isSecret: false,
        reason: 'fixture',
        expires: '2031-01-01',
      }),
    ]);
    expect(baseline.results.has('skipped.py')).toBe(true);
    expect(removed.map((item) => item.filename).sort()).toEqual(['a.py', 'gone.py']);
    expect(added).toEqual([]);
  });

  it('keeps a slim baseline slim', () => {
    const previous = baselineOf([entry({ filename: 'a.py' })]);
    const { baseline } = updateBaseline(
      previous,
      [
        finding({ file: 'a.py', line: 3 }),
        finding({ file: 'a.py', line: 1, hashedSecret: 'c'.repeat(40) }),
      ],
      ['a.py'],
      { fileExists: exists },
    );
    expect(
      baseline.results.get('a.py')?.map((item) => [item.hashedSecret[0], item.lineNumber]),
    ).toEqual([
      ['c', undefined],
      ['a', undefined],
    ]);
  });

  it('writes generated_at only when asked, and keeps an existing one otherwise', () => {
    const previous = { ...baselineOf([]), generatedAt: '2020-01-01T00:00:00Z' };
    const now = new Date('2030-01-02T03:04:05.678Z');
    expect(updateBaseline(previous, [], [], { fileExists: exists, now }).baseline.generatedAt).toBe(
      '2020-01-01T00:00:00Z',
    );
    expect(
      updateBaseline(undefined, [], [], { fileExists: exists, now, timestamp: true }).baseline
        .generatedAt,
    ).toBe('2030-01-02T03:04:05Z');
  });
});
