/**
 * Runs the bundled Action the way the GitHub runner does: `node dist/action/<step>/index.js` with
 * `INPUT_*` variables (action.yml defaults filled in), fresh `GITHUB_ENV`, `GITHUB_OUTPUT`,
 * `GITHUB_STATE` and `GITHUB_STEP_SUMMARY` files per step, variables exported by earlier steps in
 * the job's environment, and the main step's state handed to its post step as `STATE_*`.
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
  runBundleStep,
} from './bundle-step.js';

export { inputVariable, parseFileCommands } from './bundle-step.js';

/** The inputs action.yml declares, with their defaults, as the runner fills them in. */
export function actionDefaults(): Record<string, string> {
  return actionDefaultsOf('');
}

/** What one step left behind. */
export interface StepResult {
  exitCode: number | null;
  /** stdout and stderr interleaved in the order written (one file for both, like the log). */
  output: string;
  /** Variables the step exported (parsed from its `GITHUB_ENV`). */
  env: Record<string, string>;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** The raw file-command files, for byte-level checks. */
  files: { env: string; output: string; state: string };
}

/** A job: the environment steps share, and a temp folder for the file-command files. */
export class Job {
  /** Variables exported by earlier steps, as the runner applies them to later ones. */
  readonly env: Record<string, string> = {};
  private steps = 0;

  private constructor(
    readonly dir: string,
    /** Extra environment for every step (endpoint, region, dummy credentials). */
    readonly base: Record<string, string>,
  ) {}

  /** A job in a fresh temp folder. */
  static async create(base: Record<string, string>): Promise<Job> {
    return new Job(await mkdtemp(join(tmpdir(), 'secrets-action-job-')), base);
  }

  /** Runs the main step with these inputs (action.yml defaults for the rest). */
  main(inputs: Record<string, string>): Promise<StepResult> {
    return this.run('main', inputs, {});
  }

  /** Runs the post step of an earlier main step: same inputs, that step's state. */
  post(inputs: Record<string, string>, main: StepResult): Promise<StepResult> {
    const state = Object.fromEntries(
      Object.entries(main.state).map(([name, value]) => [`STATE_${name}`, value]),
    );
    return this.run('post', inputs, state);
  }

  private async run(
    step: 'main' | 'post',
    inputs: Record<string, string>,
    extra: Record<string, string>,
  ): Promise<StepResult> {
    const n = ++this.steps;
    const run = await runBundleStep({
      bundle: bundleOf('', step),
      cwd: this.dir,
      filePrefix: join(this.dir, `${n}-`),
      env: {
        ...hermeticEnv(),
        ...this.base,
        ...this.env,
        ...inputVariables({ ...actionDefaults(), ...inputs }),
        ...extra,
      },
    });
    const text = (kind: keyof typeof run.files) => run.files[kind] ?? '';
    const result: StepResult = {
      exitCode: run.exitCode,
      output: run.output,
      env: parseFileCommands(text('GITHUB_ENV')),
      outputs: parseFileCommands(text('GITHUB_OUTPUT')),
      state: parseFileCommands(text('GITHUB_STATE')),
      summary: text('GITHUB_STEP_SUMMARY'),
      files: {
        env: text('GITHUB_ENV'),
        output: text('GITHUB_OUTPUT'),
        state: text('GITHUB_STATE'),
      },
    };
    Object.assign(this.env, result.env);
    return result;
  }
}

/** Reverses @actions/core's command-data escaping (`%25`, `%0D`, `%0A`). */
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The values registered with `::add-mask::`, in order. */
export function maskedValues(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => unescapeData(line.slice('::add-mask::'.length)));
}

/**
 * The number of output lines before the first line that is not `::add-mask::`; every mask line
 * must lie within it (the runner masks only what is printed after registration).
 */
export function maskPrefixProblems(output: string): string[] {
  const lines = output.split('\n').filter((line) => line !== '');
  const firstOther = lines.findIndex((line) => !line.startsWith('::add-mask::'));
  if (firstOther < 0) return [];
  return lines
    .slice(firstOther)
    .filter((line) => line.startsWith('::add-mask::'))
    .map(() => `a mask came after output line ${firstOther + 1}: ${lines[firstOther]}`);
}

/** The output the runner would show: mask lines dropped, as the log never shows them. */
export function visibleOutput(output: string): string {
  return output
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
