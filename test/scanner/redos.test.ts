import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { isCodeDetector, isTextDetector } from '../../src/scanner/compile.js';
import { builtinDetectors } from '../../src/scanner/detectors/index.js';
import { SecretScanner } from '../../src/scanner/engine.js';
import type { PatternDetector } from '../../src/scanner/types.js';

// File detectors (key stores) read no text: they have no pattern to prove or line to stall on.
const textDetectors = builtinDetectors.filter(isTextDetector);
const patternDetectors = textDetectors.filter((d): d is PatternDetector => !isCodeDetector(d));
const megabyte = 1 << 20;

/** Text that makes a backtracking engine work hardest around a detector: its keywords repeated, then filler. */
function adversarialLines(detector: (typeof textDetectors)[number]): string[] {
  const keyword = detector.keywords[0] ?? 'a';
  const fill = (unit: string) => unit.repeat(Math.ceil(megabyte / unit.length)).slice(0, megabyte);
  return [
    fill(keyword),
    fill(`${keyword}=`),
    `${keyword}${fill('A1')}`,
    `${keyword} = "${fill('a')}`,
  ];
}

describe('linear-time detection', () => {
  it.each(patternDetectors.map((d) => [d.id, d] as const))(
    '%s: the pattern has no super-linear backtracking',
    (_, detector) => {
      const flags = (detector.flags ?? '').replace(/[gd]/g, '');
      // The automaton checker proves linearity; it answers `unknown` for what it cannot model
      // (lookbehind), and only then does the fuzzer get a say.
      let result = checkSync(detector.pattern, flags, { checker: 'automaton', timeout: 20_000 });
      if (result.status === 'unknown')
        result = checkSync(detector.pattern, flags, { timeout: 20_000 });
      expect(result.status, `${detector.id}: ${JSON.stringify(result)}`).toBe('safe');
    },
  );

  it.each(textDetectors.map((d) => [d.id, d] as const))(
    '%s: a 1 MB adversarial line does not stall',
    (_, detector) => {
      const scanner = new SecretScanner([detector], { maxLineLength: 4 * megabyte });
      for (const line of adversarialLines(detector)) {
        const started = performance.now();
        scanner.scanText(line, 'adversarial.txt');
        expect(performance.now() - started, `${detector.id} on ${line.slice(0, 12)}…`).toBeLessThan(
          2_000,
        );
      }
    },
  );
});
