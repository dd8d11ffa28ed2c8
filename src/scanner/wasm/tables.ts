/**
 * What the prefilter module's tables hold, gathered from the detectors: keywords and anchors as
 * byte literals, trigger programs, entropy kinds, and what each hit means. Gathering refuses
 * (undefined) what bytes cannot express, and the scanner keeps the text prefilter then.
 */
import type { CompiledDetector } from '../compile.js';
import { groupDetectors, literalStart, topLevelAlternatives } from '../prefilter.js';
import type { LineGate, QuotedEntropyHint } from '../types.js';
import { leadingByteSets, leadingLiteral, parseProgram, type Step } from './program.js';
import { reachOf, type HitReach } from './reach.js';

/** What a hit means: the detectors to run, and what must still be confirmed on the text. */
export interface HitValue {
  detectors: readonly number[];
  /** A keyword with non-ASCII characters: the bytes matched its ASCII start only. */
  keyword?: string;
  /** An anchor whose rest no program expresses: its sticky regex, tried on the text. */
  confirm?: RegExp;
  /** What the detectors read around the hit; unset when one may read anywhere in the text. */
  reach?: HitReach;
}

/** A literal with no program after it: the text confirms it. */
export const noProgram = 0xffff;
/** Mode bits: one per entropy kind, then one per trigger group that quoted strings replace. */
export const entropyModeBits = 4;
export const modeBits = 16;
/** The mode bit past those: the assignment gate counts quoted values only (`QUOTED_VALUES_ONLY`). */
export const quotedValuesOnlyBit = 1 << modeBits;

export interface Literal {
  bytes: number[];
  program: number;
  value: number;
  /** Anchors match bytes exactly; keywords (stored lower-case) match any case. */
  caseSensitive: boolean;
  /**
   * Set on a keyword with a detector whose line gate is `assignment`: the value reported when the
   * hit's line fails the gate, without those detectors ({@link noValue} when none is left).
   */
  gatedValue?: number;
}

/** A gated literal's value when nothing is left to report. */
export const noValue = 0xffffffff;

/** The tables the module reads, gathered before any is written. */
export class Tables {
  readonly values: HitValue[] = [];
  readonly literals: Literal[] = [];
  readonly classes: number[][] = [];
  private readonly classIds = new Map<string, number>();
  readonly steps: { classId: number; min: number; max: number }[] = [];
  readonly programs: { first: number; count: number }[] = [];
  readonly triggers: { program: number; modeBit: number; value: number; leading: Set<number>[] }[] =
    [];
  readonly entropyKinds: { classId: number; hint: QuotedEntropyHint; value: number }[] = [];
  /** Trigger groups that quoted strings replace, with the hints that must all agree. */
  readonly replacedGroups: QuotedEntropyHint[][] = [];
  /** The line gate of the detectors that have one (all share it). */
  gate: LineGate | undefined;

  value(value: HitValue): number {
    this.values.push(value);
    return this.values.length - 1;
  }

  classOf(members: readonly number[]): number {
    const key = members.join(',');
    let id = this.classIds.get(key);
    if (id === undefined) {
      id = this.classes.length;
      this.classes.push([...members]);
      this.classIds.set(key, id);
    }
    return id;
  }

  program(steps: readonly Step[]): number {
    const first = this.steps.length;
    for (const step of steps)
      this.steps.push({ classId: this.classOf(step.members), min: step.min, max: step.max });
    this.programs.push({ first, count: steps.length });
    return this.programs.length - 1;
  }
}

/** How many characters `value` starts with below 128. */
function asciiPrefixLength(value: string): number {
  let length = 0;
  while (length < value.length && value.charCodeAt(length) < 128) length++;
  return length;
}

function isAscii(value: string): boolean {
  return asciiPrefixLength(value) === value.length;
}

export function gatherTables(detectors: readonly CompiledDetector[]): Tables | undefined {
  const tables = new Tables();
  const { byKeyword, byTrigger } = groupDetectors(detectors);

  const gated = (index: number) => (detectors[index] as CompiledDetector).code?.lineGate;
  // The module has one gate's tests (assignment_line in prefilter.c), with one path setting.
  const gates = new Set(detectors.flatMap((_, index) => gated(index) ?? []));
  if (gates.size > 1) return undefined;
  tables.gate = [...gates][0];
  for (const [keyword, indexes] of byKeyword) {
    const asciiStart = keyword.slice(0, asciiPrefixLength(keyword));
    if (asciiStart.length < 3) return undefined;
    const confirm = asciiStart !== keyword && { keyword };
    const value = tables.value({ detectors: indexes, ...confirm });
    const bytes = [...asciiStart].map((char) => char.charCodeAt(0));
    const literal: Literal = { bytes, program: noProgram, value, caseSensitive: false };
    if (indexes.some((index) => gated(index) !== undefined)) {
      const kept = indexes.filter((index) => gated(index) === undefined);
      literal.gatedValue =
        kept.length === 0 ? noValue : tables.value({ detectors: kept, ...confirm });
    }
    tables.literals.push(literal);
  }

  for (const [source, indexes] of byTrigger) {
    const hints = indexes.map((index) => quotedEntropyOf(detectors[index] as CompiledDetector));
    const replaced = hints.every((hint) => hint !== undefined);
    let modeBit = 0;
    if (replaced && tables.replacedGroups.length < modeBits - entropyModeBits) {
      modeBit = 1 << (entropyModeBits + tables.replacedGroups.length);
      tables.replacedGroups.push(hints as QuotedEntropyHint[]);
    }
    const value = tables.value({ detectors: indexes });
    for (const alternative of topLevelAlternatives(source)) {
      const steps = parseProgram(alternative);
      if (steps !== undefined && steps.length > 0) {
        const literal = leadingLiteral(steps);
        if (literal.length >= 2) {
          const program = tables.program(steps.slice(literal.length));
          tables.literals.push({ bytes: literal, program, value, caseSensitive: true });
        } else {
          tables.triggers.push({
            program: tables.program(steps),
            modeBit,
            value,
            leading: leadingByteSets(steps, 3),
          });
        }
        continue;
      }
      const literal = literalStart(alternative);
      if (literal.length < 2 || !isAscii(literal)) return undefined;
      tables.literals.push({
        bytes: [...literal].map((char) => char.charCodeAt(0)),
        program: noProgram,
        value: tables.value({ detectors: indexes, confirm: new RegExp(alternative, 'y') }),
        caseSensitive: true,
      });
    }
  }

  detectors.forEach((compiled, index) => {
    const hint = quotedEntropyOf(compiled);
    if (hint === undefined || !isAscii(hint.charset)) return;
    tables.entropyKinds.push({
      classId: tables.classOf(
        [...new Set([...hint.charset].map((c) => c.charCodeAt(0)))].sort((a, b) => a - b),
      ),
      hint,
      value: tables.value({ detectors: [index] }),
    });
  });
  if (tables.entropyKinds.length > entropyModeBits) return undefined;
  for (const value of tables.values) {
    const reach = reachOf(
      value.detectors.map((index) => detectors[index] as CompiledDetector),
      value.confirm,
    );
    if (reach !== undefined) value.reach = reach;
  }
  return tables;
}

function quotedEntropyOf(compiled: CompiledDetector): QuotedEntropyHint | undefined {
  return compiled.code?.quotedEntropy;
}
