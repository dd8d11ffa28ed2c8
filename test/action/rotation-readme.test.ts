import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { parseRotationPolicy } from '../../src/sync/rotation/index.js';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';
import { RotationJob } from './rotation-runner.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const start = readme.indexOf('## Hold rotation to a policy');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));

/** The fenced blocks of one language in the section, in order. */
function blocks(language: string): string[] {
  return [...section.matchAll(new RegExp(`\`\`\`${language}\\n([^]*?)\`\`\``, 'g'))].map(
    (m) => m[1] ?? '',
  );
}

/** Seeds the four secrets of the README's console example, dated against `nowMs`. */
function seedExample(server: SecretsManagerServer, nowMs: number) {
  const now = Math.floor(nowMs / 1000);
  const ago = (days: number) => now - days * 86_400;
  const value = (n: number) => `readme-value-${n}-${now}`;
  server.put({
    name: 'prod/db/main',
    string: value(1),
    metadata: {
      tags: [{ Key: 'class', Value: 'database' }],
      rotationEnabled: true,
      rotationDays: 30,
      lastRotatedDate: ago(40),
      lastChangedDate: ago(40),
      nextRotationDate: ago(10),
    },
  });
  server.put({
    name: 'prod/jwt-signing',
    string: value(2),
    metadata: { lastChangedDate: ago(45) },
  });
  server.put({
    name: 'prod/api-key-payments',
    string: value(3),
    metadata: { lastChangedDate: ago(170) },
  });
  server.put({
    name: 'prod/kms-wrapping',
    string: value(4),
    metadata: {
      rotationEnabled: true,
      rotationDays: 400,
      lastRotatedDate: ago(12),
      nextRotationDate: ago(-388),
    },
  });
  return [1, 2, 3, 4].map(value);
}

describe("the README's rotation examples, as written", () => {
  let server: SecretsManagerServer;
  const saved: Record<string, string | undefined> = {};
  beforeAll(async () => {
    server = await startSecretsManagerServer();
    for (const [key, value] of Object.entries(server.env())) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    await server.close();
  });

  it('the policy parses, and the console example is what the CLI prints', async () => {
    const policyText = blocks('yaml')[0] ?? '';
    expect(parseRotationPolicy(policyText, 'rotation.yaml').rules).toHaveLength(4);
    const values = seedExample(server, Date.parse('2025-03-01T00:00:00Z'));
    const [command = '', ...expected] = (blocks('console')[0] ?? '').split('\n');
    const argv = command.replace(/^\$ secrets-action /, '').split(' ');
    const dir = await mkdtemp(join(tmpdir(), 'secrets-action-rotation-readme-'));
    await writeFile(join(dir, 'rotation.yaml'), policyText);
    let output = '';
    const code = await main(argv, {
      stdout: (text) => (output += text),
      stderr: (text) => (output += text),
      cwd: dir,
      env: {},
      stderrIsTTY: false,
    });
    expect(code).toBe(0);
    expect(output).toBe(expected.join('\n'));
    expect(values.filter((v) => output.includes(v))).toEqual([]);
  });

  it('the scheduled workflow is valid and its rotation step runs as written', async () => {
    const workflowText = blocks('yaml')[1] ?? '';
    const parsed = parseWorkflow(
      { name: 'rotation.yml', content: workflowText },
      new NoOperationTraceWriter(),
    );
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const workflow = parse(workflowText) as {
      jobs: { rotation: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
    };
    const step = workflow.jobs.rotation.steps.find((s) => s.uses?.includes('/rotation@'));
    const inputs = Object.fromEntries(
      Object.entries(step?.with ?? {}).map(([k, v]) => [k, String(v)]),
    );
    seedExample(server, Date.now());
    const job = await RotationJob.create(server.env());
    await mkdir(join(job.workspace, '.github'), { recursive: true });
    await writeFile(join(job.workspace, '.github', 'rotation.yaml'), blocks('yaml')[0] ?? '');
    const result = await job.run(inputs);
    expect(result.exitCode, result.output).toBe(1);
    expect(result.outputs).toMatchObject({ overdue: '1', 'due-soon': '1', failing: '1', ok: '1' });
    const report = JSON.parse(
      readFileSync(join(job.workspace, 'rotation-report.json'), 'utf8'),
    ) as { secrets: unknown[] };
    expect(report.secrets).toHaveLength(4);
  });
});
