/**
 * Runs the bundled sync Action (sync/action.yml) the way the runner does: `node
 * dist/action/sync/index.js` with `INPUT_*` variables (its action.yml defaults filled in), fresh
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files per step, and the `GITHUB_*` context a workflow
 * run has. The step machinery is shared with the other runners (bundle-step.ts).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  actionDefaultsOf,
  bundleOf,
  hermeticEnv,
  inputVariables,
  parseFileCommands,
  readIfAny,
  runBundleStep,
} from './bundle-step.js';

/** The bundle sync/action.yml runs. */
export const syncBundle = bundleOf('sync');

/** The inputs sync/action.yml declares, with their defaults, as the runner fills them in. */
export function syncActionDefaults(): Record<string, string> {
  return actionDefaultsOf('sync');
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
    const reportPath = join(this.dir, `${n}-report.json`);
    const allInputs = { ...syncActionDefaults(), ...inputs };
    if (allInputs['report-file'] === 'REPORT') allInputs['report-file'] = reportPath;
    const run = await runBundleStep({
      bundle: syncBundle,
      cwd: this.dir,
      filePrefix: join(this.dir, `${n}-`),
      env: {
        ...hermeticEnv(),
        GITHUB_REPOSITORY: 'octo-org/current-repo',
        ...this.base,
        ...inputVariables(allInputs),
      },
    });
    const reportText = readIfAny(reportPath);
    return {
      exitCode: run.exitCode,
      output: run.output,
      outputs: parseFileCommands(run.files.GITHUB_OUTPUT ?? ''),
      summary: run.files.GITHUB_STEP_SUMMARY ?? '',
      ...(reportText ? { report: JSON.parse(reportText) as unknown } : {}),
      everything: [run.output, ...Object.values(run.files), reportText].join('\n'),
    };
  }
}
