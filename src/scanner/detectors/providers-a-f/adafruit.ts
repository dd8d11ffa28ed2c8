import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './common.js';

// Adafruit IO keys: 32 characters; current keys are `aio_` + 28 base62 characters, older keys
// carry no prefix. https://io.adafruit.com/api/docs/#authentication

/** Adafruit IO keys, prefixed or assigned to an Adafruit-named setting. */
export const adafruitDetectors: PatternDetector[] = [
  prefixed({
    id: 'adafruit-io-key',
    description: 'Adafruit IO key',
    provider: 'adafruit',
    prefix: 'aio_',
    body: '[A-Za-z0-9]{28}',
    minEntropy: 3,
    examples: {
      positive: ['#define IO_KEY "aio_{an:28}"', "aio_key = 'aio_{an:28}'"],
      negative: ['see aio_{an:20} for details', 'aio_{an:28}_{an:4}'],
    },
  }),
  contextual({
    id: 'adafruit-api-key',
    description: 'Adafruit IO key (unprefixed)',
    provider: 'adafruit',
    names: ['adafruit'],
    value: '[A-Za-z0-9_-]{32}',
    after: '(?![A-Za-z0-9_-])',
    minEntropy: 3.2,
    examples: {
      positive: ['ADAFRUIT_IO_KEY={lan:32}', '"adafruitToken": "{an:16}_{an:15}"'],
      negative: ['ADAFRUIT_IO={lan:31}', 'adafruit_feed = "{lan:40}"'],
    },
  }),
];
