import { keepYoungGenerationSmall } from './heap-sizing.js';
import { keepJavaScriptOffTurbofan } from './js-tiering.js';

/**
 * The V8 settings a scanning process makes at its entry point, before any code is hot and before
 * the scan allocates. Each is process-wide, so worker threads share it, and each leaves alone a
 * choice made on the command line.
 */
export function tuneRuntimeForScanning(): void {
  keepJavaScriptOffTurbofan();
  keepYoungGenerationSmall();
}
