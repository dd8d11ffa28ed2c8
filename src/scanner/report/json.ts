import type { Finding } from '../types.js';
import type { ScanReport } from './model.js';

/** One finding as the JSON reports show it: where, which detector, the redacted form, the hash. */
export function findingJson(finding: Finding) {
  return {
    file: finding.file,
    line: finding.line,
    column: finding.column,
    end_line: finding.endLine,
    end_column: finding.endColumn,
    detector_id: finding.detectorId,
    type: finding.secretType,
    provider: finding.provider,
    redacted: finding.redacted,
    hashed_secret: finding.hashedSecret,
  };
}

/**
 * The JSON report: snake_case keys as detect-secrets writes them, findings and skips sorted,
 * nothing machine-specific (no absolute paths, no timestamps), so equal scans give equal bytes.
 */
export function formatJson(report: ScanReport): string {
  const { stats } = report;
  const document = {
    tool: { name: 'secrets-action', version: report.version },
    findings: report.findings.map(findingJson),
    skipped: report.skips.map((skip) => ({
      file: skip.file,
      reason: skip.reason,
      ...(skip.line !== undefined && { line: skip.line }),
      ...(skip.detail !== undefined && { detail: skip.detail }),
    })),
    summary: {
      findings: report.findings.length,
      files_scanned: stats.filesScanned,
      bytes_scanned: stats.bytesScanned,
      non_utf8_files: stats.nonUtf8Files,
      skipped: { ...stats.skipped },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
