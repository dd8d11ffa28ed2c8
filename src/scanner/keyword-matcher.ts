/**
 * Finds many case-insensitive literals in one pass over a string, faster than a regex
 * alternation of hundreds of keywords (which V8 tries one by one at every position): each
 * position's last four (or three) characters, lower-cased and packed into an integer, are looked
 * up in a bitmap, and only bitmap hits are verified.
 */

const fold = new Uint8Array(65536);
for (let code = 0; code < 65536; code++) {
  // Characters above Latin-1 share one value; verification compares them exactly.
  fold[code] = code >= 65 && code <= 90 ? code + 32 : code < 256 ? code : 0xff;
}

const bitmapBits = 16;
const hashOf = (packed: number): number => Math.imul(packed, 0x9e3779b1) >>> (32 - bitmapBits);

/** One keyword, with the values its owner wants back on a hit. */
interface Entry<T> {
  keyword: string;
  value: T;
}

/** A case-sensitive literal (two or more characters) that starts a pattern, confirmed by the pattern. */
export interface Anchor<T> {
  literal: string;
  /** Sticky regex tried where the literal starts; a hit is reported only when it matches. */
  confirm: RegExp;
  value: T;
}

const byteOf = new Uint8Array(65536);
for (let code = 0; code < 65536; code++) byteOf[code] = code < 256 ? code : 0xff;

/** Packs up to four characters (already lower-case) as the scanning loop does. */
function pack(text: string, length: number): number {
  let packed = 0;
  for (let i = 0; i < length; i++)
    packed = ((packed << 8) | (fold[text.charCodeAt(i)] as number)) >>> 0;
  return packed;
}

/** A set of case-insensitive keywords, each carrying a value returned when it is found. */
export class KeywordMatcher<T> {
  private readonly bitmap4 = new Uint8Array(1 << bitmapBits);
  private readonly bitmap3 = new Uint8Array(1 << bitmapBits);
  private readonly byPrefix4 = new Map<number, Entry<T>[]>();
  private readonly byPrefix3 = new Map<number, Entry<T>[]>();
  /** Keywords of one or two characters: rare (custom detectors only), matched by a regex. */
  private readonly shortRegex: RegExp | undefined;
  private readonly shortValues = new Map<string, T>();
  /** Anchors by their first two characters, packed case-sensitively. */
  private readonly anchorTable = new Uint8Array(1 << 16);
  private readonly anchorsByPair = new Map<number, Anchor<T>[]>();

  constructor(keywords: ReadonlyMap<string, T>, anchors: readonly Anchor<T>[] = []) {
    for (const anchor of anchors) {
      if (anchor.literal.length < 2)
        throw new Error(`anchor ${JSON.stringify(anchor.literal)} is shorter than 2 characters`);
      const pair =
        ((byteOf[anchor.literal.charCodeAt(0)] as number) << 8) |
        (byteOf[anchor.literal.charCodeAt(1)] as number);
      this.anchorTable[pair] = 1;
      this.anchorsByPair.set(pair, [...(this.anchorsByPair.get(pair) ?? []), anchor]);
    }
    const short: string[] = [];
    for (const [raw, value] of keywords) {
      const keyword = raw.toLowerCase();
      if (keyword.length < 3) {
        short.push(keyword);
        this.shortValues.set(keyword, value);
        continue;
      }
      const width = keyword.length >= 4 ? 4 : 3;
      const packed = pack(keyword, width);
      const [bitmap, index] =
        width === 4 ? [this.bitmap4, this.byPrefix4] : [this.bitmap3, this.byPrefix3];
      bitmap[hashOf(packed)] = 1;
      index.set(packed, [...(index.get(packed) ?? []), { keyword, value }]);
    }
    if (short.length > 0) {
      const escaped = short.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
      this.shortRegex = new RegExp(escaped.join('|'), 'gi');
    }
  }

  /** Calls `onMatch(start, value)` for every occurrence of every keyword, overlaps included. */
  forEachMatch(text: string, onMatch: (start: number, value: T) => void): void {
    const { bitmap4, bitmap3, anchorTable } = this;
    const length = text.length;
    let packed = 0;
    let pair = 0;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      pair = ((pair << 8) | (byteOf[code] as number)) & 0xffff;
      if (anchorTable[pair] === 1 && i >= 1) this.confirmAnchors(pair, text, i - 1, onMatch);
      packed = ((packed << 8) | (fold[code] as number)) >>> 0;
      if (bitmap4[hashOf(packed)] === 1 && i >= 3)
        this.verify(this.byPrefix4.get(packed), text, i - 3, onMatch);
      const packed3 = packed & 0xffffff;
      if (bitmap3[hashOf(packed3)] === 1 && i >= 2)
        this.verify(this.byPrefix3.get(packed3), text, i - 2, onMatch);
    }
    const shortRegex = this.shortRegex;
    if (shortRegex) {
      shortRegex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = shortRegex.exec(text)) !== null) {
        onMatch(match.index, this.shortValues.get(match[0].toLowerCase()) as T);
        shortRegex.lastIndex = match.index + 1;
      }
    }
  }

  private confirmAnchors(
    pair: number,
    text: string,
    start: number,
    onMatch: (start: number, value: T) => void,
  ): void {
    for (const anchor of this.anchorsByPair.get(pair) ?? []) {
      if (!text.startsWith(anchor.literal, start)) continue;
      anchor.confirm.lastIndex = start;
      if (anchor.confirm.test(text)) onMatch(start, anchor.value);
    }
  }

  private verify(
    entries: Entry<T>[] | undefined,
    text: string,
    start: number,
    onMatch: (start: number, value: T) => void,
  ): void {
    if (entries === undefined) return;
    for (const { keyword, value } of entries) {
      if (keywordAt(text, start, keyword, keyword.length >= 4 ? 4 : 3)) onMatch(start, value);
    }
  }
}

/**
 * Whether lower-case `keyword` is at `start`, compared from character `from` on (the packed
 * prefix matched the rest). Only a non-ASCII keyword character matches by Unicode case folding:
 * no non-ASCII character stands for an ASCII letter (the KELVIN SIGN is not a `k`), so the
 * prefilter over bytes finds exactly the same keywords.
 */
export function keywordAt(text: string, start: number, keyword: string, from = 0): boolean {
  if (start + keyword.length > text.length) return false;
  for (let j = from; j < keyword.length; j++) {
    const code = text.charCodeAt(start + j);
    const expected = keyword.charCodeAt(j);
    if ((fold[code] as number) === expected) continue;
    if (expected < 128 || code < 128) return false;
    if (String.fromCharCode(code).toLowerCase().charCodeAt(0) !== expected) return false;
  }
  // Above Latin-1 the packed value is lossy: confirm the first characters too.
  return from === 0 || !beyondLatin1(keyword) || keywordAt(text, start, keyword, 0);
}

function beyondLatin1(keyword: string): boolean {
  for (let i = 0; i < keyword.length; i++) if (keyword.charCodeAt(i) > 255) return true;
  return false;
}
