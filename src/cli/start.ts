import { isMainThread, workerData } from 'node:worker_threads';
import { tuneRuntimeForScanning } from '../scanner/runtime-tuning.js';
import { main } from './main.js';
import { isScanWorkerData, runScanWorker } from './scan/worker.js';

/** Runs the command line, or a scan worker's part of it; `entry` is the bundle's entry file. */
export async function start(entry: URL): Promise<void> {
  // Once, on the main thread: the settings are process-wide.
  if (isMainThread) tuneRuntimeForScanning();

  // The bundle is a single file, so worker threads start it again; the worker data says which
  // role this thread plays.
  if (!isMainThread && isScanWorkerData(workerData)) {
    runScanWorker(workerData);
  } else {
    process.exitCode = await main(process.argv.slice(2), {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      cwd: process.cwd(),
      env: process.env,
      stderrIsTTY: process.stderr.isTTY === true,
      workerUrl: entry,
    });
  }
}
