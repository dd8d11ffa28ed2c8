import type { BaselineEntry } from '../../scanner/baseline/index.js';
import { isFileDetector } from '../../scanner/compile.js';
import { findDetector } from '../../scanner/detectors/index.js';
import type { Finding } from '../../scanner/types.js';

/** Why the hook blocks a finding. */
export type BlockReason = 'new' | 'expired' | 'unaudited' | 'real';

/** A finding that fails the commit, with the entry that no longer covers it, if any. */
export interface BlockedFinding {
  finding: Finding;
  reason: BlockReason;
  entry?: BaselineEntry;
}

/** Everything the hook reports. */
export interface HookResult {
  /** The baseline as the user named it; undefined when none was given. */
  baseline?: string;
  blocked: BlockedFinding[];
  /** Findings the baseline covers, which pass. */
  known: number;
  /** Entries of the checked files whose secret is gone. */
  stale: BaselineEntry[];
  filesChecked: number;
}

/** The text report on stdout, laid out like detect-secrets' hook, plus the way out of each case. */
export function formatHookText(result: HookResult): string {
  if (result.blocked.length === 0) return '';
  const baseline = result.baseline ?? '.secrets.baseline';
  const blocks = result.blocked.map(({ finding, reason, entry }) => {
    const lines = [
      `Secret Type: ${finding.secretType}`,
      `Location:    ${finding.file}:${finding.line}`,
      `Detector:    ${finding.detectorId}`,
      `Secret:      ${finding.redacted} (hashed_secret ${finding.hashedSecret})`,
    ];
    if (reason !== 'new') lines.push(`Baselined:   ${whyBlocked(reason, entry)}`);
    return lines.join('\n');
  });
  const reasons = new Set(result.blocked.map((item) => item.reason));
  const mitigations = [
    '  - Remove the secret and rotate it (revoke it where it was issued): once pushed, treat\n' +
      '    it as leaked. Keep it in a secret store and read it at run time instead.',
    '  - If it is not a real secret (a test value, an example), allowlist its line with an\n' +
      '    inline `# pragma: allowlist secret` comment, or accept it into the baseline with a\n' +
      `    reason: run \`secrets-action scan --baseline ${baseline}\`, add a "reason" to its\n` +
      `    entry, and \`git add ${baseline}\`.`,
  ];
  if (result.blocked.some(({ finding }) => isKeyStoreFinding(finding)))
    mitigations.push(
      '  - A key store file cannot carry a pragma comment: to keep one (throwaway test keys),\n' +
        '    accept it into the baseline as above, or list its path under `exclude-files` in\n' +
        '    .secrets-action.yaml.',
    );
  if (reasons.has('expired'))
    mitigations.push(
      `  - An expired entry: fix the secret, or move its "expires" date in ${baseline} with a\n` +
        '    fresh reason.',
    );
  if (reasons.has('unaudited'))
    mitigations.push(
      `  - Unaudited entries: label them with \`secrets-action audit ${baseline}\`.`,
    );
  return (
    `ERROR: Potential secrets about to be committed to git repo!\n\n${blocks.join('\n\n')}\n\n` +
    `Possible mitigations:\n${mitigations.join('\n')}\n\n` +
    'If a secret has already been committed, visit\n' +
    'https://help.github.com/articles/removing-sensitive-data-from-a-repository\n'
  );
}

/** The `--json` report: blocked findings (redacted), counts and stale entries. */
export function formatHookJson(result: HookResult): string {
  const json = {
    baseline: result.baseline ?? null,
    passed: result.blocked.length === 0,
    filesChecked: result.filesChecked,
    known: result.known,
    blocked: result.blocked.map(({ finding, reason, entry }) => ({
      file: finding.file,
      line: finding.line,
      column: finding.column,
      detector: finding.detectorId,
      type: finding.secretType,
      redacted: finding.redacted,
      hashedSecret: finding.hashedSecret,
      reason,
      ...(entry?.expires !== undefined && { expires: entry.expires }),
    })),
    stale: result.stale.map((entry) => ({
      file: entry.filename,
      ...(entry.lineNumber !== undefined && { line: entry.lineNumber }),
      type: entry.type,
      hashedSecret: entry.hashedSecret,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function whyBlocked(reason: BlockReason, entry: BaselineEntry | undefined): string {
  if (reason === 'expired') return `entry expired on ${entry?.expires ?? '?'}`;
  if (reason === 'unaudited') return 'entry not audited yet (--fail-on-unaudited)';
  return 'entry labelled a real secret (--fail-on-real)';
}

/** Whether a finding is a whole file (a key store), which no pragma comment can allowlist. */
function isKeyStoreFinding(finding: Finding): boolean {
  const detector = findDetector(finding.detectorId);
  return detector !== undefined && isFileDetector(detector);
}
