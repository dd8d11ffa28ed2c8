import type { Detector } from '../../types.js';

/** Detectors of this group, in registry order. */
export const detectors: Detector[] = [];
