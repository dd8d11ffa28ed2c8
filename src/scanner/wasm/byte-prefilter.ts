import type { CompiledDetector } from '../compile.js';
import { keywordAt } from '../keyword-matcher.js';
import type { TextEncoding } from '../text-encoding.js';
import { instantiate, writeTables, type Exports } from './module.js';
import { entropyModeBits, gatherTables, type HitValue, type Tables } from './tables.js';

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
