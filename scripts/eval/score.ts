import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SecretScanner } from '../../src/scanner/engine.js';
import { textEncodingOf } from '../../src/scanner/text-encoding.js';
import type { Detector } from '../../src/scanner/types.js';

/** One labelled example of the corpus (see the corpus README). */
export interface Example {
  file: string;
  line: number;
  end_line: number;
  rule_id: string;
  provider: string;
  kind: 'tp' | 'fp';
}

/** A location the scanner got wrong: a missed example or a finding on no true example. */
export interface Mistake {
  kind: 'miss' | 'false-positive';
  rule: string;
  path: string;
  line: number;
  detectors: string[];
}

/** Line-level scores of one corpus run. */
export interface CorpusScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Recall averaged over providers, so that template-heavy providers do not dominate. */
  macroRecall: number;
  byProvider: Map<string, { found: number; total: number }>;
  mistakes: Mistake[];
  examples: number;
  files: number;
  seconds: number;
}

/** Whether a labelled corpus exists at `dir`. */
export function hasCorpus(dir: string): boolean {
  return existsSync(join(dir, 'labels.json'));
}

/** Scans every corpus file and scores findings by line, as the corpus README prescribes. */
export function scoreCorpus(dir: string, detectors: readonly Detector[]): CorpusScore {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    files_dir: string;
    examples: Example[];
  };
  const filesDir = join(dir, labels.files_dir);
  const scanner = new SecretScanner(detectors);
  const byFile = new Map<string, Example[]>();
  for (const example of labels.examples) {
    byFile.set(example.file, [...(byFile.get(example.file) ?? []), example]);
  }

  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const byProvider = new Map<string, { found: number; total: number }>();
  const mistakes: Mistake[] = [];
  const started = performance.now();
  for (const [file, examples] of byFile) {
    const path = join(filesDir, file);
    // Scanned as the CLI scans a file: its bytes, through the prefilter over bytes.
    const content = readFileSync(path);
    const { findings } = scanner.scanBytes(content, file, textEncodingOf(content));
    const detectorsByLine = new Map<number, string[]>();
    for (const finding of findings) {
      detectorsByLine.set(finding.line, [
        ...(detectorsByLine.get(finding.line) ?? []),
        finding.detectorId,
      ]);
    }
    const matched = new Set<number>();
    for (const example of examples.filter((e) => e.kind === 'tp')) {
      const stats = byProvider.get(example.provider) ?? { found: 0, total: 0 };
      stats.total++;
      byProvider.set(example.provider, stats);
      const hits = [...detectorsByLine.keys()].filter(
        (line) => line >= example.line && line <= example.end_line,
      );
      if (hits.length > 0) {
        truePositives++;
        stats.found++;
        hits.forEach((line) => matched.add(line));
      } else {
        falseNegatives++;
        mistakes.push({
          kind: 'miss',
          rule: example.rule_id,
          path,
          line: example.line,
          detectors: [],
        });
      }
    }
    for (const [line, ids] of detectorsByLine) {
      if (matched.has(line)) continue;
      falsePositives++;
      mistakes.push({
        kind: 'false-positive',
        rule: examples[0]?.rule_id ?? '',
        path,
        line,
        detectors: ids,
      });
    }
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const providerRecalls = [...byProvider.values()].map((s) => s.found / s.total);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    macroRecall: providerRecalls.reduce((a, b) => a + b, 0) / Math.max(1, providerRecalls.length),
    byProvider,
    mistakes,
    examples: labels.examples.length,
    files: byFile.size,
    seconds: (performance.now() - started) / 1000,
  };
}
