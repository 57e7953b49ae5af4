/**
 * Turns an input's bytes into text honestly. A BOM decides first (UTF-8, UTF-16 LE/BE);
 * an HTML page's own <meta charset> or http-equiv content type comes next; then UTF-8.
 * Text that is not valid UTF-8 is decoded with replacement characters and a warning;
 * an HTML page that declares nothing and is not UTF-8 is read as windows-1252, the web's
 * de facto default. Binary data (a known format, or mostly control bytes) is refused; a few
 * stray control bytes in text are dropped, with a warning that counts them.
 */
import type Iconv from 'iconv-lite';
import { lazyRequire } from '../lazy-require.js';
import { CONTROL_CHARACTERS, binaryKind } from './binary.js';

/** Only pages in legacy charsets need iconv-lite; most runs never load it. */
const iconv = lazyRequire<typeof Iconv>('iconv-lite');

export class BinaryInputError extends Error {
  constructor(kind: string) {
    super(`binary data (${kind})`);
  }
}

export interface Decoded {
  text: string;
  /** Set when bytes had to be replaced or guessed. */
  warning?: string;
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  const decoded = decodeText(bytes, options);
  // A few stray control bytes (a NUL, an escape) in otherwise good text: dropped, and counted.
  const stray = decoded.text.match(CONTROL_CHARACTERS)?.length ?? 0;
  if (stray === 0) return decoded;
  const dropped = `${stray} stray control byte${stray === 1 ? '' : 's'} dropped`;
  return { text: decoded.text.replace(CONTROL_CHARACTERS, ''), warning: decoded.warning ? `${decoded.warning}; ${dropped}` : dropped };
}

function decodeText(bytes: Uint8Array, options: { html?: boolean }): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), false);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const binary = binaryKind(bytes);
  if (binary) throw new BinaryInputError(binary);
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
