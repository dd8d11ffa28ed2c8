import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';
import {
  bulkCount,
  fleetPolicy,
  leakedValues,
  seedFleet,
  statusesOf,
  type Fleet,
} from '../sync/rotation/fleet.js';
import { RotationJob, rotationBundle, type RotationStepResult } from './rotation-runner.js';

interface JsonReport {
  counts: Record<string, number>;
  secrets: { name: string; status: string }[];
}

describe('the bundled rotation Action, run like the runner runs it', () => {
  let server: SecretsManagerServer;
  let fleet: Fleet;
  let job: RotationJob;
  const steps: RotationStepResult[] = [];
  const step = async (inputs: Record<string, string>) => {
    const result = await job.run(inputs);
    steps.push(result);
    return result;
  };

  beforeAll(async () => {
    if (!existsSync(rotationBundle))
      throw new Error('dist/action/rotation is missing: run `npm run build`');
    server = await startSecretsManagerServer({ listPageSize: 7 });
    // The Action checks at the runner's clock: the fleet is dated relative to it.
    fleet = seedFleet(server, Date.now());
    job = await RotationJob.create(server.env(), { 'rotation.yaml': fleetPolicy });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reports the fleet: outputs, summary, annotations without file or line, and fails the step', async () => {
    server.resetCalls();
    const result = await step({ policy: 'rotation.yaml', 'report-file': 'REPORT' });
    expect(result.exitCode, result.output).toBe(1);
    expect(result.outputs).toEqual({
      overdue: '3',
      'due-soon': '2',
      failing: '1',
      unmanaged: '1',
      ok: String(bulkCount + 2),
      'report-file': expect.stringMatching(/report\.json$/) as unknown as string,
    });
    const report = result.report as JsonReport;
    expect(statusesOf(report.secrets, fleet)).toEqual(fleet.expected);

    const errors = result.annotations.filter((a) => a.level === 'error');
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(errors.map((a) => a.properties.title)).toEqual([
      'Secret rotation-failing: app/db/main',
      'Secret overdue: app/db/replica',
      'Secret overdue: app/jwt-stale',
      'Secret overdue: ci/deploy-token',
      undefined, // the step's failure message
    ]);
    expect(errors[0]?.message).toMatch(
      /^app\/db\/main \(rotation-failing\) is 40 days old \(from LastRotatedDate\), max-age 90 days \(rule 2: tag class=database\); rotation is enabled but NextRotationDate \d{4}-\d\d-\d\d has passed/,
    );
    expect(errors[4]?.message).toMatch(
      /^4 secrets fail the rotation policy \(1 rotation-failing, 3 overdue, 2 due-soon/,
    );
    expect(warnings.map((a) => a.properties.title)).toEqual([
      'Secret due-soon: app/api-key-payments',
      'Secret due-soon: app/jwt-soon',
    ]);
    for (const annotation of result.annotations) {
      expect(annotation.properties.file).toBeUndefined();
      expect(annotation.properties.line).toBeUndefined();
    }

    expect(result.summary).toContain('### Secret rotation');
    expect(result.summary).toContain(`${bulkCount + 11} secrets checked against rotation.yaml`);
    expect(result.summary).toMatch(
      /\| rotation-failing \| app\/db\/main \| 40d \| 90d \| \d{4}-\d\d-\d\d \| (49|50) \| LastRotatedDate \| 2: tag class=database \|/,
    );
    // Globs are escaped, or GitHub would render ** as bold.
    expect(result.summary).toContain('| 3: \\*\\*/api-key-\\*, \\*\\*/\\*-token |');
    expect(result.summary).toContain(
      `<details><summary>${bulkCount + 4} more (ok, ignored, scheduled for deletion)</summary>`,
    );
    expect(result.summary).toContain('19 AWS calls (ListSecrets 19); no secret value was read.');
    expect(server.calls).toEqual({ ListSecrets: 19 });
  });

  it('passes with fail-on-overdue false, a prefix and an inline policy', async () => {
    const result = await step({
      'policy-inline': "rules:\n  - { match: 'app/**', max-age: 1y }\n",
      prefix: 'app/bulk/',
      tags: 'team=green',
      'fail-on-overdue': 'false',
    });
    expect(result.exitCode, result.output).toBe(0);
    expect(result.outputs).toMatchObject({ ok: String(bulkCount / 2), overdue: '0', failing: '0' });
    expect(result.annotations).toEqual([]);
    expect(result.summary).toContain('checked against policy-inline');
  });

  it('caps annotations at ten a level and counts the rest', async () => {
    const result = await step({
      'policy-inline': "warn-days: 0\nrules:\n  - { match: '**', max-age: 1d }\n",
      prefix: 'app/bulk/',
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(11); // 9 secrets, "N more", the failure message
    expect(errors[9]?.message).toBe(
      `${bulkCount - 1 - 9} more secrets failing the rotation policy: see the job summary or the report.`,
    );
    expect(result.outputs.overdue).toBe(String(bulkCount - 1)); // all but the one changed today
  });

  it('fails with a clear message on bad inputs and on an invalid policy, naming the line', async () => {
    const both = await step({ policy: 'rotation.yaml', 'policy-inline': 'rules: []' });
    expect(both.exitCode).toBe(1);
    expect(both.output).toContain("::error::Set exactly one of 'policy'");
    const missing = await step({ policy: 'missing.yaml' });
    expect(missing.output).toContain(
      "::error::Input 'policy': cannot read 'missing.yaml' (ENOENT)",
    );
    const bad = await step({ 'policy-inline': "rules:\n  - { match: '**', max-age: 6m }\n" });
    expect(bad.exitCode).toBe(1);
    expect(bad.output).toContain(
      '::error::policy-inline has 1 problem(s):%0A  - policy-inline line 2: max-age',
    );
    const warn = await step({ policy: 'rotation.yaml', 'warn-days': 'soon' });
    expect(warn.output).toContain("::error::Input 'warn-days': 'soon' is not a duration");
    const boolean = await step({ policy: 'rotation.yaml', 'fail-on-overdue': 'yes' });
    expect(boolean.output).toContain("::error::Input 'fail-on-overdue' must be true or false");
  });

  it('fails with one line naming secretsmanager:ListSecrets when listing is denied', async () => {
    server.faults.denyOperation('ListSecrets');
    try {
      const result = await step({ policy: 'rotation.yaml', prefix: 'app/' });
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toEqual([
        {
          level: 'error',
          properties: {},
          message:
            "listing secrets with prefix 'app/': access denied (AccessDeniedException); allow secretsmanager:ListSecrets on * in the policy of the role the job assumes",
        },
      ]);
    } finally {
      server.faults.clear();
    }
  });

  it('never reads or shows a secret value in any step', () => {
    expect(steps.length).toBeGreaterThan(5);
    expect(leakedValues(fleet.values, ...steps.map((s) => s.everything))).toEqual([]);
    expect(server.calls.GetSecretValue).toBeUndefined();
    expect(server.calls.BatchGetSecretValue).toBeUndefined();
  });
});
