/**
 * Recognisers for key store formats, from the first bytes of a file. Facts used: PKCS#12 (RFC
 * 7292) is a DER (or BER) SEQUENCE whose first element is the INTEGER version 3; Sun's JKS
 * starts with the magic 0xFEEDFEED and JCEKS with 0xCECECECE, each followed by a 32-bit version
 * 1 or 2. BouncyCastle's BKS, BCFKS and UBER stores have no magic of their own.
 */

/** Whether `content` starts like a PKCS#12 file: `30 <length> 02 01 03`. */
export function isPkcs12(content: Uint8Array): boolean {
  if (content[0] !== 0x30) return false;
  const length = content[1];
  if (length === undefined) return false;
  // Short form (< 0x80), BER's indefinite form (0x80, written by some Windows and Java tools),
  // or long form with 1 to 4 length bytes.
  let at: number;
  if (length <= 0x80) at = 2;
  else if (length <= 0x84) at = 2 + (length - 0x80);
  else return false;
  return content[at] === 0x02 && content[at + 1] === 0x01 && content[at + 2] === 0x03;
}

/** Whether `content` starts with the four bytes of `magic`, then the 32-bit version 1 or 2. */
function hasJavaMagic(content: Uint8Array, magic: readonly number[]): boolean {
  if (content.length < 8 || magic.some((byte, i) => content[i] !== byte)) return false;
  const version = (content[4] ?? 0) | (content[5] ?? 0) | (content[6] ?? 0);
  return version === 0 && (content[7] === 1 || content[7] === 2);
}

/** Whether `content` starts like a Sun JKS key store (magic 0xFEEDFEED). */
export function isJks(content: Uint8Array): boolean {
  return hasJavaMagic(content, [0xfe, 0xed, 0xfe, 0xed]);
}

/** Whether `content` starts like a JCEKS key store (magic 0xCECECECE). */
export function isJceks(content: Uint8Array): boolean {
  return hasJavaMagic(content, [0xce, 0xce, 0xce, 0xce]);
}

/** How much of a file is examined for NUL bytes, as git does to call a file binary. */
const sniffLength = 8000;

/**
 * Whether `content` is binary: not empty, with a NUL byte near the start. The only test for
 * formats without a magic; an empty or text file with a key store's name is not one.
 */
export function isBinaryContent(content: Uint8Array): boolean {
  return content.length > 0 && content.subarray(0, sniffLength).includes(0);
}
