/**
 * Runs the bundled rotation Action (rotation/action.yml) the way the runner does: `node
 * dist/action/rotation/index.js` in the workspace, with `INPUT_*` variables (its action.yml
 * defaults filled in) and fresh `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files per step.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inputVariable, parseFileCommands } from './runner.js';

const root = join(import.meta.dirname, '..', '..');

/** The bundle rotation/action.yml runs. */
export const rotationBundle = join(root, 'dist', 'action', 'rotation', 'index.js');

/** The inputs rotation/action.yml declares, with their defaults. */
export function rotationActionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(root, 'rotation', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']),
  );
}

/** A workflow command the step printed: `::error title=…::message`. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
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

const unescape = (text: string) =>
  text
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');

/** The annotations in a step's log. */
export function annotationsOf(log: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of log.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    found.push({
      level: match[1] as Annotation['level'],
      properties,
      message: unescape(match[3] ?? ''),
    });
  }
  return found;
}

/** The caller's environment without anything a real runner (or CI) could leak into the step. */
function hermeticBase(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(GITHUB_|INPUT_|STATE_|RUNNER_|ACTIONS_|AWS_|NODE_OPTIONS$|npm_)/i.test(key))
      env[key] = value;
  return env;
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
    const file = (name: string) => join(this.workspace, `.step${n}-${name}`);
    const files = { GITHUB_OUTPUT: file('output'), GITHUB_STEP_SUMMARY: file('summary') };
    for (const path of Object.values(files)) writeFileSync(path, '');
    const allInputs = { ...rotationActionDefaults(), ...inputs };
    const reportPath = file('report.json');
    if (allInputs['report-file'] === 'REPORT') allInputs['report-file'] = reportPath;
    const env: NodeJS.ProcessEnv = {
      ...hermeticBase(),
      GITHUB_REPOSITORY: 'octo-org/current-repo',
      GITHUB_WORKSPACE: this.workspace,
      ...this.base,
      ...Object.fromEntries(Object.entries(allInputs).map(([k, v]) => [inputVariable(k), v])),
      ...files,
      GITHUB_ACTIONS: 'true',
    };
    const logPath = file('log');
    const log = openSync(logPath, 'w');
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [rotationBundle], {
        cwd: this.workspace,
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
    const output = read(logPath);
    const reportText = read(reportPath);
    return {
      exitCode,
      output,
      outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
      summary: read(files.GITHUB_STEP_SUMMARY),
      annotations: annotationsOf(output),
      ...(reportText ? { report: JSON.parse(reportText) as unknown } : {}),
      everything: [output, ...Object.values(files).map(read), reportText].join('\n'),
    };
  }
}
