import { runGit } from '../../scanner/sources/git-log-process.js';
import {
  historySelection,
  newRefSelection,
  shortSha,
  type CommitSelection,
} from '../../scanner/sources/git-log-range.js';
import { InputError } from '../inputs.js';
import type { HistoryPlan } from './event.js';

/** The commit id a revision names in the clone, or an error that says how to get it. */
async function commitOf(root: string, rev: string, what: string): Promise<string> {
  const result = await runGit(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (result.code !== 0)
    throw new InputError(
      `The ${what} commit ${rev} is not in the clone: use actions/checkout with fetch-depth: 0, or leave 'deepen' at true.`,
    );
  return result.stdout.trim();
}

/** The git selection of commits a plan scans. */
export async function selectionFor(root: string, plan: HistoryPlan): Promise<CommitSelection> {
  if (plan.kind === 'history') return historySelection(plan.logOpts, []);
  if (plan.kind === 'new-ref') {
    const head = await commitOf(root, plan.head, 'pushed');
    const selection = newRefSelection(head, plan.ref);
    return { ...selection, label: `${plan.label}: ${selection.label}` };
  }
  const base = await commitOf(root, plan.base, 'base');
  const head = await commitOf(root, plan.head, 'head');
  return {
    revisions: [`${base}..${head}`],
    pathspec: [],
    label: `${shortSha(base)}..${shortSha(head)} (${plan.label})`,
  };
}
