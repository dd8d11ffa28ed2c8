import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isFileDetector, isTextDetector } from '../../src/scanner/compile.js';
import { builtinDetectors } from '../../src/scanner/detectors/index.js';
import { SecretScanner } from '../../src/scanner/engine.js';
import { expandTemplate, placeholderPattern } from '../helpers/tokens.js';

const scanner = new SecretScanner(builtinDetectors);
// Two kinds, each with its own examples: text detectors have lines, file detectors have files.
const textDetectors = builtinDetectors.filter(isTextDetector);
const fileDetectors = builtinDetectors.filter(isFileDetector);
const seeds = [0, 1, 2];

/** A path per example that no path-based filter (lock files, swagger) touches. */
const examplePath = 'config/example-settings.txt';

describe('detector registry', () => {
  it('has unique, kebab-case ids and complete metadata', () => {
    const ids = builtinDetectors.map((detector) => detector.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const detector of builtinDetectors) {
      expect(detector.id, detector.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$|^[a-z0-9]+$/);
      expect(detector.description.length, detector.id).toBeGreaterThan(5);
      expect(detector.secretType.length, detector.id).toBeGreaterThan(2);
      expect(detector.provider, detector.id).toMatch(/^[a-z0-9-]+$/);
    }
    for (const detector of fileDetectors) {
      expect(detector.extensions.length, `${detector.id} extensions`).toBeGreaterThan(0);
      for (const extension of detector.extensions)
        expect(extension, detector.id).toMatch(/^[a-z0-9]+$/);
      expect(detector.fileExamples.positive.length, `${detector.id} positives`).toBeGreaterThan(0);
      expect(detector.fileExamples.negative.length, `${detector.id} negatives`).toBeGreaterThan(0);
    }
    for (const detector of textDetectors) {
      expect(detector.examples.positive.length, `${detector.id} positives`).toBeGreaterThan(0);
      expect(detector.examples.negative.length, `${detector.id} negatives`).toBeGreaterThan(0);
      for (const keyword of detector.keywords)
        expect(keyword, detector.id).toBe(keyword.toLowerCase());
      const hasTrigger = 'trigger' in detector && detector.trigger !== undefined;
      expect(detector.keywords.length > 0 || hasTrigger, `${detector.id} needs keywords`).toBe(
        true,
      );
    }
  });

  it('has keywords specific enough for the prefilter', () => {
    // Every keyword hit costs a line lookup and a regex run: two- and three-letter words
    // ('ac', 'sk', 'key', 'pat') hit on most lines of ordinary code and sink throughput.
    const allowedShort = new Set(['pwd']);
    for (const detector of textDetectors) {
      for (const keyword of detector.keywords) {
        const specific =
          keyword.length >= 4 ||
          (keyword.length === 3 && /[^a-z]/.test(keyword)) ||
          allowedShort.has(keyword);
        expect(specific, `${detector.id}: keyword ${JSON.stringify(keyword)} is too common`).toBe(
          true,
        );
      }
    }
  });

  it('gives each file extension to one file detector only', () => {
    const extensions = fileDetectors.flatMap((detector) => detector.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
  });

  describe.each(fileDetectors.map((detector) => [detector.id, detector] as const))(
    '%s (file detector)',
    (id, detector) => {
      const bytesOf = (hex: string) => Buffer.from(hex.replace(/ /g, ''), 'hex');
      it.each(detector.fileExamples.positive)('finds positive example $path', ({ path, hex }) => {
        const content = bytesOf(hex);
        expect(scanner.claimsWholeFile(path)).toBe(true);
        const findings = scanner.scanWholeFile(content, path) ?? [];
        expect(findings.map((finding) => finding.detectorId)).toEqual([id]);
        expect(findings[0]).toMatchObject({
          file: path,
          line: 1,
          hashedSecret: createHash('sha1').update(content).digest('hex'),
        });
        // The redacted form names the format and size: never a byte of the file.
        expect(findings[0]?.redacted).toMatch(/^\((?:[A-Z0-9#]+ )?key store, \d+ B\)$/);
        expect(scanner.scanText(content.toString('latin1'), path).findings).toEqual([]);
      });

      it.each(detector.fileExamples.negative)('ignores negative example $path', ({ path, hex }) => {
        const claimed = scanner.claimsWholeFile(path);
        expect(claimed ? scanner.scanWholeFile(bytesOf(hex), path) : undefined).toBeUndefined();
      });
    },
  );

  describe.each(textDetectors.map((detector) => [detector.id, detector] as const))(
    '%s',
    (id, detector) => {
      it.each(detector.examples.positive)('finds positive example %s', (template) => {
        for (const seed of seeds) {
          const text = expandTemplate(template, seed);
          const found = scanner
            .scanText(text, examplePath)
            .findings.map((finding) => finding.detectorId);
          expect(found.length, `seed ${seed}: nothing found`).toBeGreaterThan(0);
          expect(new Set(found), `seed ${seed}`).toEqual(new Set([id]));
        }
      });

      it.each(detector.examples.negative)('ignores negative example %s', (template) => {
        for (const seed of seeds) {
          const text = expandTemplate(template, seed);
          const found = scanner
            .scanText(text, examplePath)
            .findings.map((finding) => finding.detectorId);
          expect(found, `seed ${seed}`).toEqual([]);
        }
      });

      it('keeps its committed examples free of real-format tokens', () => {
        for (const template of detector.examples.positive) {
          const usesPlaceholders = placeholderPattern.test(template);
          placeholderPattern.lastIndex = 0;
          const literal = scanner.scanText(template, examplePath).findings;
          expect(usesPlaceholders || literal.length === 0, template).toBe(true);
          expect(literal, `unexpanded template is detected: ${template}`).toEqual([]);
        }
      });
    },
  );
});
