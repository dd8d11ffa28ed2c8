/**
 * A fleet of secrets for rotation tests: every status the policy below can give, dated relative
 * to a chosen `now`, plus enough ordinary secrets to span many ListSecrets pages. Every secret
 * holds a value generated at test time, so tests can check that none is ever shown.
 */
import { randomBytes } from 'node:crypto';
import type { RotationStatus } from '../../../src/sync/rotation/index.js';
import type { SecretMetadata, SecretsManagerServer } from '../../helpers/secrets-manager-server.js';

/** The policy the fleet is built for. */
export const fleetPolicy = `# rotation policy for the test fleet
warn-days: 14
unmatched: report
ignore: ['legacy/**']
rules: # first match wins
  - name: JWT keys
    match: '**/jwt-*'
    max-age: 30d
  - tag: { class: database }
    max-age: 90d
  - match: ['**/api-key-*', '**/*-token']
    max-age: 180d
  - match: 'app/**'
    max-age: 1y
`;

/** How many ordinary secrets the fleet holds besides the named cases. */
export const bulkCount = 120;

/** A seeded fleet: the planted values, and the status each named case must get. */
export interface Fleet {
  readonly values: readonly string[];
  readonly expected: Readonly<Record<string, RotationStatus>>;
  /** Every secret name, named cases and bulk. */
  readonly names: readonly string[];
}

const day = 86_400;

/** Seeds `server` with the fleet, dates relative to `nowMs`. */
export function seedFleet(server: SecretsManagerServer, nowMs: number): Fleet {
  const now = Math.floor(nowMs / 1000);
  const ago = (days: number) => now - Math.round(days * day);
  const values: string[] = [];
  const names: string[] = [];
  const put = (name: string, metadata: SecretMetadata) => {
    const value = `pv_${randomBytes(18).toString('base64url')}`;
    values.push(value);
    names.push(name);
    server.put({ name, string: value, metadata });
  };
  const database = [{ Key: 'class', Value: 'database' }];
  const cases: [string, SecretMetadata, RotationStatus][] = [
    ['app/jwt-fresh', { lastRotatedDate: ago(10), lastChangedDate: ago(10) }, 'ok'],
    ['app/jwt-soon', { lastRotatedDate: ago(20), lastChangedDate: ago(2) }, 'due-soon'],
    ['app/jwt-stale', { lastChangedDate: ago(45) }, 'overdue'],
    [
      'app/db/main',
      {
        tags: database,
        rotationEnabled: true,
        rotationDays: 30,
        lastRotatedDate: ago(40),
        lastChangedDate: ago(40),
        nextRotationDate: ago(10),
      },
      'rotation-failing',
    ],
    ['app/db/replica', { tags: database, lastChangedDate: ago(100) }, 'overdue'],
    [
      'app/db/reporting',
      {
        tags: database,
        rotationEnabled: true,
        rotationDays: 30,
        lastRotatedDate: ago(10),
        lastChangedDate: ago(10),
        nextRotationDate: ago(-20),
      },
      'ok',
    ],
    ['app/api-key-payments', { lastChangedDate: ago(170) }, 'due-soon'],
    ['ci/deploy-token', { lastChangedDate: ago(200) }, 'overdue'],
    ['legacy/mainframe', { lastChangedDate: ago(2000) }, 'ignored'],
    ['other/unowned', { lastChangedDate: ago(5) }, 'unmanaged'],
    ['app/retired', { lastChangedDate: ago(400), deletedDate: ago(1) }, 'scheduled-for-deletion'],
  ];
  const expected: Record<string, RotationStatus> = {};
  for (const [name, metadata, status] of cases) {
    put(name, metadata);
    expected[name] = status;
  }
  for (let i = 0; i < bulkCount; i++)
    put(`app/bulk/secret-${String(i).padStart(3, '0')}`, {
      lastChangedDate: ago(i),
      tags: [{ Key: 'team', Value: i % 2 === 0 ? 'blue' : 'green' }],
    });
  return { values, expected, names };
}

/** The statuses of the named cases in a JSON report's `secrets`. */
export function statusesOf(
  secrets: readonly { name: string; status: string }[],
  fleet: Fleet,
): Record<string, string> {
  return Object.fromEntries(
    secrets.filter((s) => s.name in fleet.expected).map((s) => [s.name, s.status]),
  );
}

/** Planted values found in any of the texts (none expected). */
export function leakedValues(values: readonly string[], ...texts: string[]): string[] {
  return values.filter((value) => texts.some((text) => text.includes(value)));
}
