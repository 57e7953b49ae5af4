/**
 * Tells binary files (images, archives, executables) from text that carries a few stray
 * control bytes. Scraped text often has a NUL or an escape byte here and there, from a
 * page's own bytes or a scraper's bug; a file of a binary format starts with its magic
 * number, or is full of control bytes.
 */

/** Formats by their first bytes, named for the message. */
const MAGIC: readonly [name: string, bytes: readonly number[], at?: number][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP image', [0x57, 0x45, 0x42, 0x50], 8],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a Windows executable', [0x4d, 0x5a, 0x90, 0x00]],
  ['an MP4 video', [0x66, 0x74, 0x79, 0x70], 4],
];

/** The share of control bytes (other than tab, line ends and form feed) from which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;
/** The bytes read to judge: enough for any format, bounded for huge files. */
const SAMPLE = 65_536;

/** Why the bytes are binary ("a PNG image", "mostly control bytes"), or undefined for text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, magic, at = 0] of MAGIC) if (magic.every((b, i) => bytes[at + i] === b)) return name;
  const sample = bytes.subarray(0, SAMPLE);
  return controlBytes(sample) >= Math.max(1, sample.length * MAX_CONTROL_SHARE) ? 'control bytes, not text' : undefined;
}

/** C0 control bytes that text has no use for: all but tab, line feed, carriage return and form feed. */
export function controlBytes(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) n++;
  }
  return n;
}

/** The same control characters in decoded text. */
export const CONTROL_CHARACTERS = /[\x00-\x08\x0b\x0e-\x1f]/g;
