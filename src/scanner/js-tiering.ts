import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { commandLineSets } from './v8-flags.js';

/** V8 flags that choose how far JavaScript is optimized. */
const tieringFlag = /^--(?:(?:no-)?(?:turbofan|opt|maglev)|max-opt|jitless)(?:=|$)/;

/**
 * Keeps the process's JavaScript off V8's optimizing compiler (TurboFan), but for a long loop's
 * on-stack replacement; WebAssembly still tiers up. A scan's hot loops run in the prefilter's
 * WebAssembly module; its JavaScript runs once per file or hit, where V8's mid-tier code is as
 * fast on the benchmark tree. TurboFan still compiled some fifty of those functions there, for
 * about 0.2 s of CPU on a background thread that, on one core, takes turns with the scan.
 *
 * Only where V8 has Maglev, its mid tier, on by default (V8 12, Node 22 and later): without it,
 * JavaScript stays on the baseline compiler, which made the history scan, whose diff parsing is
 * JavaScript, up to half slower on Node 20.
 *
 * For a process's entry point, before any code is hot: the flag is process-wide and V8 reads it
 * at each tier-up decision, so set this early it acts as if given at start. Changes nothing and
 * returns false when the command line already chose (`node --turbofan …` to measure with it).
 */
export function keepJavaScriptOffTurbofan(
  execArgv: readonly string[] = process.execArgv,
  v8Version: string = process.versions.v8,
): boolean {
  if (!hasMaglevByDefault(v8Version)) return false;
  if (commandLineSets(execArgv, tieringFlag)) return false;
  setFlagsFromString('--no-turbofan');
  return true;
}

/** Whether this V8 (`process.versions.v8`) runs Maglev unless told not to. */
export function hasMaglevByDefault(v8Version: string): boolean {
  return Number.parseInt(v8Version, 10) >= 12;
}

/**
 * Where V8 has no Maglev (Node 20), the flag that keeps a scan of files off TurboFan when the
 * process may use one CPU only (a one-CPU container, or `taskset`); undefined to leave V8 as it
 * is. On one CPU, TurboFan's compiles take turns with the scan, and the baseline compiler's
 * slower but free code wins: pinned to one CPU, Node 20 scanned the bench tree in 1.12 s instead
 * of 1.29 s. With a second CPU, TurboFan compiles there and wins (0.97 s against 1.14 s). The
 * history scan parses diffs in JavaScript and needs TurboFan even on one CPU (2.4 s against
 * 3.3 s), so only file scans ask. A tiering flag on the command line is left alone.
 */
export function fileScanTieringFlag(
  execArgv: readonly string[],
  v8Version: string,
  cpus: number,
): string | undefined {
  if (hasMaglevByDefault(v8Version) || cpus > 1) return undefined;
  if (commandLineSets(execArgv, tieringFlag)) return undefined;
  return '--no-opt';
}

/** Applies {@link fileScanTieringFlag} to this process; true when it set a flag. */
export function tuneTieringForFileScan(): boolean {
  const flag = fileScanTieringFlag(process.execArgv, process.versions.v8, availableParallelism());
  if (flag !== undefined) setFlagsFromString(flag);
  return flag !== undefined;
}
