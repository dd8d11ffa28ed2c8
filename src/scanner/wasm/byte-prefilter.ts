import type { CompiledDetector } from '../compile.js';
import { keywordAt } from '../keyword-matcher.js';
import { decodeText, type TextEncoding } from '../text-encoding.js';
import { instantiate, writeTables, type Exports } from './module.js';
import {
  entropyModeBits,
  gatherTables,
  quotedValuesOnlyBit,
  type HitValue,
  type Tables,
} from './tables.js';

/**
 * One file's pass over its bytes: its long lines, and its hits in the text without them. Valid
 * until the next pass of the same prefilter, which reuses the module's memory.
 */
export interface BytePass {
  /** 0-based numbers of the lines longer than the cap, in order. */
  longLines: number[];
  /**
   * The text with each long line's content replaced by a space, and, in a large file, each line
   * no hit's detectors read replaced by a bare line break: line numbers and columns are those
   * of the file. Decoded on demand.
   */
  text(): string;
  /** The text with only long lines cut, for file gates; valid until the next pass. */
  wholeText(): string;
  /**
   * Calls `onHit(offset, detectors)` for each hit, with UTF-16 offsets into {@link text}, which
   * it decodes only when there is a hit.
   */
  forEachHit(onHit: (offset: number, detectors: readonly number[]) => void): void;
}

/**
 * When a file with hits is decoded only around them, its other lines as bare line breaks: from
 * `minBytes`, when what is kept is at most `maxKeptShare` of the file.
 */
export interface DecodeAroundHits {
  minBytes: number;
  maxKeptShare: number;
}

/**
 * Below 32 KiB, decoding the whole file costs less than working out what to keep; past half of
 * it, the copy costs more than the decoding it saves.
 */
const defaultDecodeAroundHits: DecodeAroundHits = { minBytes: 32 * 1024, maxKeptShare: 0.5 };

/** The shortest line cap the module handles: a line closed within one 16-byte block is short. */
const minimumLineCap = 16;

/**
 * The prefilter over a file's bytes, in WebAssembly: the same hits as the text prefilter
 * (src/scanner/prefilter.ts) at a fraction of the cost, and none of the decoding when a file
 * has no hit. Entropy detectors get only the lines holding a string that can pass them. Lines
 * over the cap are found and cut out here, so they are never decoded.
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
   * Scans `bytes`, which decode with `encoding`. Undefined when the text must be scanned by the
   * text prefilter instead: too many hits or long lines to hold, or a cap below 16.
   */
  scan(
    bytes: Uint8Array,
    path: string,
    encoding: TextEncoding,
    maxLineLength: number,
    aroundHits: DecodeAroundHits = defaultDecodeAroundHits,
  ): BytePass | undefined {
    if (maxLineLength < minimumLineCap) return undefined;
    const exports = (this.exports ??= this.load());
    const call = (name: string, ...args: number[]) =>
      (exports[name] as (...values: number[]) => number)(...args);
    const at = call('input_for', bytes.length);
    if (at === 0) return undefined;
    // Bytes read straight into the input area (see inputArea) are already where the scan wants them.
    if (bytes.buffer !== exports.memory.buffer || bytes.byteOffset !== at)
      new Uint8Array(exports.memory.buffer, at, bytes.length).set(bytes);
    let length = bytes.length;
    let longCount = 0;
    // A line is never more UTF-16 code units than bytes. Long lines are found first, so that the
    // scan skips their content.
    if (length > maxLineLength) {
      longCount = call('long_lines', length, maxLineLength, encoding === 'utf8' ? 1 : 0);
      if (longCount < 0) return undefined;
    }
    const count = call('scan', length, this.modesFor(path), longCount > 0 ? 1 : 0);
    if (count < 0) return undefined;
    let longLines: number[] = [];
    if (longCount > 0) {
      longLines = [...new Uint32Array(exports.memory.buffer, call('long_numbers_ptr'), longCount)];
      length = call('elide_long_lines', length);
    }
    const hits = call('hit_total');
    const wholeLength = length;
    let textAt = at;
    if (hits > 0 && length >= aroundHits.minBytes) {
      const budget = Math.floor(length * aroundHits.maxKeptShare);
      const kept = call('keep_hit_lines', length, budget);
      if (kept >= 0) {
        length = kept;
        textAt = call('text_bytes_ptr');
      }
    }
    if (hits > 0 && encoding === 'utf8') call('utf16_offsets', length);
    let text: string | undefined;
    const textOf = () =>
      (text ??= decodeText(new Uint8Array(exports.memory.buffer, textAt, length), encoding));
    // The input area still holds every line: keep_hit_lines wrote the kept ones elsewhere. Each
    // file gate asks for it; it is decoded once.
    let whole: string | undefined;
    const wholeText =
      textAt === at
        ? textOf
        : () =>
            (whole ??= decodeText(
              new Uint8Array(exports.memory.buffer, at, wholeLength),
              encoding,
            ));
    return {
      longLines,
      text: textOf,
      wholeText,
      forEachHit: (onHit) => {
        if (hits === 0) return;
        const memory = exports.memory.buffer;
        const offsets = new Uint32Array(memory, call('hit_offsets_ptr'), hits);
        const values = new Uint32Array(memory, call('hit_values_ptr'), hits);
        const decoded = textOf();
        const { values: table } = this.tables;
        for (let h = 0; h < hits; h++) {
          const offset = offsets[h] as number;
          const value = table[values[h] as number] as HitValue;
          if (value.keyword !== undefined && !keywordAt(decoded, offset, value.keyword)) continue;
          if (value.confirm !== undefined) {
            value.confirm.lastIndex = offset;
            if (!value.confirm.test(decoded)) continue;
          }
          onHit(offset, value.detectors);
        }
      },
    };
  }

  /**
   * Room for `length` bytes where the next {@link scan} reads its input, so that a file can be
   * read there without a copy; undefined when memory cannot grow. Valid until the next call.
   */
  inputArea(length: number): Buffer | undefined {
    const exports = (this.exports ??= this.load());
    const at = (exports.input_for as (length: number) => number)(length);
    return at === 0 ? undefined : Buffer.from(exports.memory.buffer, at, length);
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
    if (this.tables.gate?.quotedValuesOnly(path)) modes |= quotedValuesOnlyBit;
    return modes;
  }

  private load(): Exports {
    const exports = instantiate();
    writeTables(exports, this.tables);
    return exports;
  }
}
