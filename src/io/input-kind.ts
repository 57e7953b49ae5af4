/**
 * Which parser an input needs: by --input, else by file extension (also under .gz), else
 * by sniffing for markup. A text dump's layout (one block a line, hard-wrapped, Markdown)
 * is found by the parser itself unless --input says text or markdown.
 */
import { extname } from 'node:path';
import { SNIFF_LENGTH, sniffInputKind } from '../parse/sniff-kind.js';

export type InputKind = 'text' | 'html' | 'markdown';
export type InputKindOption = 'auto' | InputKind;

const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);
const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.mdown']);

export function detectInputKind(option: InputKindOption, path: string | undefined, bytes: Uint8Array): InputKind {
  const known = kindFromPath(option, path);
  if (known) return known;
  // Latin-1 reads any bytes; the BOMs go, and UTF-16's zero bytes, so that markup shows whatever the encoding.
  const head = Buffer.from(bytes.subarray(0, SNIFF_LENGTH)).toString('latin1').replace(/^\uFEFF|^ï»¿|^\xff\xfe|^\xfe\xff/, '').replace(/\0/g, '');
  return sniffInputKind(head);
}

/** The kind when --input or the file's extension says it, before reading the file; undefined when only its bytes can tell. */
export function kindFromPath(option: InputKindOption, path: string | undefined): InputKind | undefined {
  if (option !== 'auto') return option;
  const extension = path ? extname(path.toLowerCase().replace(/\.gz$/, '')) : '';
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  if (MARKDOWN_EXTENSIONS.has(extension)) return 'markdown';
  return undefined;
}
