/**
 * Turns an input's bytes into text honestly: a BOM decides (UTF-8, UTF-16 LE/BE);
 * otherwise UTF-8, with invalid sequences replaced and reported rather than guessed at.
 * NUL bytes in UTF-8 mean binary data, which is refused.
 */

export class BinaryInputError extends Error {
  constructor() {
    super('binary data (NUL bytes), not text');
  }
}

export interface Decoded {
  text: string;
  /** Set when bytes had to be replaced. */
  warning?: string;
}

const SNIFF_BYTES = 8192;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new BinaryInputError();
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    return { text, warning: `invalid UTF-8: ${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD` };
  }
}
