/**
 * Runs the bundled scan Action (scan/action.yml) the way the runner does: `node
 * dist/action/scan/index.js` with `INPUT_*` variables (its action.yml defaults filled in), the
 * event in `GITHUB_EVENT_NAME` and a payload file in `GITHUB_EVENT_PATH`, a workspace, and fresh
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { inputVariable, parseFileCommands } from './runner.js';

const root = join(import.meta.dirname, '..', '..');

/** The bundle scan/action.yml runs. */
export const scanBundle = join(root, 'dist', 'action', 'scan', 'index.js');

/** The inputs scan/action.yml declares, with their defaults, as the runner fills them in. */
export function scanActionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(root, 'scan', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']),
  );
}

/** What one scan step left behind. */
export interface ScanStepResult {
  exitCode: number | null;
  /** stdout and stderr interleaved, as the log shows them. */
  output: string;
  outputs: Record<string, string>;
  summary: string;
  /** The SARIF file the step wrote, parsed, if any. */
  sarif?: { runs: { results: Record<string, unknown>[]; [key: string]: unknown }[] };
  /** Every byte the step wrote, for "no value anywhere" checks. */
  everything: string;
}

/** One step: the event, its payload, the inputs and extra environment. */
export interface ScanStep {
  workspace: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** Runs the scan Action once, in a fresh runner temp folder. */
export async function runScanStep(step: ScanStep): Promise<ScanStepResult> {
  const temp = mkdtempSync(join(tmpdir(), 'secrets-action-scan-step-'));
  const file = (name: string) => join(temp, name);
  const files = {
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_ENV: file('env'),
    GITHUB_STATE: file('state'),
  };
  for (const path of Object.values(files)) writeFileSync(path, '');
  writeFileSync(file('event.json'), JSON.stringify(step.payload));
  const inputs = { ...scanActionDefaults(), ...step.inputs };
  const base: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(GITHUB_|INPUT_|STATE_|RUNNER_|ACTIONS_|NODE_OPTIONS$|npm_)/i.test(key))
      base[key] = value;
  const env: NodeJS.ProcessEnv = {
    ...base,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: step.workspace,
    GITHUB_REPOSITORY: 'acme/web',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: step.event,
    GITHUB_EVENT_PATH: file('event.json'),
    RUNNER_TEMP: temp,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v])),
    ...files,
    ...step.env,
  };
  const logPath = file('log');
  const log = openSync(logPath, 'w');
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    // The runner starts the step in the workspace.
    const child = spawn(process.execPath, [scanBundle], {
      cwd: step.workspace,
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
  const outputs = parseFileCommands(read(files.GITHUB_OUTPUT));
  const sarifText = outputs['sarif-file'] ? read(outputs['sarif-file']) : '';
  return {
    exitCode,
    output: read(logPath),
    outputs,
    summary: read(files.GITHUB_STEP_SUMMARY),
    ...(sarifText && { sarif: JSON.parse(sarifText) as ScanStepResult['sarif'] }),
    everything: [read(logPath), ...Object.values(files).map(read), sarifText].join('\n'),
  };
}

/** The `::error file=…` and `::warning file=…` lines of a log, parsed. */
export function annotations(
  output: string,
): { level: string; props: Record<string, string>; message: string }[] {
  return output
    .split('\n')
    .map((line) => /^::(error|warning) ([^:]*)::(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({
      level: match[1] as string,
      props: Object.fromEntries(
        (match[2] as string).split(',').map((pair) => {
          const eq = pair.indexOf('=');
          return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1).replace(/%2C/g, ','))];
        }),
      ),
      message: match[3] as string,
    }));
}

const require = createRequire(import.meta.url);

/** Validates a SARIF log against the official 2.1.0 schema; returns the errors (none: valid). */
export function sarifSchemaErrors(sarif: unknown): unknown[] {
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The schema is draft-04 (see test/cli/sarif.test.ts for why `id` becomes `$id`).
  const { id, ...rest } = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: false,
    validateSchema: false,
    unicodeRegExp: false,
  });
  const validate = ajv.compile({ ...rest, $schema: undefined, $id: id });
  return validate(sarif) ? [] : (validate.errors ?? ['invalid']);
}
