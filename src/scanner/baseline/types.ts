/**
 * The `.secrets.baseline` model: detect-secrets 1.x's JSON schema, read from any version it ever
 * wrote and written back byte for byte as it would (see ../shared/interop/detect-secrets).
 */

/** One known secret occurrence in a file. */
export interface BaselineEntry {
  /** detect-secrets `type` (`GitHub Token`, `Secret Keyword`, …). */
  type: string;
  /** POSIX path relative to the repository root. */
  filename: string;
  /** Lower-case hex SHA-1 as detect-secrets computes it (quirks included). */
  hashedSecret: string;
  isVerified: boolean;
  /** Absent in `--slim` baselines and where unknown. */
  lineNumber?: number;
  /** Label from `audit`: true real, false false positive, absent unaudited. */
  isSecret?: boolean;
  /** Why the secret may stay, who answers for it, and until when (ISO date); ours, optional. */
  reason?: string;
  owner?: string;
  expires?: string;
  /**
   * SHA-1 of the whole secret, written only where `hashedSecret` covers part of it (GitHub and
   * GitLab tokens hash their prefix): it tells two such secrets in one file apart.
   */
  fingerprint?: string;
  /** Keys this tool does not know, kept in order so that rewriting loses nothing. */
  extra?: Record<string, unknown>;
}

/** A whole baseline file. */
export interface Baseline {
  version: string;
  /** detect-secrets plugin entries (`{name, limit?}`) as read, kept verbatim. */
  pluginsUsed: Record<string, unknown>[];
  /** detect-secrets filter entries (`{path, pattern?, …}`) as read, kept verbatim. */
  filtersUsed: Record<string, unknown>[];
  /** Entries by file path. */
  results: Map<string, BaselineEntry[]>;
  /** `%Y-%m-%dT%H:%M:%SZ`; written only when present. */
  generatedAt?: string;
  /** Top-level keys this tool does not know (a newer detect-secrets'), kept so rewriting loses nothing. */
  extra?: Record<string, unknown>;
}
