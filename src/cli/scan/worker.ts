import { parentPort } from 'node:worker_threads';
import { builtinDetectors } from '../../scanner/detectors/index.js';
import { createScanner, type ScanSettings } from '../../scanner/config/settings.js';
import { scanFile, type FileScanResult } from '../../scanner/sources/scan-file.js';
import type { FileRef } from '../../scanner/sources/targets.js';

const marker = 'secrets-action/scan-worker';

/** What a scan worker is started with. */
export interface ScanWorkerData {
  kind: typeof marker;
  settings: ScanSettings;
}

/** A batch of files sent to a worker. */
export interface BatchRequest {
  id: number;
  files: FileRef[];
}

/** A worker's answer to one batch. */
export type BatchResponse =
  { id: number; results: FileScanResult[] } | { id: number; error: string };

/** The data that starts a scan worker. */
export function scanWorkerData(settings: ScanSettings): ScanWorkerData {
  return { kind: marker, settings };
}

/** Whether this thread was started as a scan worker (the bundle's entry checks it). */
export function isScanWorkerData(data: unknown): data is ScanWorkerData {
  return typeof data === 'object' && data !== null && (data as ScanWorkerData).kind === marker;
}

/** Scans the files of a batch: the same code the single-threaded scan runs. */
export function scanBatch(
  scanner: ReturnType<typeof createScanner>,
  files: readonly FileRef[],
  maxFileSize: number,
): FileScanResult[] {
  return files.map((file) => scanFile(scanner, file, maxFileSize));
}

/** The worker's loop: one scanner of its own, then batches in and results out until terminated. */
export function runScanWorker(data: ScanWorkerData): void {
  const port = parentPort;
  if (!port) throw new Error('runScanWorker must run in a worker thread');
  const scanner = createScanner(data.settings, builtinDetectors);
  port.on('message', (request: BatchRequest) => {
    let response: BatchResponse;
    try {
      response = {
        id: request.id,
        results: scanBatch(scanner, request.files, data.settings.maxFileSize),
      };
    } catch (error) {
      response = { id: request.id, error: String((error as Error)?.stack ?? error) };
    }
    port.postMessage(response);
  });
}
