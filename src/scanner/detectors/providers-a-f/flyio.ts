import type { PatternDetector } from '../../types.js';

// Fly.io tokens: macaroon tokens `fm1a_`, `fm1r_`, `fm2_` + base64 (written after `FlyV1 `,
// several joined by commas), and older personal access tokens `fo1_` + 43 base64url characters.
// https://fly.io/docs/security/tokens/

/** Fly.io API tokens. */
export const flyioDetectors: PatternDetector[] = [
  {
    id: 'flyio-access-token',
    description: 'Fly.io personal access token',
    secretType: 'Fly.io API token',
    provider: 'flyio',
    strength: 'prefixed',
    keywords: ['fo1_'],
    minEntropy: 3.5,
    pattern: '(?<![A-Za-z0-9_-])(?<secret>fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])',
    examples: {
      positive: ['FLY_API_TOKEN=fo1_{b64u:43}', 'Fly access token: fo1_{an:43}'],
      negative: ['fo1_{an:30}', '{an:4}-Fo1_{an:43}'],
    },
  },
  {
    id: 'flyio-macaroon-token',
    description: 'Fly.io macaroon token',
    secretType: 'Fly.io API token',
    provider: 'flyio',
    strength: 'prefixed',
    keywords: ['fm1a_', 'fm1r_', 'fm2_'],
    minEntropy: 4,
    pattern:
      '(?<![A-Za-z0-9_+/-])(?<secret>fm(?:1[ar]|2)_[A-Za-z0-9+/]{80,4096}={0,3})(?![A-Za-z0-9_+/=-])',
    examples: {
      positive: ['FLY_API_TOKEN="FlyV1 fm2_{b64:300}"', 'token: fm1a_{b64:110}=='],
      negative: ['FLY_API_TOKEN="FlyV1 fm2_{b64:30}"'],
    },
  },
];
