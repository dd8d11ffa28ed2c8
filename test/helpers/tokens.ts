/**
 * Fills `{class:n}` placeholders in detector examples with generated characters, so that no
 * real-format token is ever committed: the repository's own scan stays clean and push
 * protection has nothing to block.
 */
const alphabets: Record<string, string> = {
  an: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  lan: 'abcdefghijklmnopqrstuvwxyz0123456789',
  uan: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  d: '0123456789',
  l: 'abcdefghijklmnopqrstuvwxyz',
  u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  a: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
};

/** Placeholder syntax: `{an:36}` is 36 characters of class `an`. */
export const placeholderPattern = /\{(an|lan|uan|hex|HEX|d|l|u|a|b64u?|b32):(\d{1,4})\}/g;

/** A small deterministic PRNG (mulberry32), so a failing example reproduces. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** Expands every placeholder in `template`; the same template and seed always give the same text. */
export function expandTemplate(template: string, seed = 0): string {
  const random = seededRandom(hashSeed(template) ^ seed);
  return template.replace(placeholderPattern, (_, name: string, count: string) => {
    const alphabet = alphabets[name] as string;
    let out = '';
    for (let i = 0; i < Number(count); i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  });
}
