import type { CompiledDetector } from './compile.js';

/**
 * One pass over the text that finds every detector keyword (case-insensitive) and every code
 * detector's trigger, so that detector regexes run only on the lines around a hit.
 */
export class Prefilter {
  private readonly keywordRegex: RegExp | undefined;
  /** Detectors to run for a matched keyword, including those of keywords that are its prefixes. */
  private readonly detectorsByKeyword = new Map<string, number[]>();
  /** All triggers as one alternation (one pass over the text), plus each alone, sticky, for overlaps. */
  private readonly triggerRegex: RegExp | undefined;
  private readonly triggers: { sticky: RegExp; detector: number }[] = [];

  constructor(detectors: readonly CompiledDetector[]) {
    const byKeyword = new Map<string, number[]>();
    detectors.forEach((compiled, index) => {
      for (const keyword of compiled.detector.keywords) {
        const key = keyword.toLowerCase();
        const list = byKeyword.get(key) ?? [];
        list.push(index);
        byKeyword.set(key, list);
      }
      const trigger = compiled.detector.trigger;
      if (trigger !== undefined)
        this.triggers.push({ sticky: new RegExp(trigger, 'y'), detector: index });
    });
    if (this.triggers.length > 0) {
      this.triggerRegex = new RegExp(
        this.triggers.map(({ sticky }) => `(?:${sticky.source})`).join('|'),
        'g',
      );
    }
    const keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const keyword of keywords) {
      const set = new Set<number>();
      for (const other of keywords) {
        if (keyword.startsWith(other))
          for (const index of byKeyword.get(other) ?? []) set.add(index);
      }
      this.detectorsByKeyword.set(
        keyword,
        [...set].sort((a, b) => a - b),
      );
    }
    if (keywords.length > 0) {
      this.keywordRegex = new RegExp(keywords.map(escapeRegex).join('|'), 'gi');
    }
  }

  /**
   * Calls `onHit(offset, detectorIndexes)` for each keyword or trigger hit, keywords first, each
   * pass in increasing offset order. Overlapping keywords are all found.
   */
  forEachHit(text: string, onHit: (offset: number, detectors: readonly number[]) => void): void {
    const keywordRegex = this.keywordRegex;
    if (keywordRegex) {
      keywordRegex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = keywordRegex.exec(text)) !== null) {
        const detectors = this.detectorsByKeyword.get(match[0].toLowerCase());
        if (detectors) onHit(match.index, detectors);
        keywordRegex.lastIndex = match.index + 1;
      }
    }
    const triggerRegex = this.triggerRegex;
    if (triggerRegex) {
      triggerRegex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = triggerRegex.exec(text)) !== null) {
        // The alternation reports one trigger per position; ask each one whether it matches here.
        const at = match.index;
        const detectors: number[] = [];
        for (const { sticky, detector } of this.triggers) {
          sticky.lastIndex = at;
          if (sticky.test(text)) detectors.push(detector);
        }
        if (detectors.length > 0) onHit(at, detectors);
        triggerRegex.lastIndex = at + 1;
      }
    }
  }
}

/** Escapes a literal for use inside a regular expression. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
