/**
 * Whether the command line already gave V8 a flag matching `pattern` (written with `-`; V8
 * reads `_` as `-`): the scanner's run-time V8 settings then leave that choice alone.
 */
export function commandLineSets(execArgv: readonly string[], pattern: RegExp): boolean {
  return execArgv.some((flag) => pattern.test(flag.replaceAll('_', '-')));
}
