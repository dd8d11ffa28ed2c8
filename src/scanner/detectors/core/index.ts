import type { Detector } from '../../types.js';
import { githubDetectors } from './github.js';

/** Detectors of this group, in registry order. */
export const detectors: Detector[] = [...githubDetectors];
