import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { durationPattern, monthsPattern } from '../../../src/sync/rotation/duration.js';
import { isoPattern } from '../../../src/sync/rotation/filters.js';
import {
  parseDays,
  parseIsoInstant,
  parseRotationPolicy,
  parseTagFilters,
  RotationPolicyError,
} from '../../../src/sync/rotation/index.js';
import { fleetPolicy } from './fleet.js';

/** The issues of a policy that must not parse. */
function issuesOf(text: string): string[] {
  try {
    parseRotationPolicy(text, 'rotation.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(RotationPolicyError);
    return (error as RotationPolicyError).issues as string[];
  }
  throw new Error('the policy parsed');
}

describe('parseRotationPolicy', () => {
  it('reads the documented example: rules in order, globs, tags, durations, lines', () => {
    const policy = parseRotationPolicy(fleetPolicy, 'rotation.yaml');
    expect(policy.warnDays).toBe(14);
    expect(policy.unmatched).toBe('report');
    expect(policy.ignore).toEqual(['legacy/**']);
    expect(policy.rules).toEqual([
      { index: 1, label: 'JWT keys', line: 6, match: ['**/jwt-*'], tags: {}, maxAgeDays: 30 },
      {
        index: 2,
        label: 'tag class=database',
        line: 9,
        match: [],
        tags: { class: 'database' },
        maxAgeDays: 90,
      },
      {
        index: 3,
        label: '**/api-key-*, **/*-token',
        line: 11,
        match: ['**/api-key-*', '**/*-token'],
        tags: {},
        maxAgeDays: 180,
      },
      { index: 4, label: 'app/**', line: 13, match: ['app/**'], tags: {}, maxAgeDays: 365 },
    ]);
  });

  it('defaults warn-days to 14 and unmatched to report; accepts 0 and plain numbers', () => {
    const policy = parseRotationPolicy("rules: [{ match: '**', max-age: 90 }]");
    expect(policy).toMatchObject({ warnDays: 14, unmatched: 'report', ignore: [] });
    expect(policy.rules[0]?.maxAgeDays).toBe(90);
    expect(
      parseRotationPolicy("warn-days: 0\nrules: [{ match: '**', max-age: 2w }]").warnDays,
    ).toBe(0);
  });

  it('reports every problem at once, each with its line', () => {
    const issues = issuesOf(
      [
        'warn-days: soon', // 1
        'unmatched: maybe', // 2
        'colour: blue', // 3
        'rules:', // 4
        "  - match: '**/jwt-*'", // 5
        '    max-age: 6m', // 6
        "  - match: 'db/*'", // 7
        "  - tag: 'database'", // 8
        '    max-age: 90d', // 9
        '  - max-age: 30d', // 10
        "  - { match: '**', max-age: 30d, maxage: 1 }", // 11
      ].join('\n'),
    );
    expect(issues).toEqual([
      "rotation.yaml line 3: unknown key 'colour' (expected one of warn-days, unmatched, rules, ignore)",
      "rotation.yaml line 1: warn-days: 'soon' is not a duration such as 30d, 12w or 1y",
      'rotation.yaml line 2: unmatched must be report, ignore, fail',
      "rotation.yaml line 6: max-age: '6m' is not a duration such as 30d, 12w or 1y (months vary in length: write 30d, 90d or 180d)",
      'rotation.yaml line 7: rule 2 needs max-age (such as 90d)',
      'rotation.yaml line 8: tag must be a mapping such as { class: database }',
      'rotation.yaml line 10: rule 4 needs match (name globs) or tag (key: value)',
      "rotation.yaml line 11: unknown key 'maxage' (expected one of name, match, tag, max-age)",
    ]);
  });

  it('names the line of a YAML syntax error, such as an unquoted glob (* starts an alias)', () => {
    const issues = issuesOf('rules:\n  - match: **/jwt-*\n    max-age: 30d\n');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatch(/^rotation\.yaml line 2: /);
  });

  it('refuses a policy without rules, or that is not a mapping', () => {
    expect(issuesOf('warn-days: 3\n')).toEqual([
      'rotation.yaml: rules must be a non-empty list (first match wins)',
    ]);
    expect(issuesOf('rules: []\n')).toEqual([
      'rotation.yaml line 1: rules must be a non-empty list (first match wins)',
    ]);
    expect(() => parseRotationPolicy('- a\n', 'p.yaml')).toThrow(/p\.yaml: expected a mapping/);
  });
});

describe('durations, tag filters and --now', () => {
  it('reads days, weeks and years; refuses months, zero and words', () => {
    expect(parseDays('30d')).toEqual({ days: 30 });
    expect(parseDays('12w')).toEqual({ days: 84 });
    expect(parseDays('1y')).toEqual({ days: 365 });
    expect(parseDays('45')).toEqual({ days: 45 });
    expect(parseDays('6m')).toHaveProperty('problem');
    expect(parseDays('0d')).toEqual({ problem: "'0d' is zero days" });
    expect(parseDays('a month')).toHaveProperty('problem');
  });

  it('reads tag filters: key=value, key alone or key=* for any value', () => {
    expect(parseTagFilters(['env=prod', 'team', 'tier=*'])).toEqual({
      tags: { env: 'prod', team: '*', tier: '*' },
    });
    expect(parseTagFilters(['=x'])).toHaveProperty('problem');
    expect(parseTagFilters(['env=a', 'env=b'])).toHaveProperty('problem');
  });

  it('reads ISO dates and zoned date-times only', () => {
    expect(parseIsoInstant('2025-01-31')?.toISOString()).toBe('2025-01-31T00:00:00.000Z');
    expect(parseIsoInstant('2025-01-31T12:30:00+02:00')?.toISOString()).toBe(
      '2025-01-31T10:30:00.000Z',
    );
    expect(parseIsoInstant('2025-01-31T12:30:00')).toBeUndefined(); // no zone: not reproducible
    expect(parseIsoInstant('2025-02-30')).toBeUndefined();
    expect(parseIsoInstant('yesterday')).toBeUndefined();
  });
});

describe('linear-time patterns', () => {
  it.each([
    ['duration', durationPattern],
    ['months', monthsPattern],
    ['iso', isoPattern],
  ])('%s has no super-linear backtracking', (_, pattern) => {
    const result = checkSync(pattern.source, pattern.flags, {
      checker: 'automaton',
      timeout: 20_000,
    });
    expect(result.status, JSON.stringify(result)).toBe('safe');
  });
});
