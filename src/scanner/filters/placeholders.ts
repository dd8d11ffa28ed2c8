import { everyDetector, unprefixed, type SecretFilter } from './types.js';

const placeholderWords =
  /x{4,}|\*{3,}|#{4,}|\.{4,}|changeme|change[_-]me|replace[_-]?me|your[_-]?(?:own[_-]?)?(?:api[_-]?)?(?:key|token|secret|password|pass)|(?:api[_-]?)?(?:key|token|secret)[_-]?here|insert[_-]?(?:your|key|token)|placeholder|redacted|dummy|example|sample[_-]?(?:key|token|secret)|<[a-z_-]{1,40}>|^(?:fake|test|none|null|undefined|secret|password|passwd|token|todo|tbd|notasecret)$/i;

/** Placeholder text rather than a credential: `xxxx`, `changeme`, `your-key-here`, `EXAMPLE`, `****`. */
export function isPlaceholder(secret: string): boolean {
  return placeholderWords.test(secret);
}

/**
 * Too little variety to be generated: one character six times in a row in a short value, or at
 * most three distinct characters in a value of eight or more.
 */
export function isRepeatedCharacters(secret: string): boolean {
  // Long base64 values legitimately hold runs (zero bytes encode as `AAAA…`): judge only short ones.
  if (secret.length < 32 && /(.)\1{5}/.test(secret)) return true;
  return secret.length >= 8 && new Set(secret).size <= 3;
}

/**
 * Every character different in a value of 26 or more: an alphabet such as an ID generator's
 * (random base64 of that length repeats a character with near certainty).
 */
export function isAlphabet(secret: string): boolean {
  return secret.length >= 26 && new Set(secret).size === secret.length;
}

// Digests of empty input: SDKs and HTTP signers embed them as constants.
const emptyInputDigests = new Set([
  'd41d8cd98f00b204e9800998ecf8427e', // MD5
  'da39a3ee5e6b4b0d3255bfef95601890afd80709', // SHA-1
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', // SHA-256
  'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e', // SHA-512
]);

/** A well-known digest (of empty input), not a credential. */
export function isWellKnownDigest(secret: string): boolean {
  return emptyInputDigests.has(secret.toLowerCase());
}

/** Placeholder filters: they apply to every detector, since a provider prefix followed by `xxxx` is a placeholder too. */
export const placeholderFilters: SecretFilter[] = [
  {
    name: 'placeholder',
    description: 'placeholder text such as xxxx, changeme, your-key-here or EXAMPLE',
    appliesTo: everyDetector,
    excludes: ({ secret }) => isPlaceholder(secret),
  },
  {
    name: 'repeated-characters',
    description: 'a run of one character, or too few distinct characters to be generated',
    // Prefixed tokens embed numeric ids (Slack's `xoxa-2-5111111…`) whose runs mean nothing.
    appliesTo: unprefixed,
    excludes: ({ secret }) => isRepeatedCharacters(secret),
  },
  {
    name: 'low-variety-guess',
    description: 'a guessed value that is one word or one number',
    appliesTo: unprefixed,
    excludes: ({ secret }) =>
      /^(?:[A-Z]?[a-z]{1,30}|[A-Z]{1,30}|[0-9]{1,12})$/.test(secret) && secret.length < 8,
  },
  {
    name: 'well-known-digest',
    description: 'the MD5, SHA-1, SHA-256 or SHA-512 digest of empty input',
    appliesTo: unprefixed,
    excludes: ({ secret }) => isWellKnownDigest(secret),
  },
  {
    name: 'alphabet',
    description: 'a character set written out (every character different), as ID generators define',
    appliesTo: unprefixed,
    excludes: ({ secret }) => isAlphabet(secret),
  },
];
