/**
 * The compiled prefilter (prefilter.c): one instance per scanner, and the layout of its tables in
 * the instance's memory, which must match the structs the C code declares.
 */
import { prefilterWasmBase64 } from './prefilter-wasm.js';
import { leadingSets, shortBuckets } from './nibble-buckets.js';
import type { Literal, Tables } from './tables.js';

/** The module's exports: its memory, and functions taking and returning numbers. */
export interface Exports {
  memory: { buffer: ArrayBuffer };
  [name: string]: { buffer: ArrayBuffer } | ((...args: number[]) => number);
}

/** The part of the WebAssembly global this module uses (the project compiles without DOM types). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

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
  'values',
] as const;
let compiled: object | undefined;

export function instantiate(): Exports {
  compiled ??= new webAssembly.Module(Buffer.from(prefilterWasmBase64, 'base64'));
  return new webAssembly.Instance(compiled, {}).exports as Exports;
}

/** `READS_ANYWHERE` in prefilter.c: a hit whose detectors need the whole text. */
const readsAnywhere = 0xffffffff;

const foldByte = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/** The hash slot of a keyword's first four bytes, packed little-endian as the module loads them. */
function slotOf(bytes: readonly number[], hashBits: number): number {
  let packed = 0;
  for (let i = 3; i >= 0; i--) packed = ((packed << 8) | foldByte(bytes[i] as number)) >>> 0;
  return Math.imul(packed, 0x9e3779b1) >>> (32 - hashBits);
}

/** Writes the gathered tables into the module's memory; throws when a limit is exceeded. */
export function writeTables(exports: Exports, tables: Tables): void {
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
    const at = table + i * 20;
    view.setUint32(at, placeLiteral(literal), true);
    view.setUint16(at + 4, literal.bytes.length, true);
    view.setUint16(at + 6, literal.program, true);
    view.setUint32(at + 8, literal.value, true);
    view.setUint32(at + 12, literal.gatedValue ?? literal.value, true);
    view.setUint16(at + 16, literal.caseSensitive ? 1 : 0, true);
    view.setUint16(at + 18, literal.gatedValue === undefined ? 0 : 1, true);
  });
  if (literalUsed > limit.literalBytes) throw new Error('keywords too long for the byte prefilter');
  call('index_literals', literals.length);

  // Literals of four bytes or more: a hash table of their first four lower-cased bytes (anchors
  // compare their exact bytes once a slot matches). In nibble buckets their first three bytes
  // alone would stop at every `dat` of `data` and `update`.
  const long = literals.flatMap((literal, id) =>
    literal.bytes.length >= 4 ? [{ slot: slotOf(literal.bytes, limit.hashBits), id }] : [],
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

  // The rest (two- and three-byte literals): sixteen buckets of nibble tables over three bytes.
  const buckets = shortBuckets(
    literals.flatMap((literal, id) =>
      literal.bytes.length < 4 ? [{ id, sets: leadingSets(literal, tables) }] : [],
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
  if (tables.values.length > limit.values)
    throw new Error('too many hit values for the byte prefilter');
  const reachTable = (name: string) => new Uint32Array(memory, call(name), tables.values.length);
  const [lines, before, after] = ['value_lines_ptr', 'value_before_ptr', 'value_after_ptr'].map(
    reachTable,
  ) as [Uint32Array, Uint32Array, Uint32Array];
  tables.values.forEach(({ reach }, v) => {
    lines[v] = reach?.lines ?? 0;
    before[v] = reach?.before ?? readsAnywhere;
    after[v] = reach?.after ?? 0;
  });
  call('set_counts', tables.triggers.length, tables.entropyKinds.length);
}
