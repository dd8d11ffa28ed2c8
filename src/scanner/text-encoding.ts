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

// ignoreBOM keeps a leading U+FEFF, as Buffer's decoding does, so columns stay where they were.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The text of `content`. ASCII and UTF-8 go through TextDecoder. On Node 20 it builds the string
 * in the JavaScript heap, whereas Buffer's Latin-1 decoding makes a string over 1 MB an external
 * string, whose memory returns only after a full collection and stays in the allocator. Node 24's
 * TextDecoder makes such a string external too; decoding in pieces, to keep it in the heap, gave
 * no lower peak there (the heap grows instead), so both runtimes take this one path.
 */
export function decodeText(content: Uint8Array, encoding: TextEncoding): string {
  if (encoding !== 'latin1') return utf8.decode(content);
  const buffer = Buffer.isBuffer(content)
    ? content
    : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return buffer.toString('latin1');
}
