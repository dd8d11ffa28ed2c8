import { describe, expect, it } from 'vitest';
import { compileDetector } from '../../../src/scanner/compile.js';
import { builtinDetectors } from '../../../src/scanner/detectors/index.js';
import type { TextDetector } from '../../../src/scanner/types.js';
import { canCrossLines, reachOf } from '../../../src/scanner/wasm/reach.js';

const byId = (id: string) => {
  const detector = builtinDetectors.find((candidate) => candidate.id === id);
  if (detector === undefined) throw new Error(`no detector ${id}`);
  return compileDetector(detector as TextDetector);
};

describe('what a hit needs kept around it', () => {
  it('is its line and one more on each side for a regex detector, plus its context lines', () => {
    expect(reachOf([byId('github-pat')])).toEqual({ lines: 1, before: 0, after: 0 });
    const contextual = builtinDetectors.find(
      (detector) => 'pattern' in detector && (detector.contextLines ?? 0) > 0,
    ) as TextDetector;
    expect(reachOf([compileDetector(contextual)])?.lines).toBe((contextual.contextLines ?? 0) + 1);
  });

  it('adds the characters a code detector reads beyond its lines, as bytes of UTF-8', () => {
    expect(reachOf([byId('keyword'), byId('curl-basic-auth')])).toEqual({
      lines: 1,
      before: 4500,
      after: 0,
    });
    expect(reachOf([byId('private-key')])).toEqual({ lines: 1, before: 0, after: 12_000 });
  });

  it('is the whole text for a code detector that declares no reach', () => {
    expect(reachOf([byId('keyword'), byId('kubernetes-secret')])).toBeUndefined();
  });

  it('is the whole text when a confirming regex can run past the next line', () => {
    const urlTrigger = /:\/\/[^\s:/?#[\]@{}'"`<>]{0,200}:[^\s:/?#[\]@{}'"`<>]{1,300}@/y;
    expect(canCrossLines(urlTrigger)).toBe(false);
    expect(canCrossLines(/AKIA[0-9A-Z]{16}/y)).toBe(false);
    for (const regex of [/key\s*=\s*\w+/y, /"[^"]+"/y, /a.b/sy, /a\nb/y, /x\S+/y]) {
      expect(canCrossLines(regex), regex.source).toBe(true);
      expect(reachOf([byId('github-pat')], regex)).toBeUndefined();
    }
  });
});
