import type {
  CodeDetector,
  Detector,
  FileDetector,
  PatternDetector,
  TextDetector,
} from './types.js';

/** A detector with its regexes compiled once per scanner. */
export interface CompiledDetector {
  detector: TextDetector;
  /** Set for pattern detectors; has the `g` and `d` flags. */
  regex?: RegExp;
  code?: CodeDetector;
  allowlist: RegExp[];
  /** Strength rank: 0 prefixed, 1 contextual, 2 generic (lower wins on overlap). */
  rank: number;
}

/** Whether a detector is written as code rather than as a regex. */
export function isCodeDetector(detector: Detector): detector is CodeDetector {
  return typeof (detector as CodeDetector).detect === 'function';
}

/** Whether a detector judges whole files (key stores) rather than text. */
export function isFileDetector(detector: Detector): detector is FileDetector {
  return (detector as FileDetector).kind === 'file';
}

/** Whether a detector reads text: a pattern or a code detector. */
export function isTextDetector(detector: Detector): detector is TextDetector {
  return !isFileDetector(detector);
}

const rankOf = { prefixed: 0, contextual: 1, generic: 2 } as const;

/** Compiles a detector's regexes, naming the detector in any syntax error. */
export function compileDetector(detector: TextDetector): CompiledDetector {
  const allowlist = (detector.allowlist ?? []).map((source) =>
    compileRegex(source, 'i', `allowlist of detector ${detector.id}`),
  );
  const rank = rankOf[detector.strength];
  if (isCodeDetector(detector)) return { detector, code: detector, allowlist, rank };
  const pattern = detector as PatternDetector;
  const flags = `gd${(pattern.flags ?? '').replace(/[gd]/g, '')}`;
  return {
    detector,
    regex: compileRegex(pattern.pattern, flags, `detector ${detector.id}`),
    allowlist,
    rank,
  };
}

/** Compiles a regex or throws an error that names where it came from. */
export function compileRegex(source: string, flags: string, origin: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`invalid regular expression in ${origin}: ${(error as Error).message}`);
  }
}
