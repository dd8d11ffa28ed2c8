import { readFileSync } from 'node:fs';
import { isNullSha } from '../../scanner/sources/git-log-range.js';
import { InputError } from '../inputs.js';
import type { ScanInputs } from './inputs.js';

/** What the step scans, decided from the inputs and the event that started the workflow. */
export type ScanPlan =
  | {
      kind: 'range';
      base: string;
      head: string;
      label: string;
      depthHint?: number;
      /** Set for a push: the ref it updated. */
      ref?: string;
    }
  | {
      kind: 'new-ref';
      head: string;
      /** The pushed ref (`refs/heads/feature`): every other branch and tag counts as published. */
      ref: string;
      label: string;
    }
  | { kind: 'history'; logOpts?: string }
  | { kind: 'tree'; reason: string }
  | { kind: 'nothing'; reason: string };

/** A plan that reads git history. */
export type HistoryPlan = Exclude<ScanPlan, { kind: 'tree' | 'nothing' }>;

/** The fields of the event payloads this step reads. */
interface EventPayload {
  before?: string;
  after?: string;
  ref?: string;
  created?: boolean;
  deleted?: boolean;
  forced?: boolean;
  pull_request?: {
    number?: number;
    commits?: number;
    base?: { sha?: string };
    head?: { sha?: string };
  };
  merge_group?: { base_sha?: string; head_sha?: string };
}

const pullRequestEvents = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

/** The event payload the runner wrote (`GITHUB_EVENT_PATH`), or an empty one outside a runner. */
export function readEventPayload(env: NodeJS.ProcessEnv = process.env): EventPayload {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch (error) {
    throw new InputError(
      `Cannot read the event payload at GITHUB_EVENT_PATH (${(error as NodeJS.ErrnoException).code ?? 'invalid JSON'}).`,
    );
  }
}

/** The range a pull request, merge queue entry or push names, if the event has one. */
function eventRange(event: string, payload: EventPayload): ScanPlan | undefined {
  const pr = payload.pull_request;
  if (pullRequestEvents.has(event) && pr?.base?.sha && pr.head?.sha)
    return {
      kind: 'range',
      base: pr.base.sha,
      head: pr.head.sha,
      label: `pull request #${pr.number ?? '?'}`,
      ...(pr.commits !== undefined && { depthHint: pr.commits }),
    };
  const group = payload.merge_group;
  if (event === 'merge_group' && group?.base_sha && group.head_sha)
    return { kind: 'range', base: group.base_sha, head: group.head_sha, label: 'merge group' };
  if (event !== 'push' || payload.after === undefined) return undefined;
  const ref = payload.ref ?? '';
  if (payload.deleted || isNullSha(payload.after))
    return { kind: 'nothing', reason: `the push deleted ${ref}: it added nothing` };
  if (payload.before === undefined || isNullSha(payload.before))
    return { kind: 'new-ref', head: payload.after, ref, label: `new ${shortRef(ref)}` };
  return {
    kind: 'range',
    base: payload.before,
    head: payload.after,
    ref,
    label: `push to ${shortRef(ref)}${payload.forced ? ' (forced)' : ''}`,
  };
}

/** `refs/heads/main` → `branch main`, `refs/tags/v1` → `tag v1`. */
function shortRef(ref: string): string {
  if (ref.startsWith('refs/heads/')) return `branch ${ref.slice(11)}`;
  if (ref.startsWith('refs/tags/')) return `tag ${ref.slice(10)}`;
  return ref || 'ref';
}

/**
 * Chooses what to scan. `base`/`head` inputs win; then the mode; in `auto`, a pull request or
 * merge group scans its commits, a push `before..after` (every commit new to the repository
 * when it created the ref), and anything else (schedule, workflow_dispatch) the work tree, or
 * the whole history with `history: true`.
 */
export function planScan(
  inputs: ScanInputs,
  event: string,
  payload: EventPayload,
  headSha: string | undefined,
): ScanPlan {
  if (inputs.mode === 'tree') return { kind: 'tree', reason: 'mode: tree' };
  if (inputs.mode === 'history') return { kind: 'history', ...logOpts(inputs) };
  if (inputs.base !== undefined)
    return {
      kind: 'range',
      base: inputs.base,
      head: inputs.head ?? headSha ?? 'HEAD',
      label: `${inputs.base}..${inputs.head ?? 'HEAD'}`,
    };
  const range = eventRange(event, payload);
  if (range !== undefined) return range;
  if (inputs.mode === 'diff')
    throw new InputError(
      `mode: diff needs a range: the ${event || 'unknown'} event names none; set 'base' (and 'head').`,
    );
  if (inputs.history) return { kind: 'history', ...logOpts(inputs) };
  return { kind: 'tree', reason: `the ${event || 'unknown'} event` };
}

function logOpts(inputs: ScanInputs): { logOpts?: string } {
  return inputs.logOpts === undefined ? {} : { logOpts: inputs.logOpts };
}
