import { describe, expect, it } from 'vitest';
import {
  evaluateRotation,
  formatRotationTable,
  parseRotationPolicy,
  type SecretRotationFacts,
} from '../../../src/sync/rotation/index.js';
import { fleetPolicy } from './fleet.js';

const now = new Date('2025-03-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const policy = parseRotationPolicy(fleetPolicy, 'rotation.yaml');

function secret(name: string, facts: Partial<SecretRotationFacts> = {}): SecretRotationFacts {
  return { name, rotationEnabled: false, tags: {}, createdDate: daysAgo(500), ...facts };
}

describe('evaluateRotation', () => {
  it('counts the age from LastRotatedDate, else LastChangedDate, else CreatedDate, and says which', () => {
    const report = evaluateRotation(
      [
        secret('app/a', { lastRotatedDate: daysAgo(5), lastChangedDate: daysAgo(1) }),
        secret('app/b', { lastChangedDate: daysAgo(7) }),
        secret('app/c', { createdDate: daysAgo(9) }),
      ],
      policy,
      { now },
    );
    expect(report.findings.map((f) => [f.name, f.ageFrom, f.ageDays])).toEqual([
      ['app/a', 'LastRotatedDate', 5],
      ['app/b', 'LastChangedDate', 7],
      ['app/c', 'CreatedDate', 9],
    ]);
    expect(report.findings[0]).toMatchObject({
      ageFromDate: '2025-02-24T00:00:00.000Z',
      dueDate: '2026-02-24T00:00:00.000Z',
      daysLeft: 360,
      rule: { index: 4, label: 'app/**', maxAgeDays: 365 },
    });
  });

  it('takes the first matching rule, by glob or by tag', () => {
    const report = evaluateRotation(
      [
        // The tag rule comes second: a JWT key tagged database still gets the JWT rule.
        secret('app/jwt-signing', { lastChangedDate: daysAgo(1), tags: { class: 'database' } }),
        secret('app/pg', { lastChangedDate: daysAgo(1), tags: { class: 'database' } }),
        secret('app/pg-other', { lastChangedDate: daysAgo(1), tags: { class: 'cache' } }),
        secret('svc/npm-token', { lastChangedDate: daysAgo(1) }),
      ],
      policy,
      { now },
    );
    expect(Object.fromEntries(report.findings.map((f) => [f.name, f.rule?.index]))).toEqual({
      'app/jwt-signing': 1,
      'app/pg': 2,
      'app/pg-other': 4,
      'svc/npm-token': 3,
    });
  });

  it('gives each status, sorted by severity then name, with counts', () => {
    const report = evaluateRotation(
      [
        secret('app/zz-ok', { lastChangedDate: daysAgo(10) }),
        secret('app/jwt-due', { lastChangedDate: daysAgo(20) }),
        secret('app/jwt-late', { lastChangedDate: daysAgo(31) }),
        secret('app/jwt-failing', {
          rotationEnabled: true,
          lastRotatedDate: daysAgo(1),
          nextRotationDate: daysAgo(0.5),
        }),
        secret('nowhere/x'),
        secret('legacy/y'),
        secret('app/gone', { deletedDate: daysAgo(1) }),
      ],
      policy,
      { now },
    );
    expect(report.findings.map((f) => [f.status, f.name, f.failing])).toEqual([
      ['rotation-failing', 'app/jwt-failing', true],
      ['overdue', 'app/jwt-late', true],
      ['due-soon', 'app/jwt-due', false],
      ['unmanaged', 'nowhere/x', false],
      ['ok', 'app/zz-ok', false],
      ['ignored', 'legacy/y', false],
      ['scheduled-for-deletion', 'app/gone', false],
    ]);
    expect(report.counts).toEqual({
      'rotation-failing': 1,
      overdue: 1,
      'due-soon': 1,
      unmanaged: 1,
      ok: 1,
      ignored: 1,
      'scheduled-for-deletion': 1,
    });
    expect(report.failing).toBe(true);
    expect(report.findings[1]).toMatchObject({ ageDays: 31, daysLeft: -1 });
  });

  it('puts the boundary where the due date is: exactly max-age is not yet overdue', () => {
    const at = (days: number) =>
      evaluateRotation([secret('app/jwt-k', { lastChangedDate: daysAgo(days) })], policy, { now })
        .findings[0]?.status;
    expect(at(15.9)).toBe('ok');
    expect(at(16)).toBe('due-soon');
    expect(at(30)).toBe('due-soon');
    expect(at(30.001)).toBe('overdue');
  });

  it('lets --warn-days override the policy, and 0 turns due-soon off', () => {
    const facts = [secret('app/jwt-k', { lastChangedDate: daysAgo(20) })];
    expect(evaluateRotation(facts, policy, { now, warnDays: 5 }).findings[0]?.status).toBe('ok');
    expect(evaluateRotation(facts, policy, { now, warnDays: 0 }).findings[0]?.status).toBe('ok');
    expect(evaluateRotation(facts, policy, { now, warnDays: 10 }).warnDays).toBe(10);
  });

  it('handles unmatched secrets as the policy says: report, ignore or fail', () => {
    const facts = [secret('nowhere/x')];
    const mode = (unmatched: string) =>
      evaluateRotation(
        facts,
        parseRotationPolicy(`unmatched: ${unmatched}\nrules: [{ match: 'app/**', max-age: 30d }]`),
        { now },
      );
    expect(mode('report')).toMatchObject({ failing: false, counts: { unmanaged: 1 } });
    expect(mode('ignore').findings).toEqual([]);
    expect(mode('fail')).toMatchObject({ failing: true, counts: { unmanaged: 1 } });
  });

  it('notes an automatic schedule slower than max-age, and does not fail a disabled rotation on NextRotationDate', () => {
    const report = evaluateRotation(
      [
        secret('app/jwt-slow', {
          rotationEnabled: true,
          rotationDays: 90,
          lastRotatedDate: daysAgo(1),
          nextRotationDate: daysAgo(-89),
        }),
        secret('app/jwt-off', { lastRotatedDate: daysAgo(1), nextRotationDate: daysAgo(3) }),
      ],
      policy,
      { now },
    );
    expect(report.findings.map((f) => [f.name, f.status, f.note])).toEqual([
      ['app/jwt-off', 'ok', undefined],
      ['app/jwt-slow', 'ok', 'automatic rotation every 90 days is slower than max-age 30 days'],
    ]);
  });

  it('formats a table with one row per secret, notes under their row, and the counts', () => {
    const report = evaluateRotation(
      [
        secret('app/jwt-late', { lastChangedDate: daysAgo(31) }),
        secret('app/db', {
          tags: { class: 'database' },
          rotationEnabled: true,
          lastRotatedDate: daysAgo(2),
          nextRotationDate: daysAgo(1),
        }),
      ],
      policy,
      { now },
    );
    expect(formatRotationTable(report)).toBe(
      [
        'STATUS            SECRET        AGE  MAX  DUE         LEFT  AGE FROM         RULE',
        'rotation-failing  app/db        2d   90d  2025-05-28  88    LastRotatedDate  2: tag class=database',
        "                  note: rotation is enabled but NextRotationDate 2025-02-28 has passed: check the rotation function's logs",
        'overdue           app/jwt-late  31d  30d  2025-02-28  -1    LastChangedDate  1: JWT keys',
        '',
        '2 secrets: 1 rotation-failing, 1 overdue (at 2025-03-01T00:00:00.000Z, warn-days 14)',
        '',
      ].join('\n'),
    );
  });
});
