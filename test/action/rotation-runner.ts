/**
 * Runs the bundled rotation Action (rotation/action.yml) the way the runner does: `node
 * dist/action/rotation/index.js` in the workspace, with `INPUT_*` variables (its action.yml
 * defaults filled in) and fresh `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files per step.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  actionDefaultsOf,
  annotationsOf,
  bundleOf,
  hermeticEnv,
  inputVariables,
  parseFileCommands,
  readIfAny,
  runBundleStep,
  type Annotation,
} from './bundle-step.js';

export { annotationsOf, type Annotation } from './bundle-step.js';

/** The bundle rotation/action.yml runs. */
export const rotationBundle = bundleOf('rotation');

/** The inputs rotation/action.yml declares, with their defaults. */
export function rotationActionDefaults(): Record<string, string> {
  return actionDefaultsOf('rotation');
}

/** What one rotation step left behind. */
export interface RotationStepResult {
  exitCode: number | null;
  output: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  report?: unknown;
  /** Every byte the step wrote anywhere, for "no value anywhere" checks. */
  everything: string;
}

/** A job whose workspace is a temp folder; `base` is the environment of every step. */
export class RotationJob {
  private steps = 0;

  private constructor(
    readonly workspace: string,
    readonly base: Record<string, string>,
  ) {}

  /** A job with these files in its workspace. */
  static async create(
    base: Record<string, string>,
    files: Record<string, string> = {},
  ): Promise<RotationJob> {
    const workspace = await mkdtemp(join(tmpdir(), 'secrets-action-rotation-job-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
    return new RotationJob(workspace, base);
  }

  /** Runs one step with these inputs; `report-file: REPORT` becomes a path in the job folder. */
  async run(inputs: Record<string, string>): Promise<RotationStepResult> {
    const n = ++this.steps;
    const prefix = join(this.workspace, `.step${n}-`);
    const allInputs = { ...rotationActionDefaults(), ...inputs };
    const reportPath = `${prefix}report.json`;
    if (allInputs['report-file'] === 'REPORT') allInputs['report-file'] = reportPath;
    const run = await runBundleStep({
      bundle: rotationBundle,
      cwd: this.workspace,
      filePrefix: prefix,
      fileCommands: ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'],
      env: {
        ...hermeticEnv(),
        GITHUB_REPOSITORY: 'octo-org/current-repo',
        GITHUB_WORKSPACE: this.workspace,
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
      annotations: annotationsOf(run.output),
      ...(reportText ? { report: JSON.parse(reportText) as unknown } : {}),
      everything: [run.output, ...Object.values(run.files), reportText].join('\n'),
    };
  }
}
