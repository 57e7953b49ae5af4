/**
 * Turns an input's bytes into text honestly. A BOM decides first (UTF-8, UTF-16 LE/BE);
 * an HTML page's own <meta charset> or http-equiv content type comes next; then UTF-8.
 * Text that is not valid UTF-8 is decoded with replacement characters and a warning;
 * an HTML page that declares nothing and is not UTF-8 is read as windows-1252, the web's
 * de facto default. NUL bytes mean binary data, which is refused.
 */
import type Iconv from 'iconv-lite';
import { lazyRequire } from '../lazy-require.js';

/** Only pages in legacy charsets need iconv-lite; most runs never load it. */
const iconv = lazyRequire<typeof Iconv>('iconv-lite');

export class BinaryInputError extends Error {
  constructor() {
    super('binary data (NUL bytes), not text');
  }
}

export interface Decoded {
  text: string;
  /** Set when bytes had to be replaced or guessed. */
  warning?: string;
}

const SNIFF_BYTES = 8192;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), false);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new BinaryInputError();
  if (options.html) {
    const declared = declaredCharset(bytes);
    if (declared && !/^utf-?8$/i.test(declared)) {
      if (iconv.encodingExists(declared)) return { text: iconv.decode(Buffer.from(bytes), declared) };
    }
    return utf8(bytes, !declared);
  }
  return utf8(bytes, false);
}

/** The charset an HTML page declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return CHARSET.exec(head)?.[1]?.toLowerCase();
}

function utf8(bytes: Uint8Array, legacyFallback: boolean): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    if (legacyFallback) return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), warning: 'not UTF-8 and no charset declared: read as windows-1252' };
    const text = new TextDecoder('utf-8').decode(bytes);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    return { text, warning: `invalid UTF-8: ${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD` };
  }
}
