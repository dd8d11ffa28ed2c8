import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Sumo Logic access keys (https://help.sumologic.com/docs/manage/security/access-keys/): an
// access id is `su` + 12 alphanumerics, the access key 64 alphanumerics.
// `sumo` must not run into a lower-case letter, so that `sumOfValues` is not a Sumo name.
const sumo = `(?<![A-Za-z])${anyCase('sumo')}(?:${anyCase('logic')})?(?![a-z])`;

/** Sumo Logic access id and access key, recognised by their variable names. */
export const sumologicDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'sumologic-access-id',
    description: 'Sumo Logic access id',
    provider: 'sumologic',
    name: sumo,
    value: 'su[A-Za-z0-9]{12}',
    keywords: ['sumo'],
    minEntropy: 2.5,
    positive: ['SUMOLOGIC_ACCESSID=su{an:12}', 'sumologic.accessId = "su{an:12}"'],
    negative: ['SUMOLOGIC_ACCESSID=XXXXXXXXXXXXXX', 'sumObj = su{an:12}'],
  }),
  contextualDetector({
    id: 'sumologic-access-token',
    description: 'Sumo Logic access key',
    provider: 'sumologic',
    name: sumo,
    value: '[A-Za-z0-9]{64}',
    keywords: ['sumo'],
    minEntropy: 3,
    positive: ['SUMO_ACCESS_KEY={an:64}', 'export SUMOLOGIC_ACCESSKEY="{an:64}"'],
    negative: ['SUMO_ACCESS_KEY=AbCeFG123', 'sumOfExposures = {an:64};'],
  }),
];
