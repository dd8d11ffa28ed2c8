import type { CompiledDetector } from './compile.js';
import type { LineGate } from './types.js';
import { KeywordMatcher, type Anchor } from './keyword-matcher.js';
import { LineFinder } from './lines.js';

/**
 * One pass over the text that finds every detector keyword (case-insensitive) and every code
 * detector's trigger, so that detector regexes run only on the lines around a hit.
 */
export class Prefilter {
  private readonly matcher: KeywordMatcher<number[]>;
  /** Triggers with no literal start of two characters: one regex pass each (shared when equal). */
  private readonly regexTriggers: { regex: RegExp; detectors: number[] }[] = [];
  /** Each detector's line gate, if it has one. */
  private readonly gates: (LineGate | undefined)[];
  /** Whether any detector has a line gate: else keyword hits go to `onHit` as they are. */
  private readonly gated: boolean;

  constructor(detectors: readonly CompiledDetector[]) {
    this.gates = detectors.map((compiled) => compiled.code?.lineGate);
    this.gated = this.gates.some((gate) => gate !== undefined);
    const { byKeyword, byTrigger } = groupDetectors(detectors);
    const anchors: Anchor<number[]>[] = [];
    for (const [trigger, indexes] of byTrigger) {
      // Each top-level alternative that starts with a literal becomes an anchor of the keyword
      // pass; a trigger with any other alternative gets a regex pass of its own.
      const alternatives = topLevelAlternatives(trigger);
      const literals = alternatives.map(literalStart);
      if (literals.every((literal) => literal.length >= 2)) {
        alternatives.forEach((alternative, i) => {
          anchors.push({
            literal: literals[i] as string,
            confirm: new RegExp(alternative, 'y'),
            value: indexes,
          });
        });
      } else {
        this.regexTriggers.push({ regex: new RegExp(trigger, 'g'), detectors: indexes });
      }
    }
    this.matcher = new KeywordMatcher(byKeyword, anchors);
  }

  /**
   * Calls `onHit(offset, detectorIndexes)` for each keyword or trigger hit: keywords and anchored
   * triggers in one pass, then each other trigger in a pass of its own, each in offset order.
   */
  forEachHit(
    text: string,
    path: string,
    onHit: (offset: number, detectors: readonly number[]) => void,
  ): void {
    this.matcher.forEachMatch(text, this.gated ? this.gatedHits(text, path, onHit) : onHit);
    for (const { regex, detectors } of this.regexTriggers) {
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(text)) !== null) {
        onHit(match.index, detectors);
        if (match[0].length === 0) regex.lastIndex++;
      }
    }
  }

  /**
   * Wraps `onHit` to drop, from each keyword hit, the detectors whose line gate the hit's line
   * fails; a hit left with none is dropped. Each gate judges a line once.
   */
  private gatedHits(
    text: string,
    path: string,
    onHit: (offset: number, detectors: readonly number[]) => void,
  ): (offset: number, detectors: readonly number[]) => void {
    let lines: LineFinder | undefined;
    let lineStart = -1;
    let lineEnd = -1;
    // Each gate's outcome on the current line.
    const passed = new Map<LineGate, boolean>();
    const passes = (gate: LineGate) => {
      let outcome = passed.get(gate);
      if (outcome === undefined) {
        outcome = gate.passes(text, lineStart, lineEnd, path);
        passed.set(gate, outcome);
      }
      return outcome;
    };
    return (offset, detectors) => {
      if (!detectors.some((index) => this.gates[index] !== undefined)) {
        onHit(offset, detectors);
        return;
      }
      if (offset < lineStart || offset > lineEnd) {
        lines ??= new LineFinder(text);
        lineStart = lines.startAt(offset);
        lineEnd = lines.endAt(offset);
        passed.clear();
      }
      const kept = detectors.filter((index) => {
        const gate = this.gates[index];
        return gate === undefined || passes(gate);
      });
      if (kept.length > 0) onHit(offset, kept);
    };
  }
}

/** Detector indexes by lower-cased keyword and by trigger source, in detector order. */
export function groupDetectors(detectors: readonly CompiledDetector[]): {
  byKeyword: Map<string, number[]>;
  byTrigger: Map<string, number[]>;
} {
  const byKeyword = new Map<string, number[]>();
  const byTrigger = new Map<string, number[]>();
  detectors.forEach((compiled, index) => {
    for (const keyword of compiled.detector.keywords) {
      const key = keyword.toLowerCase();
      byKeyword.set(key, [...(byKeyword.get(key) ?? []), index]);
    }
    const trigger = compiled.detector.trigger;
    if (trigger !== undefined) byTrigger.set(trigger, [...(byTrigger.get(trigger) ?? []), index]);
  });
  return { byKeyword, byTrigger };
}

/**
 * The literal characters a regex source starts with (`SK[0-9a-f]{32}` gives `SK`), up to four;
 * empty when it starts with a class, group or anchor, or when the literal is quantified.
 */
export function literalStart(source: string): string {
  let literal = '';
  let i = 0;
  while (i < source.length && literal.length < 4) {
    const char = source[i] as string;
    let next: string;
    let width = 1;
    if (char === '\\') {
      const escaped = source[i + 1] ?? '';
      if (!/[.|\-/~_\\]/.test(escaped)) break;
      next = escaped;
      width = 2;
    } else if (/[A-Za-z0-9_~:;,@#%&=!<>"'`-]/.test(char)) {
      next = char;
    } else break;
    // A quantifier or alternation after this character makes it optional or repeated.
    if (/[?*+{|]/.test(source[i + width] ?? '')) break;
    literal += next;
    i += width;
  }
  return literal;
}

/** Escapes a literal for use inside a regular expression. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Splits a regex source at its top-level `|` (outside groups and classes). */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}
