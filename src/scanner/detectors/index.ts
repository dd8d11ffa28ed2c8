import type { Detector } from '../types.js';
import { detectors as core } from './core/index.js';
import { detectors as files } from './files/index.js';
import { detectors as generic } from './generic/index.js';
import { detectors as providersAtoF } from './providers-a-f/index.js';
import { detectors as providersGtoO } from './providers-g-o/index.js';
import { detectors as providersPtoZ } from './providers-p-z/index.js';

/** Every built-in detector. Ids are unique and never change once shipped. */
export const builtinDetectors: readonly Detector[] = [
  ...core,
  ...files,
  ...providersAtoF,
  ...providersGtoO,
  ...providersPtoZ,
  ...generic,
];

/** The detectors a scan runs unless configured otherwise. */
export const defaultDetectors: readonly Detector[] = builtinDetectors.filter(
  (detector) => detector.enabledByDefault !== false,
);

/** Looks up a built-in detector by id. */
export function findDetector(id: string): Detector | undefined {
  return builtinDetectors.find((detector) => detector.id === id);
}
