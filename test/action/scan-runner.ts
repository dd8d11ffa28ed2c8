/**
 * Runs the bundled scan Action (scan/action.yml) the way the runner does: `node
 * dist/action/scan/index.js` with `INPUT_*` variables (its action.yml defaults filled in), the
 * event in `GITHUB_EVENT_NAME` and a payload file in `GITHUB_EVENT_PATH`, a workspace, and fresh
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
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

/** The bundle scan/action.yml runs. */
export const scanBundle = bundleOf('scan');

/** The inputs scan/action.yml declares, with their defaults, as the runner fills them in. */
export function scanActionDefaults(): Record<string, string> {
  return actionDefaultsOf('scan');
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
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(step.payload));
  const run = await runBundleStep({
    bundle: scanBundle,
    // The runner starts the step in the workspace.
    cwd: step.workspace,
    filePrefix: join(temp, 'step-'),
    env: {
      ...hermeticEnv(),
      GITHUB_WORKSPACE: step.workspace,
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_EVENT_NAME: step.event,
      GITHUB_EVENT_PATH: eventPath,
      RUNNER_TEMP: temp,
      ...inputVariables({ ...scanActionDefaults(), ...step.inputs }),
      ...step.env,
    },
  });
  const outputs = parseFileCommands(run.files.GITHUB_OUTPUT ?? '');
  const sarifText = outputs['sarif-file'] ? readIfAny(outputs['sarif-file']) : '';
  return {
    exitCode: run.exitCode,
    output: run.output,
    outputs,
    summary: run.files.GITHUB_STEP_SUMMARY ?? '',
    ...(sarifText && { sarif: JSON.parse(sarifText) as ScanStepResult['sarif'] }),
    everything: [run.output, ...Object.values(run.files), sarifText].join('\n'),
  };
}

/** The annotations on a file and line (not the step's closing `::error::`), parsed. */
export function annotations(output: string): Annotation[] {
  return annotationsOf(output).filter((annotation) => 'file' in annotation.properties);
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
