import { describe, expect, it } from 'vitest';
import { BinaryInputError, decodeBytes, declaredCharset } from '../../src/io/decode.js';
import { detectInputKind, kindFromPath } from '../../src/io/input-kind.js';
import { commonBase, outputPathFor } from '../../src/io/output-path.js';

describe('decodeBytes', () => {
  it('follows a BOM: UTF-8, UTF-16 LE and BE', () => {
    expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69])).text).toBe('hi');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo', 'utf16le')])).text).toBe('héllo');
    const be = Buffer.from('héllo', 'utf16le').swap16();
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('héllo');
  });

  it('refuses binary data: a known format by its first bytes, or mostly control bytes', () => {
    expect(() => decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow('binary data (a ZIP archive)');
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toThrow('binary data (a PNG image)');
    expect(() => decodeBytes(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3', 'latin1'))).toThrow('a PDF document');
    const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256));
    expect(() => decodeBytes(noise)).toThrow(BinaryInputError);
    expect(() => decodeBytes(Buffer.from('abc\0\0def'))).toThrow('control bytes, not text');
  });

  it('drops a few stray NUL and control bytes from text and counts them', () => {
    const text = 'La policía detuvo el martes a dos hombres en el centro de la ciudad. '.repeat(200);
    const withNuls = Buffer.from(text.slice(0, 5000) + '\0'.repeat(20) + text.slice(5000) + '\x1b\x07');
    const out = decodeBytes(withNuls);
    expect(out.text).toBe(text);
    expect(out.warning).toBe('22 stray control bytes dropped');
    // Tab, line ends and form feed are text.
    expect(decodeBytes(Buffer.from('a\tb\r\nc\fd')).text).toBe('a\tb\r\nc\fd');
    // UTF-16 is text, whatever its zero bytes.
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo', 'utf16le')])).warning).toBeUndefined();
  });

  it('replaces invalid UTF-8 in text and says so', () => {
    const out = decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x21]));
    expect(out.text).toBe('caf\uFFFD!');
    expect(out.warning).toMatch(/1 byte sequence replaced/);
  });

  it('reads an HTML page in the charset it declares', () => {
    const page = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Müller</p>', 'latin1');
    expect(declaredCharset(page)).toBe('iso-8859-1');
    expect(decodeBytes(page, { html: true }).text).toContain('Müller');
    const sjis = Buffer.concat([Buffer.from('<meta charset="shift_jis"><p>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('</p>')]);
    expect(decodeBytes(sjis, { html: true }).text).toContain('日本');
  });
});

describe('detectInputKind', () => {
  const bytes = (s: string) => Buffer.from(s);
  it('follows the option, then the extension (also under .gz), then the content', () => {
    expect(detectInputKind('text', 'a.html', bytes('<html>'))).toBe('text');
    expect(detectInputKind('auto', 'a.HTM', bytes('plain'))).toBe('html');
    expect(detectInputKind('auto', 'a.html.gz', bytes('\x1f\x8b'))).toBe('html');
    expect(detectInputKind('auto', undefined, bytes('  <!DOCTYPE html><html>'))).toBe('html');
    expect(detectInputKind('auto', undefined, bytes('<!-- saved --><html lang="en">'))).toBe('html');
    expect(detectInputKind('auto', 'a.txt', bytes('Use <b> for bold, the article said.'))).toBe('text');
  });

  it('tells the kind from the option or the extension alone, and leaves the rest to the bytes', () => {
    expect(kindFromPath('html', 'a.txt')).toBe('html');
    expect(kindFromPath('text', 'a.html')).toBe('text');
    expect(kindFromPath('auto', 'dir/A.XHTML.gz')).toBe('html');
    expect(kindFromPath('auto', 'a.txt')).toBeUndefined();
    expect(kindFromPath('auto', undefined)).toBeUndefined();
  });
});

describe('output paths', () => {
  it('mirrors inputs below their common folder and swaps the extension', () => {
    const base = commonBase(['/data/in/a/x.txt', '/data/in/b/y.html.gz']);
    expect(base).toBe('/data/in');
    expect(outputPathFor('/data/in/a/x.txt', base, '/out', '.txt')).toBe('/out/a/x.txt');
    expect(outputPathFor('/data/in/b/y.html.gz', base, '/out', '.json')).toBe('/out/b/y.json.gz');
  });

  it('gives a gzipped input a gzipped output, a plain one a plain one', () => {
    expect(outputPathFor('/in/pages.jsonl.gz', '/in', '/out', '.jsonl')).toBe('/out/pages.jsonl.gz');
    expect(outputPathFor('/in/pages.jsonl', '/in', '/out', '.jsonl')).toBe('/out/pages.jsonl');
    expect(outputPathFor('/in/page.HTML.GZ', '/in', '/out', '.txt')).toBe('/out/page.txt.gz');
    expect(outputPathFor('/in/notes.gz', '/in', '/out', '.txt')).toBe('/out/notes.txt.gz');
  });
});
