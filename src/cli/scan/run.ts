import { availableParallelism } from 'node:os';
import { builtinDetectors } from '../../scanner/detectors/index.js';
import { createScanner, type ScanSettings } from '../../scanner/config/settings.js';
import { ScanTally } from '../../scanner/report/index.js';
import { scanFile, type FileScanResult } from '../../scanner/sources/scan-file.js';
import type { FileRef } from '../../scanner/sources/targets.js';
import { scanWithPool } from './pool.js';

/** Everything one scan run needs, with its side channels. */
export interface ScanRun {
  files: Iterable<FileRef>;
  settings: ScanSettings;
  /** True for files `exclude-files` leaves out; they are counted, not read. */
  isExcluded: (path: string) => boolean;
  /** Worker threads; undefined decides from the number of files. */
  jobs?: number;
  /** The bundle workers run; without it the scan runs on this thread. */
  workerUrl?: URL;
  tally: ScanTally;
  onResult?: (result: FileScanResult) => void;
}

/** Below this many files, starting workers costs more than it saves. */
const filesPerExtraWorker = 256;
/** How long the single-threaded scan runs before it lets timers (the progress line) run. */
const yieldEveryMs = 50;

/** Scans every file of a run into its tally, on this thread or on a pool of workers. */
export async function runScan(run: ScanRun): Promise<void> {
  const { tally } = run;
  const files = withoutExcluded(run.files, run.isExcluded, tally);
  const { head, rest } = peek(files, filesPerExtraWorker);
  const jobs =
    run.workerUrl === undefined
      ? 1
      : (run.jobs ?? (head.length < filesPerExtraWorker ? 1 : availableParallelism()));
  const record = (result: FileScanResult) => {
    tally.add(result);
    run.onResult?.(result);
  };
  if (jobs <= 1 || run.workerUrl === undefined) {
    const scanner = createScanner(run.settings, builtinDetectors);
    let lastYield = performance.now();
    for (const file of rest) {
      record(scanFile(scanner, file, run.settings.maxFileSize));
      // Reads and scans are synchronous: without a macrotask break the progress timer never fires.
      if (performance.now() - lastYield > yieldEveryMs) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = performance.now();
      }
    }
    return;
  }
  await scanWithPool(
    rest,
    { workers: jobs, workerUrl: run.workerUrl, settings: run.settings },
    record,
  );
}

function* withoutExcluded(
  files: Iterable<FileRef>,
  isExcluded: (path: string) => boolean,
  tally: ScanTally,
): Generator<FileRef> {
  for (const file of files) {
    if (isExcluded(file.relative)) tally.skip({ file: file.relative, reason: 'excluded' });
    else yield file;
  }
}

/** Takes up to `count` items off a stream, and gives back a stream that still yields them all. */
function peek<T>(source: Iterable<T>, count: number): { head: T[]; rest: Iterable<T> } {
  const iterator = source[Symbol.iterator]();
  const head: T[] = [];
  let ended = false;
  while (head.length < count) {
    const next = iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  function* rest(): Generator<T> {
    yield* head;
    if (ended) return;
    for (let next = iterator.next(); next.done !== true; next = iterator.next()) yield next.value;
  }
  return { head, rest: rest() };
}
