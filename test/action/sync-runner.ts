/**
 * Runs the bundled sync Action (sync/action.yml) the way the runner does: `node
 * dist/action/sync/index.js` with `INPUT_*` variables (its action.yml defaults filled in), fresh
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files per step, and the `GITHUB_*` context a workflow
 * run has. Parsing of file commands and masks is shared with runner.ts.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inputVariable, parseFileCommands } from './runner.js';

const root = join(import.meta.dirname, '..', '..');

/** The bundle sync/action.yml runs. */
export const syncBundle = join(root, 'dist', 'action', 'sync', 'index.js');

/** The inputs sync/action.yml declares, with their defaults, as the runner fills them in. */
export function syncActionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(root, 'sync', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']),
  );
}

/** What one sync step left behind. */
export interface SyncStepResult {
  exitCode: number | null;
  /** stdout and stderr interleaved in the order written. */
  output: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report, when `report-file` was set and the step wrote it. */
  report?: unknown;
  /** Raw text of every file the step could write, for "no value anywhere" checks. */
  everything: string;
}

/** The caller's environment without anything a real runner (or CI) could leak into the step. */
function hermeticBase(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(GITHUB_|INPUT_|STATE_|RUNNER_|ACTIONS_|AWS_|NODE_OPTIONS$|npm_)/i.test(key))
      env[key] = value;
  return env;
}

/** A job that runs sync steps with a shared base environment (AWS endpoint, GitHub API URL). */
export class SyncJob {
  private steps = 0;

  private constructor(
    readonly dir: string,
    readonly base: Record<string, string>,
  ) {}

  /** A job in a fresh temp folder; `base` is the environment of every step. */
  static async create(base: Record<string, string>): Promise<SyncJob> {
    return new SyncJob(await mkdtemp(join(tmpdir(), 'secrets-action-sync-job-')), base);
  }

  /** Runs one sync step with these inputs (action.yml defaults for the rest). */
  async run(inputs: Record<string, string>): Promise<SyncStepResult> {
    const n = ++this.steps;
    const file = (name: string) => join(this.dir, `${n}-${name}`);
    const files = {
      GITHUB_ENV: file('env'),
      GITHUB_OUTPUT: file('output'),
      GITHUB_STATE: file('state'),
      GITHUB_STEP_SUMMARY: file('summary'),
    };
    for (const path of Object.values(files)) writeFileSync(path, '');
    const reportPath = file('report.json');
    const allInputs = { ...syncActionDefaults(), ...inputs };
    if (allInputs['report-file'] === 'REPORT') allInputs['report-file'] = reportPath;
    const env: NodeJS.ProcessEnv = {
      ...hermeticBase(),
      GITHUB_REPOSITORY: 'octo-org/current-repo',
      ...this.base,
      ...Object.fromEntries(Object.entries(allInputs).map(([k, v]) => [inputVariable(k), v])),
      ...files,
      GITHUB_ACTIONS: 'true',
    };
    const logPath = file('log');
    const log = openSync(logPath, 'w');
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [syncBundle], {
        cwd: this.dir,
        env,
        stdio: ['ignore', log, log],
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    closeSync(log);
    const read = (path: string) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return '';
      }
    };
    const reportText = read(reportPath);
    const raw = Object.values(files).map(read);
    return {
      exitCode,
      output: read(logPath),
      outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
      summary: read(files.GITHUB_STEP_SUMMARY),
      ...(reportText ? { report: JSON.parse(reportText) as unknown } : {}),
      everything: [read(logPath), ...raw, reportText].join('\n'),
    };
  }
}
