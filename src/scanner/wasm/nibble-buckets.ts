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
export function shortBuckets(
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
