/**
 * `npm run eval`: scores the scanner on a labelled corpus (default ../shared/corpus/dev) with
 * line-level precision, recall and F1, and recall per provider. `--show RULE[,RULE]` (or `all`)
 * lists misses and false positives with their locations; values are never printed.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDetectors } from '../src/scanner/detectors/index.js';
import { hasCorpus, scoreCorpus } from './eval/score.js';

const { values } = parseArgs({
  options: {
    corpus: {
      type: 'string',
      default: resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev'),
    },
    show: { type: 'string', default: '' },
    json: { type: 'boolean', default: false },
  },
});
const corpus = values.corpus as string;
if (!hasCorpus(corpus)) {
  console.log(
    `eval: skipped: no labelled corpus at ${corpus} (it is in ../shared, which a fresh clone does not have)`,
  );
  process.exit(0);
}

const score = scoreCorpus(corpus, defaultDetectors);
const show = new Set((values.show as string).split(',').filter(Boolean));
for (const mistake of score.mistakes) {
  if (!show.has('all') && !show.has(mistake.rule)) continue;
  const label = mistake.kind === 'miss' ? 'MISS' : 'FP  ';
  console.log(
    `${label} ${mistake.rule}  ${mistake.path}:${mistake.line}  ${mistake.detectors.join(',')}`,
  );
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const { truePositives, falsePositives, falseNegatives, precision, recall, f1, macroRecall } = score;
if (values.json) {
  console.log(
    JSON.stringify({
      truePositives,
      falsePositives,
      falseNegatives,
      precision,
      recall,
      f1,
      macroRecall,
    }),
  );
  process.exit(0);
}
const providers = [...score.byProvider].sort(([a], [b]) => (a < b ? -1 : 1));
console.log('\nRecall per provider (those below 100%):');
for (const [provider, s] of providers.filter(([, s]) => s.found < s.total)) {
  console.log(
    `  ${provider.padEnd(28)} ${pct(s.found / s.total).padStart(7)}  ${s.found}/${s.total}`,
  );
}
console.log(`\ncorpus      ${corpus}`);
console.log(
  `examples    ${score.examples} in ${score.files} files, ${providers.length} providers, ${score.seconds.toFixed(2)} s`,
);
console.log(`TP ${truePositives}  FP ${falsePositives}  FN ${falseNegatives}`);
console.log(`precision   ${pct(precision)}`);
console.log(`recall      ${pct(recall)}`);
console.log(`F1          ${pct(f1)}`);
console.log(`recall averaged over providers  ${pct(macroRecall)}`);
