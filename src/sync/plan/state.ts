import {
  GitHubApiError,
  targetLabel,
  type GitHubTargets,
  type TargetRef,
} from '../github/types.js';
import type { SyncSpec, TargetState } from './types.js';

/** How to read the targets. */
export interface ReadStateOptions {
  /** In a dry run, missing environments are reported, never created. */
  readonly dryRun: boolean;
}

/**
 * Reads every target of the spec: creates missing environments first when the spec asks for it
 * (not in a dry run), then lists its secrets and reads its manifest. A target that cannot be
 * read does not stop the others: its state carries the one-line reason and its items fail.
 */
export async function readTargetStates(
  spec: Pick<SyncSpec, 'targets' | 'createEnvironments'>,
  github: GitHubTargets,
  options: ReadStateOptions,
): Promise<TargetState[]> {
  const states: TargetState[] = [];
  // One target at a time: reads are cheap, and this keeps the request rate gentle.
  for (const target of spec.targets)
    states.push(await readOne(target, spec.createEnvironments, github, options));
  return states;
}

async function readOne(
  target: TargetRef,
  createEnvironments: boolean,
  github: GitHubTargets,
  options: ReadStateOptions,
): Promise<TargetState> {
  try {
    if (target.kind === 'environment' && createEnvironments && !options.dryRun) {
      await github.ensureEnvironment(target.owner, target.repo, target.environment);
    }
    const existing = await github.listSecrets(target);
    const manifest = await github.readManifest(target);
    return {
      target,
      existing: existing.map((s) => ({ ...s, name: s.name.toUpperCase() })),
      manifest,
    };
  } catch (error) {
    if (
      target.kind === 'environment' &&
      createEnvironments &&
      options.dryRun &&
      error instanceof GitHubApiError &&
      error.status === 404
    ) {
      return { target, existing: [], missingEnvironment: true };
    }
    return { target, existing: [], error: reasonOf(error, targetLabel(target)) };
  }
}

/**
 * A one-line reason for a failure: a `GitHubApiError`'s message (written to be shown), else the
 * error's class only, since other messages could quote request data.
 */
export function reasonOf(error: unknown, label: string): string {
  if (error instanceof GitHubApiError) return error.message;
  const kind = error instanceof Error ? error.name : typeof error;
  return `${label}: could not be read (unexpected ${kind}; its message is not shown, as it could quote request data)`;
}
