import * as core from '@actions/core';
import type { Variable } from '../sync/index.js';

/** Counts shown after the table: what was fetched and how many AWS calls it took. */
export interface SummaryFacts {
  readonly secrets: number;
  readonly calls: Record<string, number>;
  readonly missing: readonly string[];
}

/** Escapes text for the summary's HTML table (JSON keys may hold any character). */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One line such as `3 AWS calls (BatchGetSecretValue 1, ListSecrets 2)`. */
export function describeCalls(calls: Record<string, number>): string {
  const entries = Object.entries(calls).filter(([, count]) => count > 0);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  const detail = entries.map(([operation, count]) => `${operation} ${count}`).join(', ');
  return `${total} AWS call${total === 1 ? '' : 's'}${detail ? ` (${detail})` : ''}`;
}

/**
 * Writes the job summary: variable names and the secret each came from, never a value. Skipped
 * when the runner gives no summary file (a local run).
 */
export async function writeSummary(variables: readonly Variable[], facts: SummaryFacts) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const rows = variables.map((variable) => [
    variable.name,
    html(variable.jsonPath ? `${variable.sourceId} (${variable.jsonPath})` : variable.sourceId),
  ]);
  core.summary
    .addHeading('Secrets read from AWS Secrets Manager', 3)
    .addRaw(
      `${variables.length} variable${variables.length === 1 ? '' : 's'} from ${facts.secrets} secret${facts.secrets === 1 ? '' : 's'}, ${describeCalls(facts.calls)}.`,
      true,
    );
  if (rows.length > 0)
    core.summary.addTable([
      [
        { data: 'Variable', header: true },
        { data: 'Secret', header: true },
      ],
      ...rows,
    ]);
  if (facts.missing.length > 0)
    core.summary.addRaw(html(`Not found (ignored): ${facts.missing.join(', ')}`), true);
  await core.summary.write();
}
