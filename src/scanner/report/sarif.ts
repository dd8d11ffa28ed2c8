import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../types.js';
import type { ScanReport } from './model.js';
import { sarifRule } from './sarif-rules.js';

/** GitHub code scanning rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;

/** The base id that every result's relative path is resolved against. */
const rootId = '%SRCROOT%';

/**
 * The SARIF 2.1.0 report, shaped for GitHub code scanning: every property it requires, rules
 * with help text, paths relative to the scan root, and a `primaryLocationLineHash` built from
 * the rule and the secret's hash (not its line), so an alert survives edits around it.
 * Results past GitHub's limit are left out; `truncated` says how many.
 */
export function formatSarif(report: ScanReport): { text: string; truncated: number } {
  const ruleIndex = new Map(report.detectors.map((detector, index) => [detector.id, index]));
  const kept = report.findings.slice(0, SARIF_MAX_RESULTS);
  const occurrences = new Map<string, number>();
  const results = kept.map((finding) => {
    const key = `${finding.file}\0${finding.detectorId}\0${finding.fingerprint}`;
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    return sarifResult(finding, ruleIndex.get(finding.detectorId), occurrence);
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'secrets-action',
            semanticVersion: report.version,
            rules: report.detectors.map(sarifRule),
          },
        },
        originalUriBaseIds: { [rootId]: { uri: pathToFileURL(`${report.root}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return {
    text: `${JSON.stringify(log, null, 2)}\n`,
    truncated: report.findings.length - kept.length,
  };
}

function sarifResult(finding: Finding, ruleIndex: number | undefined, occurrence: number) {
  const lineHash = createHash('sha256')
    .update(`${finding.detectorId}\0${finding.fingerprint}`)
    .digest('hex')
    .slice(0, 16);
  return {
    ruleId: finding.detectorId,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: 'error',
    message: { text: `${finding.secretType} found (${finding.detectorId}): ${finding.redacted}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUriPath(finding.file), uriBaseId: rootId },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${lineHash}:${occurrence}` },
    properties: { hashed_secret: finding.hashedSecret, secret_type: finding.secretType },
  };
}

/** A relative POSIX path as a URI reference: each segment percent-encoded. */
function toUriPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
