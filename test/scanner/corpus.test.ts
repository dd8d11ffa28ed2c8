import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDetectors } from '../../src/scanner/detectors/index.js';
import { hasCorpus, scoreCorpus } from '../../scripts/eval/score.js';

const corpus = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
const present = hasCorpus(corpus);
if (!present)
  console.warn(
    `corpus test skipped: no labelled corpus at ${corpus} (../shared is not part of a clone)`,
  );

describe.skipIf(!present)('accuracy on the labelled development corpus', () => {
  it('keeps precision and recall at or above 97%', () => {
    const score = scoreCorpus(corpus, defaultDetectors);
    expect(score.recall).toBeGreaterThanOrEqual(0.97);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
  });
});
