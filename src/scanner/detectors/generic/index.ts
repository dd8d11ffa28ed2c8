import type { Detector } from '../../types.js';
import {
  authHeaderDetector,
  basicAuthDetector,
  connectionStringDetector,
  curlUserDetector,
} from './auth.js';
import { base64EntropyDetector, hexEntropyDetector } from './entropy.js';
import { cloudCredentialDetectors } from './ibm-azure.js';
import { ipPublicDetector } from './ip.js';
import { keywordDetector } from './keyword.js';
import { kubernetesSecretDetector, nugetPasswordDetector } from './manifests.js';
import { jwtDetector, privateKeyDetector } from './structural.js';

/** Detectors of this group, in registry order. */
export const detectors: Detector[] = [
  privateKeyDetector,
  jwtDetector,
  basicAuthDetector,
  connectionStringDetector,
  curlUserDetector,
  authHeaderDetector,
  kubernetesSecretDetector,
  nugetPasswordDetector,
  ...cloudCredentialDetectors,
  keywordDetector,
  base64EntropyDetector,
  hexEntropyDetector,
  ipPublicDetector,
];
