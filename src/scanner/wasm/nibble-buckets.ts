/**
 * Nibble tables ("shufti") for literals shorter than four bytes: each bucket lets through the
 * byte triples its low- and high-nibble sets allow, sixteen positions at a time in the module.
 */
import type { Literal, Tables } from './tables.js';

/** Nibble sets over three byte positions: bit n of lows[k] says low nibble n may be at k. */
export interface NibbleSets {
  lows: number[];
  highs: number[];
}

/**
 * How often a byte turns up in source text, roughly. Lower-case letters and spaces weigh most: a
 * bucket whose tables combine lower-case literals (`pat` with `test_` let `tat`, `les` and `dis`
 * through) fires inside ordinary words, so such literals are the last to share a bucket.
 */
const byteWeight = (code: number): number => {
  if ((code >= 97 && code <= 122) || code === 32 || code === 9 || code === 10) return 4;
  if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 0.2;
  if (code > 32 && code < 127) return 0.3;
  return 0.01;
};

/**
 * The weight of the bytes with high nibble h and a low nibble in a set, by the set's two halves:
 * byHalf[h][0][lows & 255] + byHalf[h][1][lows >> 8]. Filled on first use.
 */
let byHalf: Float64Array[][] | undefined;

function halfWeights(): Float64Array[][] {
  return Array.from({ length: 16 }, (_, high) =>
    [0, 8].map((shift) => {
      const sums = new Float64Array(256);
      for (let half = 1; half < 256; half++) {
        const bit = 31 - Math.clz32(half);
        sums[half] = (sums[half & ~(1 << bit)] as number) + byteWeight((high << 4) | (bit + shift));
      }
      return sums;
    }),
  );
}

/** How much text the union of two buckets' nibble tables lets through: what merging them costs. */
function unionVolume(a: NibbleSets, b: NibbleSets): number {
  byHalf ??= halfWeights();
  let product = 1;
  for (let k = 0; k < 3; k++) {
    const lows = (a.lows[k] as number) | (b.lows[k] as number);
    const highs = (a.highs[k] as number) | (b.highs[k] as number);
    let weight = 0;
    for (let high = 0; high < 16; high++) {
      if (((highs >> high) & 1) === 0) continue;
      const [low, upper] = byHalf[high] as [Float64Array, Float64Array];
      weight += (low[lows & 255] as number) + (upper[lows >> 8] as number);
    }
    product *= weight;
  }
  return product;
}

const union = (a: NibbleSets, b: NibbleSets): NibbleSets => ({
  lows: a.lows.map((mask, k) => mask | (b.lows[k] as number)),
  highs: a.highs.map((mask, k) => mask | (b.highs[k] as number)),
});

/**
 * Groups short literals into at most sixteen buckets, merging first the pair whose union lets the
 * least text through; the tables are a filter, every hit is compared byte for byte.
 */
export function shortBuckets(
  literals: { id: number; sets: NibbleSets }[],
): (NibbleSets & { ids: number[] })[] {
  const buckets = literals.map(({ id, sets }) => ({ ...sets, ids: [id] }));
  // costs[i][j] (i < j): the volume of merging buckets i and j; only a merged bucket's row and
  // column change from one step to the next.
  const costOf = (i: number, j: number) =>
    unionVolume(buckets[i] as NibbleSets, buckets[j] as NibbleSets);
  const costs = buckets.map((_, i) => buckets.map((_, j) => (i < j ? costOf(i, j) : Infinity)));
  while (buckets.length > 16) {
    let best: [number, number, number] = [0, 1, Infinity];
    for (let i = 0; i < buckets.length; i++)
      for (let j = i + 1; j < buckets.length; j++) {
        const grown = (costs[i] as number[])[j] as number;
        if (grown < best[2]) best = [i, j, grown];
      }
    const [i, j] = best;
    const merged = buckets[i] as NibbleSets & { ids: number[] };
    const other = buckets[j] as NibbleSets & { ids: number[] };
    buckets[i] = { ...union(merged, other), ids: [...merged.ids, ...other.ids] };
    buckets.splice(j, 1);
    costs.splice(j, 1);
    for (const row of costs) row.splice(j, 1);
    for (let k = 0; k < buckets.length; k++) {
      if (k < i) (costs[k] as number[])[i] = costOf(k, i);
      else if (k > i) (costs[i] as number[])[k] = costOf(i, k);
    }
  }
  return buckets;
}

/**
 * The bytes each of a short literal's first three positions may hold: both cases of a keyword's
 * letters; for a two-byte anchor, what its program can start with (anything when it can be empty).
 */
export function leadingSets(literal: Literal, tables: Tables): NibbleSets {
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
