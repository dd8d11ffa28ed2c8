import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exclusionsFromBaseline,
  parseBaseline,
  translatePythonRegex,
} from '../../../src/scanner/baseline/index.js';
import { BaselineError } from '../../../src/shared/errors.js';
import { baselineOf } from './fixtures.js';

const scenario = resolve(__dirname, '../../../../shared/interop/detect-secrets/06-exclusions');
const present = existsSync(scenario);
if (!present) console.warn(`skipping the 06-exclusions sample tests: ${scenario} is absent`);

const filter = (kind: string, pattern: unknown) => ({
  path: `detect_secrets.filters.regex.should_exclude_${kind}`,
  pattern,
});

function translated(pattern: string): RegExp {
  const result = translatePythonRegex(pattern);
  if (!('regex' in result)) throw new Error(result.problem);
  return result.regex;
}

describe('translatePythonRegex', () => {
  it('keeps what both languages read alike', () => {
    expect(translated('test/.*').source).toBe('test\\/.*');
    expect(translated('\\.md$').test('docs/a.md')).toBe(true);
    expect(translated('^dummy').test('x dummy')).toBe(false);
  });

  it('turns leading inline flags into JavaScript flags', () => {
    const regex = translated('(?i)(?s)^secret.x');
    expect(regex.flags).toBe('is');
    expect(regex.test('SECRET\nx')).toBe(true);
    expect(translated('(?u)abc').flags).toBe('');
  });

  it('translates named groups, backreferences, \\A, \\Z, comments and {,n}', () => {
    expect(translated('(?P<q>["\'])x(?P=q)').test('"x"')).toBe(true);
    expect(translated('(?P<q>["\'])x(?P=q)').test('"x\'')).toBe(false);
    expect(translated('\\Atest/').test('test/a')).toBe(true);
    expect(translated('\\Atest/').test('a/test/a')).toBe(false);
    expect(translated('\\.py\\Z').test('a.py')).toBe(true);
    expect(translated('a(?# why)b').test('ab')).toBe(true);
    expect(translated('^a{,2}$').test('aa')).toBe(true);
    expect(translated('^a{,2}$').test('aaa')).toBe(false);
  });

  it("reads a ']' first in a class as a literal, as Python does", () => {
    expect(translated('[]x]').test(']')).toBe(true);
    expect(translated('[^]x]').test(']')).toBe(false);
    expect(translated('[^]x]').test('y')).toBe(true);
    expect(translated('[(?P<]').test('P')).toBe(true);
  });

  it('names what cannot be translated', () => {
    for (const [pattern, problem] of [
      ['(?x) a b', '(?x)'],
      ['(?L)a', '(?L)'],
      ['a(?i)b', 'only supported at the start'],
      ['\\U0001F600', '\\U'],
      ['(?>a)', 'JavaScript cannot compile it'],
      ['a++', 'JavaScript cannot compile it'],
      ['a\\', 'lone backslash'],
    ])
      expect(translatePythonRegex(pattern as string)).toEqual({
        problem: expect.stringContaining(problem as string),
      });
  });
});

describe('exclusionsFromBaseline', () => {
  it('collects the three filters, and nothing from a baseline without them', () => {
    const baseline = baselineOf([]);
    expect(exclusionsFromBaseline(baseline, 'b')).toEqual({ files: [], lines: [], secrets: [] });
    baseline.filtersUsed = [
      filter('file', ['a', 'b']),
      filter('line', 'old-style string'),
      filter('secret', ['^x']),
    ];
    const found = exclusionsFromBaseline(baseline, 'b');
    expect(found.files.map(String)).toEqual(['/a/', '/b/']);
    expect(found.lines.map(String)).toEqual(['/old-style string/']);
    expect(found.secrets.map(String)).toEqual(['/^x/']);
  });

  it('rejects an untranslatable pattern, naming it (a secret pattern by position only)', () => {
    const baseline = baselineOf([]);
    baseline.filtersUsed = [filter('line', ['(?x) EXAMPLE'])];
    expect(() => exclusionsFromBaseline(baseline, '.secrets.baseline')).toThrow(
      /\.secrets\.baseline: the --exclude-lines pattern "\(\?x\) EXAMPLE" .*\(\?x\)/,
    );
    baseline.filtersUsed = [filter('secret', ['ok', '(?x) hidden-value'])];
    let error: unknown;
    try {
      exclusionsFromBaseline(baseline, 'b');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BaselineError);
    expect((error as Error).message).toContain('pattern 2 of its --exclude-secrets patterns');
    expect((error as Error).message).not.toContain('hidden-value');
    baseline.filtersUsed = [filter('file', [1])];
    expect(() => exclusionsFromBaseline(baseline, 'b')).toThrow(/not a list of strings/);
  });

  it.skipIf(!present)('reads the patterns detect-secrets 1.5.0 stored (06-exclusions)', () => {
    const text = readFileSync(resolve(scenario, 'out/scan-excludes-repeated.stdout'), 'utf8');
    const found = exclusionsFromBaseline(parseBaseline(text, 'sample'), 'sample');
    expect(found.files.map((regex) => regex.test('test/test_config.py'))).toEqual([true, false]);
    expect(found.files.some((regex) => regex.test('docs/setup.md'))).toBe(true);
    expect(found.files.some((regex) => regex.test('app/config.py'))).toBe(false);
    expect(found.lines.some((regex) => regex.test('x = 1  # pragma: example'))).toBe(true);
    expect(found.secrets.some((regex) => regex.test('dummy-1'))).toBe(true);
    expect(found.secrets.some((regex) => regex.test('contraseña-falsa'))).toBe(true);
  });
});
