/**
 * Scores the scanner on a labelled corpus (default ../shared/corpus/dev): line-level precision,
 * recall and F1, and recall per provider. `--show RULE[,RULE]` lists misses and false positives
 * for those corpus rules (use `all` for every rule); values are never printed, only locations.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinDetectors } from '../src/scanner/detectors/index.js';
import { SecretScanner } from '../src/scanner/engine.js';

interface Example {
  file: string;
  line: number;
  end_line: number;
  rule_id: string;
  provider: string;
  kind: 'tp' | 'fp';
}

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve('..', 'shared', 'corpus', 'dev') },
    show: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const corpus = values.corpus as string;
if (!existsSync(join(corpus, 'labels.json'))) {
  console.log(`eval: skipped, no labelled corpus at ${corpus} (it lives in ../shared, which a fresh clone does not have)`);
  process.exit(0);
}

const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as { files_dir: string; examples: Example[] };
const filesDir = join(corpus, labels.files_dir);
const scanner = new SecretScanner(builtinDetectors);
const show = new Set((values.show ?? '').split(',').filter(Boolean));
const shown = (rule: string) => show.has('all') || show.has(rule);

const byFile = new Map<string, Example[]>();
for (const example of labels.examples) {
  const list = byFile.get(example.file) ?? [];
  list.push(example);
  byFile.set(example.file, list);
}

let truePositives = 0;
let falsePositives = 0;
let falseNegatives = 0;
const providerStats = new Map<string, { found: number; total: number }>();
const started = performance.now();
for (const [file, examples] of byFile) {
  const text = readFileSync(join(filesDir, file), 'utf8');
  const { findings } = scanner.scanText(text, file);
  const findingLines = new Map<number, string[]>();
  for (const finding of findings) {
    const ids = findingLines.get(finding.line) ?? [];
    ids.push(finding.detectorId);
    findingLines.set(finding.line, ids);
  }
  const matchedLines = new Set<number>();
  for (const example of examples.filter((e) => e.kind === 'tp')) {
    const stats = providerStats.get(example.provider) ?? { found: 0, total: 0 };
    stats.total++;
    const hit = [...findingLines.keys()].filter((line) => line >= example.line && line <= example.end_line);
    if (hit.length > 0) {
      truePositives++;
      stats.found++;
      hit.forEach((line) => matchedLines.add(line));
    } else {
      falseNegatives++;
      if (shown(example.rule_id)) console.log(`MISS ${example.rule_id}  ${join(filesDir, file)}:${example.line}`);
    }
    providerStats.set(example.provider, stats);
  }
  for (const [line, ids] of findingLines) {
    if (matchedLines.has(line)) continue;
    falsePositives++;
    const rule = examples[0]?.rule_id ?? '';
    if (shown(rule)) console.log(`FP   ${rule}  ${join(filesDir, file)}:${line}  by ${ids.join(',')}`);
  }
}
const seconds = (performance.now() - started) / 1000;

const precision = truePositives / Math.max(1, truePositives + falsePositives);
const recall = truePositives / Math.max(1, truePositives + falseNegatives);
const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
const providers = [...providerStats.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
const macroRecall = providers.reduce((sum, [, s]) => sum + s.found / s.total, 0) / Math.max(1, providers.length);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

if (values.json) {
  console.log(JSON.stringify({ truePositives, falsePositives, falseNegatives, precision, recall, f1, macroRecall }));
} else {
  const weak = providers.filter(([, s]) => s.found < s.total);
  console.log('\nRecall per provider (providers below 100%):');
  for (const [provider, s] of weak) console.log(`  ${provider.padEnd(28)} ${pct(s.found / s.total).padStart(7)}  ${s.found}/${s.total}`);
  console.log(`\ncorpus      ${corpus}`);
  console.log(`examples    ${labels.examples.length} in ${byFile.size} files, ${providers.length} providers, scanned in ${seconds.toFixed(2)} s`);
  console.log(`TP ${truePositives}  FP ${falsePositives}  FN ${falseNegatives}`);
  console.log(`precision   ${pct(precision)}`);
  console.log(`recall      ${pct(recall)}`);
  console.log(`F1          ${pct(f1)}`);
  console.log(`recall averaged over providers  ${pct(macroRecall)}`);
}
