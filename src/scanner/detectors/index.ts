import type { Detector } from '../types.js';
import { detectors as cloud } from './cloud/index.js';
import { detectors as core } from './core/index.js';
import { detectors as generic } from './generic/index.js';
import { detectors as saasAtoK } from './saas-a-k/index.js';
import { detectors as saasLtoZ } from './saas-l-z/index.js';

/** Every built-in detector. Ids are unique and never change once shipped. */
export const builtinDetectors: readonly Detector[] = [...core, ...cloud, ...saasAtoK, ...saasLtoZ, ...generic];

/** Looks up a built-in detector by id. */
export function findDetector(id: string): Detector | undefined {
  return builtinDetectors.find((detector) => detector.id === id);
}
