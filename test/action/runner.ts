/**
 * Runs the bundled Action the way the GitHub runner does: `node dist/action/<step>/index.js` with
 * `INPUT_*` variables (action.yml defaults filled in), fresh `GITHUB_ENV`, `GITHUB_OUTPUT`,
 * `GITHUB_STATE` and `GITHUB_STEP_SUMMARY` files per step, variables exported by earlier steps in
 * the job's environment, and the main step's state handed to its post step as `STATE_*`.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');

/** The inputs action.yml declares, with their defaults, as the runner fills them in. */
export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']),
  );
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

/**
 * Parses a file-command file (`GITHUB_ENV` and friends): `NAME<<DELIMITER` / value lines /
 * `DELIMITER`, or `NAME=value`, as the runner does. Later entries win.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`unterminated heredoc for ${name}`);
      result[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`bad file-command line: ${line.slice(0, 40)}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

/** The runner's `INPUT_` name: upper case, spaces to `_`, dashes kept (see core.getInput). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The caller's environment without anything a real runner (or CI) could leak into the step. */
function hermeticBase(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(GITHUB_|INPUT_|STATE_|RUNNER_|ACTIONS_|AWS_|NODE_OPTIONS$|npm_)/i.test(key))
      env[key] = value;
  return env;
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
    const file = (name: string) => join(this.dir, `${n}-${name}`);
    const files = {
      GITHUB_ENV: file('env'),
      GITHUB_OUTPUT: file('output'),
      GITHUB_STATE: file('state'),
      GITHUB_STEP_SUMMARY: file('summary'),
    };
    for (const path of Object.values(files)) writeFileSync(path, '');
    const allInputs = { ...actionDefaults(), ...inputs };
    const env: NodeJS.ProcessEnv = {
      ...hermeticBase(),
      ...this.base,
      ...this.env,
      ...Object.fromEntries(Object.entries(allInputs).map(([k, v]) => [inputVariable(k), v])),
      ...extra,
      ...files,
      GITHUB_ACTIONS: 'true',
    };
    const logPath = file('log');
    const log = openSync(logPath, 'w');
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [join(root, 'dist', 'action', step, 'index.js')], {
        cwd: this.dir,
        env,
        stdio: ['ignore', log, log],
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    closeSync(log);
    const read = (path: string) => readFileSync(path, 'utf8');
    const result: StepResult = {
      exitCode,
      output: read(logPath),
      env: parseFileCommands(read(files.GITHUB_ENV)),
      outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
      state: parseFileCommands(read(files.GITHUB_STATE)),
      summary: read(files.GITHUB_STEP_SUMMARY),
      files: {
        env: read(files.GITHUB_ENV),
        output: read(files.GITHUB_OUTPUT),
        state: read(files.GITHUB_STATE),
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
