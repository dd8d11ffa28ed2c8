/**
 * What every Action bundle test needs to run a step the way the GitHub runner does: the
 * action.yml defaults as `INPUT_*` variables, an environment free of the caller's runner or CI
 * variables, fresh file-command files, the bundle started with stdout and stderr in one log, and
 * the workflow commands it printed parsed back.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const root = join(import.meta.dirname, '..', '..');

/** The bundle an action.yml in `folder` ('' for the root one) runs, by its `runs.main`. */
export function bundleOf(folder: string, entry: 'main' | 'post' = 'main'): string {
  const action = parse(readFileSync(join(root, folder, 'action.yml'), 'utf8')) as {
    runs: Record<string, string>;
  };
  return join(root, folder, action.runs[entry] as string);
}

/** The inputs the action.yml in `folder` declares, with their defaults, as the runner fills them in. */
export function actionDefaultsOf(folder: string): Record<string, string> {
  const action = parse(readFileSync(join(root, folder, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']),
  );
}

/** The runner's `INPUT_` name: upper case, spaces to `_`, dashes kept (see core.getInput). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** `INPUT_*` variables for these inputs. */
export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]));
}

/** The caller's environment without anything a real runner (or CI) could leak into the step. */
export function hermeticEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(GITHUB_|INPUT_|STATE_|RUNNER_|ACTIONS_|AWS_|NODE_OPTIONS$|npm_)/i.test(key))
      env[key] = value;
  return env;
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

/** The file commands a step gets, by variable name. */
export type FileCommand = 'GITHUB_ENV' | 'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY';

/** One step to run: the bundle, its working directory, its environment, where its files go. */
export interface BundleStep {
  bundle: string;
  cwd: string;
  /** Files are named `${prefix}env`, `${prefix}output`, … ; the prefix includes the folder. */
  filePrefix: string;
  env: NodeJS.ProcessEnv;
  /** Which file commands the step gets (all four by default). */
  fileCommands?: readonly FileCommand[];
}

/** What the step left behind. */
export interface BundleRun {
  exitCode: number | null;
  /** stdout and stderr interleaved in the order written (one file for both, like the log). */
  output: string;
  /** The text of each file command's file. */
  files: Partial<Record<FileCommand, string>>;
}

const fileNames: Record<FileCommand, string> = {
  GITHUB_ENV: 'env',
  GITHUB_OUTPUT: 'output',
  GITHUB_STATE: 'state',
  GITHUB_STEP_SUMMARY: 'summary',
};

/** Reads a file a step may or may not have written; '' when it did not. */
export function readIfAny(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Runs one step: fresh file-command files, then `node BUNDLE` with one log for both streams. */
export async function runBundleStep(step: BundleStep): Promise<BundleRun> {
  const kinds = step.fileCommands ?? (Object.keys(fileNames) as FileCommand[]);
  const paths = Object.fromEntries(
    kinds.map((kind) => [kind, `${step.filePrefix}${fileNames[kind]}`]),
  ) as Partial<Record<FileCommand, string>>;
  for (const path of Object.values(paths)) writeFileSync(path, '');
  const logPath = `${step.filePrefix}log`;
  const log = openSync(logPath, 'w');
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [step.bundle], {
      cwd: step.cwd,
      env: { ...step.env, ...paths, GITHUB_ACTIONS: 'true' },
      stdio: ['ignore', log, log],
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  closeSync(log);
  const files = Object.fromEntries(
    Object.entries(paths).map(([kind, path]) => [kind, readIfAny(path)]),
  ) as Partial<Record<FileCommand, string>>;
  return { exitCode, output: readIfAny(logPath), files };
}

/** A workflow command that annotates: `::error file=a.txt,line=3,title=…::message`. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

/** Reverses @actions/core's escaping of command properties and data. */
function unescapeCommand(text: string): string {
  return text
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');
}

/** The annotations in a step's log, properties and message unescaped. */
export function annotationsOf(log: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of log.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1));
    }
    found.push({
      level: match[1] as Annotation['level'],
      properties,
      message: unescapeCommand(match[3] ?? ''),
    });
  }
  return found;
}
