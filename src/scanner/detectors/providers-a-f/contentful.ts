import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './common.js';

// Content Delivery/Preview API tokens: 43 base64url characters. Personal access tokens (Content
// Management API): `CFPAT-` + 43 characters.
// https://www.contentful.com/developers/docs/references/authentication/

/** Contentful delivery tokens and personal access tokens. */
export const contentfulDetectors: PatternDetector[] = [
  prefixed({
    id: 'contentful-personal-access-token',
    description: 'Contentful personal access token',
    provider: 'contentful',
    prefix: 'CFPAT-',
    body: '[A-Za-z0-9_-]{43}',
    examples: {
      positive: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-{b64u:43}', 'managementToken: "CFPAT-{an:43}"'],
      negative: ['CFPAT-{an:20}', 'CFPAT-{an:45}'],
    },
  }),
  contextual({
    id: 'contentful-delivery-api-token',
    description: 'Contentful delivery API token',
    provider: 'contentful',
    names: ['contentful'],
    value: '[A-Za-z0-9_=-]{43}',
    after: '(?![A-Za-z0-9_=-])',
    minEntropy: 3.5,
    examples: {
      positive: ['CONTENTFUL_ACCESS_TOKEN={b64u:43}', 'contentfulDeliveryToken: "{lan:43}"'],
      negative: ['CONTENTFUL_ACCESS={b64u:40}', 'CONTENTFUL_SPACE_ID={lan:12}'],
    },
  }),
];
