/**
 * Why a regex source cannot be used, or undefined when it compiles. The message never repeats
 * the pattern: an `exclude-secrets` entry may be a literal secret.
 */
export function regexSyntaxProblem(source: string, flags: string): string | undefined {
  try {
    new RegExp(source, flags);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    // V8 writes "Invalid regular expression: /<source>/<flags>: <reason>"; keep only the reason.
    const reason = message.slice(message.lastIndexOf(': ') + 2);
    return `invalid regular expression (${reason})`;
  }
}

/**
 * Why a regex may take super-linear time on some input, or undefined when it is proven safe.
 * The automaton checker proves linearity; it answers `unknown` for what it cannot model
 * (lookbehind, backreferences), and only then does the fuzzing checker get a say.
 */
export async function backtrackingProblem(
  source: string,
  flags: string,
): Promise<string | undefined> {
  // Loaded on demand: recheck is large, and most scans have no regex of their own to check.
  const { checkSync } = await import('recheck/lib/browser.js');
  const cleanFlags = flags.replace(/[gdy]/g, '');
  const proven = checkSync(source, cleanFlags, { checker: 'automaton', timeout: 10_000 });
  const result =
    proven.status === 'unknown' ? checkSync(source, cleanFlags, { timeout: 10_000 }) : proven;
  if (result.status === 'safe') return undefined;
  if (result.status === 'vulnerable') {
    return (
      `may backtrack catastrophically (${result.complexity.summary} time on crafted input); ` +
      'make repeated parts unambiguous: bound them with {m,n} and do not nest quantifiers'
    );
  }
  const reason = result.error.kind === 'timeout' ? 'the check timed out' : result.error.kind;
  return `could not be proven free of catastrophic backtracking (${reason}); simplify it`;
}
