import type { HistoryProgress } from './git-log-scan.js';

/** How often a progress line is written by default: often enough to show life in a CI log. */
export const defaultProgressIntervalMs = 5000;

/** One progress line: `history: 1,200/3,000 commits (40%), 18.2 MB of patches, 3 findings`. */
export function describeProgress(progress: HistoryProgress): string {
  const { commitsDone, commitsTotal, patchBytes, findings } = progress;
  const percent = commitsTotal === 0 ? 100 : Math.floor((commitsDone / commitsTotal) * 100);
  return (
    `history: ${commitsDone.toLocaleString('en')}/${commitsTotal.toLocaleString('en')} commits (${percent}%), ` +
    `${(patchBytes / 1e6).toFixed(1)} MB of patches, ${findings} finding${findings === 1 ? '' : 's'}`
  );
}

/**
 * A progress callback that writes a line at most every `intervalMs` (and always the last one),
 * as plain lines: CI logs have no terminal to redraw. It shows counts, never text from a patch.
 */
export function progressLines(
  write: (line: string) => void,
  intervalMs = defaultProgressIntervalMs,
): (progress: HistoryProgress) => void {
  let last = performance.now();
  return (progress) => {
    const now = performance.now();
    const done = progress.commitsDone >= progress.commitsTotal;
    if (!done && now - last < intervalMs) return;
    last = now;
    write(describeProgress(progress));
  };
}
