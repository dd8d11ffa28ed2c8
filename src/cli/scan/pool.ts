import { Worker } from 'node:worker_threads';
import type { ScanSettings } from '../../scanner/config/settings.js';
import type { FileScanResult } from '../../scanner/sources/scan-file.js';
import type { FileRef } from '../../scanner/sources/targets.js';
import { scanWorkerData, type BatchRequest, type BatchResponse } from './worker.js';

/** How a pool is set up. */
export interface PoolOptions {
  workers: number;
  /** The bundle file; its entry runs the worker loop when it sees the worker data. */
  workerUrl: URL;
  settings: ScanSettings;
  /** Files per message: large enough to amortise messaging, small enough to balance load. */
  batchSize?: number;
}

/** Batches queued per worker, so that a worker never waits for the next one. */
const batchesInFlightPerWorker = 2;

/**
 * Scans a stream of files on a pool of worker threads, each with its own scanner. Files are
 * pulled from the stream only as workers free up, so memory stays flat; results arrive in any
 * order (the report sorts them).
 */
export async function scanWithPool(
  files: Iterable<FileRef>,
  options: PoolOptions,
  onResult: (result: FileScanResult) => void,
): Promise<void> {
  const batchSize = options.batchSize ?? 32;
  const workers = Array.from(
    { length: options.workers },
    () => new Worker(options.workerUrl, { workerData: scanWorkerData(options.settings) }),
  );
  const load = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  let outstanding = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const failed = new Promise<never>((_, reject) => {
    const fail = (error: Error) => {
      failure ??= error;
      reject(failure);
      wake?.();
    };
    for (const worker of workers) {
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (outstanding > 0)
          fail(new Error(`a scan worker stopped unexpectedly (exit code ${code})`));
      });
      worker.on('message', (response: BatchResponse) => {
        if ('error' in response) return fail(new Error(`a scan worker failed: ${response.error}`));
        response.results.forEach(onResult);
        load.set(worker, (load.get(worker) ?? 1) - 1);
        outstanding--;
        wake?.();
      });
    }
  });
  failed.catch(() => undefined);

  let nextId = 0;
  const send = async (batch: FileRef[]) => {
    for (;;) {
      if (failure) throw failure;
      const [worker, inFlight] = [...load].sort((a, b) => a[1] - b[1])[0] as [Worker, number];
      if (inFlight < batchesInFlightPerWorker) {
        const id = nextId++;
        load.set(worker, inFlight + 1);
        outstanding++;
        worker.postMessage({ id, files: batch } satisfies BatchRequest);
        return;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };

  try {
    let batch: FileRef[] = [];
    for (const file of files) {
      batch.push(file);
      if (batch.length >= batchSize) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await send(batch);
    while (outstanding > 0) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
