import type { CompiledDetector } from '../compile.js';
import { keywordAt } from '../keyword-matcher.js';
import { groupDetectors, literalStart, topLevelAlternatives } from '../prefilter.js';
import type { TextEncoding } from '../text-encoding.js';
import type { QuotedEntropyHint } from '../types.js';
import { prefilterWasmBase64 } from './prefilter-wasm.js';
import { leadingByteSets, leadingLiteral, parseProgram, type Step } from './program.js';

/** What a hit means: the detectors to run, and what must still be confirmed on the text. */
interface HitValue {
  detectors: readonly number[];
  /** A keyword with non-ASCII characters: the bytes matched its ASCII start only. */
  keyword?: string;
  /** An anchor whose rest no program expresses: its sticky regex, tried on the text. */
  confirm?: RegExp;
}

interface Exports {
  memory: { buffer: ArrayBuffer };
  [name: string]: { buffer: ArrayBuffer } | ((...args: number[]) => number);
}

/** The part of the WebAssembly global this module uses (the project compiles without DOM types). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

const noProgram = 0xffff;
const limitNames = [
  'literals',
  'slotIds',
  'triggers',
  'programs',
  'steps',
  'classes',
  'literalBytes',
  'hits',
  'entropyTable',
  'entropyKinds',
  'hashBits',
] as const;
/** Mode bits: one per entropy kind, then one per trigger group that quoted strings replace. */
const entropyModeBits = 4;
const modeBits = 16;

let compiled: object | undefined;

function instantiate(): Exports {
  compiled ??= new webAssembly.Module(Buffer.from(prefilterWasmBase64, 'base64'));
  return new webAssembly.Instance(compiled, {}).exports as Exports;
}

const foldByte = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/** The hash slot of a keyword's first four bytes, packed little-endian as the module loads them. */
function slotOf(bytes: readonly number[], hashBits: number): number {
  let packed = 0;
  for (let i = 3; i >= 0; i--) packed = ((packed << 8) | foldByte(bytes[i] as number)) >>> 0;
  return Math.imul(packed, 0x9e3779b1) >>> (32 - hashBits);
}

/** Nibble sets over three byte positions: bit n of lows[k] says low nibble n may be at k. */
interface NibbleSets {
  lows: number[];
  highs: number[];
}

const popcount = (mask: number): number => {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
};

/** How many byte triples a bucket's nibble tables let through: what merging two costs. */
const volume = (sets: NibbleSets): number =>
  [0, 1, 2].reduce(
    (product, k) => product * popcount(sets.lows[k] as number) * popcount(sets.highs[k] as number),
    1,
  );

const union = (a: NibbleSets, b: NibbleSets): NibbleSets => ({
  lows: a.lows.map((mask, k) => mask | (b.lows[k] as number)),
  highs: a.highs.map((mask, k) => mask | (b.highs[k] as number)),
});

/**
 * Groups short literals into at most sixteen buckets, merging first the pair whose union lets the
 * fewest byte triples through; the tables are a filter, every hit is compared byte for byte.
 */
function shortBuckets(
  literals: { id: number; sets: NibbleSets }[],
): (NibbleSets & { ids: number[] })[] {
  const buckets = literals.map(({ id, sets }) => ({ ...sets, ids: [id] }));
  while (buckets.length > 16) {
    let best: [number, number, number] = [0, 1, Infinity];
    for (let i = 0; i < buckets.length; i++)
      for (let j = i + 1; j < buckets.length; j++) {
        const grown = volume(union(buckets[i] as NibbleSets, buckets[j] as NibbleSets));
        if (grown < best[2]) best = [i, j, grown];
      }
    const [i, j] = best;
    const merged = buckets[i] as NibbleSets & { ids: number[] };
    const other = buckets[j] as NibbleSets & { ids: number[] };
    buckets[i] = { ...union(merged, other), ids: [...merged.ids, ...other.ids] };
    buckets.splice(j, 1);
  }
  return buckets;
}

/**
 * The bytes each of a short literal's first three positions may hold: both cases of a keyword's
 * letters; for a two-byte anchor, what its program can start with (anything when it can be empty).
 */
function leadingSets(literal: Literal, tables: Tables): NibbleSets {
  const sets: NibbleSets = { lows: [0, 0, 0], highs: [0, 0, 0] };
  const add = (k: number, code: number) => {
    sets.lows[k] = (sets.lows[k] as number) | (1 << (code & 15));
    sets.highs[k] = (sets.highs[k] as number) | (1 << (code >> 4));
  };
  for (let k = 0; k < 3; k++) {
    const code = literal.bytes[k];
    if (code !== undefined) {
      add(k, code);
      if (!literal.caseSensitive && code >= 97 && code <= 122) add(k, code - 32);
      continue;
    }
    const program = tables.programs[literal.program];
    const step = program && program.count > 0 ? tables.steps[program.first] : undefined;
    const next =
      step !== undefined && step.min > 0
        ? (tables.classes[step.classId] as number[])
        : Array.from({ length: 256 }, (_, byte) => byte);
    for (const byte of next) add(k, byte);
  }
  return sets;
}

interface Literal {
  bytes: number[];
  program: number;
  value: number;
  /** Anchors match bytes exactly; keywords (stored lower-case) match any case. */
  caseSensitive: boolean;
}

/** The tables the module reads, gathered before any is written. */
class Tables {
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

/**
 * The prefilter over a file's bytes, in WebAssembly: the same hits as the text prefilter
 * (src/scanner/prefilter.ts) at a fraction of the cost, and none of the decoding when a file
 * has no hit. Entropy detectors get only the lines holding a string that can pass them.
 */
export class BytePrefilter {
  private exports: Exports | undefined;

  private constructor(private readonly tables: Tables) {}

  /** The prefilter for these detectors, or undefined when one needs what bytes cannot express. */
  static build(detectors: readonly CompiledDetector[]): BytePrefilter | undefined {
    const tables = gatherTables(detectors);
    return tables && new BytePrefilter(tables);
  }

  /**
   * Calls `onHit(offset, detectors)` for each hit, with UTF-16 offsets into the text `decode()`
   * returns, which it calls only when there is a hit. Returns false, having called nothing, when
   * the text must be scanned by the text prefilter instead (too many hits).
   */
  forEachHit(
    bytes: Uint8Array,
    path: string,
    encoding: TextEncoding,
    decode: () => string,
    onHit: (offset: number, detectors: readonly number[]) => void,
  ): boolean {
    const exports = (this.exports ??= this.load());
    const call = (name: string, ...args: number[]) =>
      (exports[name] as (...values: number[]) => number)(...args);
    const at = call('input_for', bytes.length);
    if (at === 0) return false;
    new Uint8Array(exports.memory.buffer, at, bytes.length).set(bytes);
    const count = call('scan', bytes.length, this.modesFor(path));
    if (count < 0) return false;
    if (count === 0) return true;
    if (encoding === 'utf8') call('utf16_offsets', bytes.length);
    const memory = exports.memory.buffer;
    const offsets = new Uint32Array(memory, call('hit_offsets_ptr'), count);
    const values = new Uint32Array(memory, call('hit_values_ptr'), count);
    const text = decode();
    const { values: table } = this.tables;
    for (let h = 0; h < count; h++) {
      const offset = offsets[h] as number;
      const value = table[values[h] as number] as HitValue;
      if (value.keyword !== undefined && !keywordAt(text, offset, value.keyword)) continue;
      if (value.confirm !== undefined) {
        value.confirm.lastIndex = offset;
        if (!value.confirm.test(text)) continue;
      }
      onHit(offset, value.detectors);
    }
    return true;
  }

  private modesFor(path: string): number {
    const { entropyKinds, replacedGroups } = this.tables;
    let modes = 0;
    entropyKinds.forEach(({ hint }, k) => {
      if (hint.quotedOnly(path)) modes |= 1 << k;
    });
    replacedGroups.forEach((hints, g) => {
      if (hints.every((hint) => hint.quotedOnly(path))) modes |= 1 << (entropyModeBits + g);
    });
    return modes;
  }

  private load(): Exports {
    const exports = instantiate();
    writeTables(exports, this.tables);
    return exports;
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

function gatherTables(detectors: readonly CompiledDetector[]): Tables | undefined {
  const tables = new Tables();
  const { byKeyword, byTrigger } = groupDetectors(detectors);

  for (const [keyword, indexes] of byKeyword) {
    const asciiStart = keyword.slice(0, asciiPrefixLength(keyword));
    if (asciiStart.length < 3) return undefined;
    const value = tables.value({
      detectors: indexes,
      ...(asciiStart !== keyword && { keyword }),
    });
    const bytes = [...asciiStart].map((char) => char.charCodeAt(0));
    tables.literals.push({ bytes, program: noProgram, value, caseSensitive: false });
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
  return tables;
}

function quotedEntropyOf(compiled: CompiledDetector): QuotedEntropyHint | undefined {
  return compiled.code?.quotedEntropy;
}

/** Writes the gathered tables into the module's memory; throws when a limit is exceeded. */
function writeTables(exports: Exports, tables: Tables): void {
  const call = (name: string, ...args: number[]) =>
    (exports[name] as (...values: number[]) => number)(...args);
  const limit = Object.fromEntries(
    limitNames.map((name, i) => [name, call('limits', i)]),
  ) as Record<(typeof limitNames)[number], number>;
  const memory = exports.memory.buffer;
  const view = new DataView(memory);
  const bytes = new Uint8Array(memory);

  const literalBytes = call('literal_bytes_ptr');
  let literalUsed = 0;
  const placeLiteral = (literal: Literal): number => {
    const offset = literalUsed;
    bytes.set(literal.bytes, literalBytes + offset);
    literalUsed += literal.bytes.length;
    return offset;
  };

  const { literals } = tables;
  if (literals.length > limit.literals) throw new Error('too many keywords for the byte prefilter');
  const table = call('literals_ptr');
  literals.forEach((literal, i) => {
    const at = table + i * 16;
    view.setUint32(at, placeLiteral(literal), true);
    view.setUint16(at + 4, literal.bytes.length, true);
    view.setUint16(at + 6, literal.program, true);
    view.setUint32(at + 8, literal.value, true);
    view.setUint32(at + 12, literal.caseSensitive ? 1 : 0, true);
  });
  if (literalUsed > limit.literalBytes) throw new Error('keywords too long for the byte prefilter');

  // Keywords of four bytes or more: a hash table of their first four lower-cased bytes.
  const long = literals.flatMap((literal, id) =>
    !literal.caseSensitive && literal.bytes.length >= 4
      ? [{ slot: slotOf(literal.bytes, limit.hashBits), id }]
      : [],
  );
  if (long.length > limit.slotIds) throw new Error('too many keywords for the byte prefilter');
  const slots = 2 ** limit.hashBits;
  const starts = new Uint32Array(slots + 1);
  for (const { slot } of long) starts[slot + 1] = (starts[slot + 1] as number) + 1;
  for (let s = 1; s <= slots; s++) starts[s] = (starts[s] as number) + (starts[s - 1] as number);
  new Uint32Array(memory, call('slot_start_ptr'), slots + 1).set(starts);
  const fill = starts.slice();
  const ids = new Uint16Array(memory, call('slot_ids_ptr'), long.length);
  const used = call('slot_used_ptr');
  for (const { slot, id } of long) {
    ids[fill[slot] as number] = id;
    fill[slot] = (fill[slot] as number) + 1;
    bytes[used + slot] = 1;
  }

  // The rest (three-byte keywords, anchors): eight buckets of nibble tables over three bytes.
  const buckets = shortBuckets(
    literals.flatMap((literal, id) =>
      literal.caseSensitive || literal.bytes.length < 4
        ? [{ id, sets: leadingSets(literal, tables) }]
        : [],
    ),
  );
  const shortTables = call('short_tables_ptr');
  const shortStart = new Uint32Array(memory, call('short_start_ptr'), 17);
  const shortIds = new Uint16Array(memory, call('short_ids_ptr'), literals.length);
  let listed = 0;
  buckets.forEach((bucket, b) => {
    shortStart[b] = listed;
    for (const id of bucket.ids) shortIds[listed++] = id;
    const set = shortTables + (b >> 3) * 6 * 16;
    const bit = 1 << (b & 7);
    for (let k = 0; k < 3; k++) {
      for (let nibble = 0; nibble < 16; nibble++) {
        const low = set + 2 * k * 16 + nibble;
        const high = low + 16;
        if ((bucket.lows[k] as number) & (1 << nibble)) bytes[low] = (bytes[low] as number) | bit;
        if ((bucket.highs[k] as number) & (1 << nibble))
          bytes[high] = (bytes[high] as number) | bit;
      }
    }
  });
  for (let b = buckets.length; b <= 16; b++) shortStart[b] = listed;

  if (tables.classes.length > limit.classes)
    throw new Error('too many classes for the byte prefilter');
  const classes = call('classes_ptr');
  tables.classes.forEach((members, id) => {
    for (const code of members) bytes[classes + id * 256 + code] = 1;
  });
  if (tables.steps.length > limit.steps || tables.programs.length > limit.programs)
    throw new Error('triggers too complex for the byte prefilter');
  const steps = call('steps_ptr');
  tables.steps.forEach((step, i) => {
    view.setUint16(steps + i * 8, step.classId, true);
    view.setUint16(steps + i * 8 + 2, step.min, true);
    view.setUint32(steps + i * 8 + 4, step.max, true);
  });
  const programs = call('programs_ptr');
  tables.programs.forEach((program, i) => {
    view.setUint16(programs + i * 4, program.first, true);
    view.setUint16(programs + i * 4 + 2, program.count, true);
  });

  if (tables.triggers.length > limit.triggers)
    throw new Error('too many triggers for the byte prefilter');
  const triggers = call('triggers_ptr');
  const triggerSets = call('trigger_sets_ptr');
  tables.triggers.forEach((trigger, i) => {
    view.setUint16(triggers + i * 8, trigger.program, true);
    view.setUint16(triggers + i * 8 + 2, trigger.modeBit, true);
    view.setUint32(triggers + i * 8 + 4, trigger.value, true);
    trigger.leading.forEach((set, k) => {
      for (const code of set) bytes[triggerSets + (i * 3 + k) * 256 + code] = 1;
    });
  });

  const kinds = call('entropy_kinds_ptr');
  tables.entropyKinds.forEach(({ classId, hint, value }, k) => {
    const at = kinds + k * 24;
    view.setUint16(at, classId, true);
    view.setUint16(at + 2, 1 << k, true);
    view.setUint32(at + 4, hint.minLength, true);
    view.setUint32(at + 8, hint.maxLength ?? 0xffffffff, true);
    view.setUint32(at + 12, value, true);
    // A hair below the limit: the table's rounding must never drop a string the detector keeps.
    view.setFloat64(at + 16, hint.minEntropy - 1e-9, true);
  });
  const entropyTable = limit.entropyTable;
  const cLog2c = new Float64Array(memory, call('c_log2_c_ptr'), entropyTable);
  const log2Of = new Float64Array(memory, call('log2_of_ptr'), entropyTable);
  for (let c = 1; c < entropyTable; c++) {
    cLog2c[c] = c * Math.log2(c);
    log2Of[c] = Math.log2(c);
  }
  call('set_counts', tables.triggers.length, tables.entropyKinds.length);
}
