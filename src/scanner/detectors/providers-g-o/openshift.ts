import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// OpenShift OAuth access tokens (docs.openshift.com, "Token format"): `sha256~` + 43 base64url.

/** OpenShift user / OAuth access tokens. */
export const openshiftDetectors: PatternDetector[] = [
  prefixed({
    id: 'openshift-user-token',
    description: 'OpenShift OAuth access token',
    secretType: 'OpenShift User Token',
    provider: 'openshift',
    keywords: ['sha256~'],
    prefix: 'sha256~',
    body: '[A-Za-z0-9_-]{43}',
    pattern: '(?<![A-Za-z0-9_-])(?<secret>sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])',
    positive: [
      'oc login --token=sha256~{b64u:43} --server=https://api.{l:6}.example:6443',
      'OPENSHIFT_TOKEN="sha256~{an:43}"',
    ],
    negative: ['sha256~{an:30}', 'sha256~{an:50}'],
  }),
];
