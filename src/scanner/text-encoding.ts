import { isAscii, isUtf8 } from 'node:buffer';

/**
 * How a file's bytes become the text the detectors read: ASCII and valid UTF-8 decode as such;
 * anything else decodes byte for byte (Latin-1), so offsets of ASCII tokens stay where they were.
 */
export type TextEncoding = 'ascii' | 'utf8' | 'latin1';

export function textEncodingOf(content: Uint8Array): TextEncoding {
  if (isAscii(content)) return 'ascii';
  return isUtf8(content) ? 'utf8' : 'latin1';
}

/** The text of `content`; ASCII, the common case, decodes fastest as Latin-1 (one byte a character). */
export function decodeText(content: Uint8Array, encoding: TextEncoding): string {
  const buffer = Buffer.isBuffer(content)
    ? content
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return buffer.toString(encoding === 'utf8' ? 'utf8' : 'latin1');
}
