/** How much a match alone says: a provider prefix is near-certain, a keyword-anchored value less so. */
export type DetectorStrength = 'prefixed' | 'contextual' | 'generic';

/** Example lines a detector must (positive) or must not (negative) flag; `{class:n}` placeholders are filled at test time. */
export interface DetectorExamples {
  positive: string[];
  negative: string[];
}

/** What every detector has, whatever it reads: listed, configured and reported by these. */
export interface DetectorIdentity {
  /** `provider-kind`, stable forever: baselines and allowlists refer to it. */
  id: string;
  description: string;
  /** The detect-secrets `type` name where detect-secrets has one, else our own display name. */
  secretType: string;
  /** Provider name used for reporting and per-provider evaluation. */
  provider: string;
  strength: DetectorStrength;
  /** False for detectors a scan runs only when enabled in the config (noisy ones, such as public IPs). */
  enabledByDefault?: boolean;
}

/** Fields shared by every text detector, whether it is a regex (data) or code. */
export interface DetectorInfo extends DetectorIdentity {
  /** Lower-case literals; the detector runs only around lines holding one of them. */
  keywords: string[];
  /**
   * A regex source that picks segments where no literal keyword can (Twilio's `SK` + 32 hex): all
   * triggers run together in one case-sensitive pass, so start each with a distinctive literal.
   */
  trigger?: string;
  /** Lines before and after a keyword line that may hold the rest of the match (XML elements, wrapped YAML). */
  contextLines?: number;
  /** Shannon entropy (bits per character) the secret must reach. */
  minEntropy?: number;
  /** Regex sources; a captured secret matching any of them is not reported. */
  allowlist?: string[];
  examples: DetectorExamples;
}

/** A detector that is a regular expression: the common case, kept as data. */
export interface PatternDetector extends DetectorInfo {
  /**
   * Regex source (JavaScript syntax, compiled with the `g` flag plus `flags`). The named group
   * `secret` is the credential (the whole match without it); an optional named group `hashed` is
   * the part detect-secrets hashes, for baseline compatibility.
   */
  pattern: string;
  flags?: string;
}

/** A candidate secret inside a segment of text, found by a detector before filtering. */
export interface RawMatch {
  /** Offset of the secret in the whole text. */
  start: number;
  end: number;
  secret: string;
  /** The value detect-secrets would hash when it differs from `secret`. */
  hashed?: string;
}

/** What a code detector sees: the whole text and the segment the prefilter chose. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  path: string;
}

/** A detector written as code, for formats a regex cannot judge alone (JWT structure, entropy, PEM blocks). */
export interface CodeDetector extends DetectorInfo {
  detect(segment: Segment): RawMatch[];
  /**
   * Whether a file can hold a finding at all (a Kubernetes Secret's `kind`, an HCL block): when
   * false, `detect` would find nothing anywhere in it, and the engine skips its hits there. Asked
   * once per file, on the detector's first hit.
   */
  fileGate?(text: string, path: string): boolean;
  /**
   * How far `detect` reads beyond its segment's lines, in characters before and after. Unset, it
   * may read anywhere, and a file it has a hit in is decoded whole; set, the scan of a large
   * file decodes only the lines around its hits (see `keep_hit_lines` in wasm/prefilter.c), and
   * its `fileGate`, if any, still gets the whole text.
   */
  reach?: { before: number; after: number };
  /**
   * Set when, in files where `quotedOnly(path)`, the detector reports only quoted strings of one
   * charset above an entropy: the prefilter over bytes then picks just the lines holding such a
   * string, not every trigger hit.
   */
  quotedEntropy?: QuotedEntropyHint;
  /**
   * Set when every line the detector can report from meets a condition: the prefilters drop the
   * detector from keyword hits on lines that fail it, before anything is decoded.
   */
  lineGate?: LineGate;
}

/**
 * A condition every line a code detector can report from meets, so that a line failing it is
 * never scanned by the detector. It never decides a finding: it must pass every line the
 * detector could report from, which tests check by comparing findings with and without it.
 */
export interface LineGate {
  /**
   * The tests the prefilter over bytes runs for it: `assignment` is `assignment_line` in
   * wasm/prefilter.c, which mirrors the keyword detector's gate (detectors/generic/assignment-gate.ts).
   */
  kind: 'assignment';
  /** Whether, in this file, only quoted values count (code) or bare ones too (config). */
  quotedValuesOnly(path: string): boolean;
  /** Whether the line [start, end) of `text` (its content, without the break) passes in `path`. */
  passes(text: string, start: number, end: number, path: string): boolean;
}

/** The strings an entropy detector can report: detect-secrets' quoted-string tokenisation. */
export interface QuotedEntropyHint {
  /** ASCII characters a string is made of, between two equal quotes (`"` or `'`). */
  charset: string;
  minLength: number;
  maxLength?: number;
  /** The detector reports only strings whose Shannon entropy is strictly above this. */
  minEntropy: number;
  /** Whether the detector reads quoted strings only in this file (else the trigger applies). */
  quotedOnly(path: string): boolean;
}

/** A detector that reads text: the engine runs it on lines its keywords or trigger pick. */
export type TextDetector = PatternDetector | CodeDetector;

/** A file a file detector must (positive) or must not (negative) flag: its path and its first bytes. */
export interface FileExample {
  path: string;
  /** The content's first bytes as hex, spaces allowed (`fe ed fe ed`); `''` is an empty file. */
  hex: string;
}

/** Example files for a file detector, checked by the registry's table test. */
export interface FileExamples {
  positive: FileExample[];
  negative: FileExample[];
}

/**
 * A detector that judges a whole file rather than its text: a format whose mere presence in a
 * repository is the leak (key stores holding private keys). It claims paths by extension and
 * confirms by the content's first bytes, so an empty or text file with such a name is not one.
 */
export interface FileDetector extends DetectorIdentity {
  kind: 'file';
  /** Lower-case extensions without the dot (`p12`). */
  extensions: string[];
  /**
   * The format's name when `content` (the whole file) is one, for the redacted form
   * (`PKCS#12 key store`); undefined when the bytes do not confirm it.
   */
  recognize(content: Uint8Array, extension: string): string | undefined;
  fileExamples: FileExamples;
}

/** Any registered detector: text detectors run on lines, file detectors on whole files. */
export type Detector = TextDetector | FileDetector;

/** One reported secret; it never carries the secret itself, only a redacted form and a hash. */
export interface Finding {
  detectorId: string;
  secretType: string;
  provider: string;
  file: string;
  /** 1-based, counting `\r\n`, `\n` and a lone `\r` as line ends (as detect-secrets does). */
  line: number;
  /** 1-based UTF-16 column of the secret's first character. */
  column: number;
  endLine: number;
  endColumn: number;
  redacted: string;
  /** SHA-1 hex of the value, computed as detect-secrets computes it. */
  hashedSecret: string;
  /**
   * SHA-1 hex of the whole secret: tells two secrets apart where `hashedSecret` covers only a
   * prefix (detect-secrets hashes `ghp` for every GitHub token). Used for SARIF fingerprints.
   */
  fingerprint: string;
}

/** Why a file or line was not scanned; counted and reported, never silent. */
export type SkipReason = 'binary' | 'too-large' | 'long-line' | 'unreadable' | 'excluded';

/** A file or part of one that was skipped. */
export interface Skip {
  file: string;
  reason: SkipReason;
  /** 1-based line, for long-line skips. */
  line?: number;
  detail?: string;
}

/** What scanning one text produced. */
export interface TextScanResult {
  findings: Finding[];
  skips: Skip[];
}
