import type { FileDetector } from '../../types.js';
import { keystoreDetectors } from './keystores.js';

/** File detectors (whole files judged by name and first bytes), in registry order. */
export const detectors: FileDetector[] = [...keystoreDetectors];
