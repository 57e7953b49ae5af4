/** Which parser an input needs: by --input, else by file extension (also under .gz), else by sniffing for markup. */
import { extname } from 'node:path';

export type InputKind = 'text' | 'html';
export type InputKindOption = 'auto' | InputKind;

const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);
const MARKUP_START = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<\?xml[^>]*>\s*<(!doctype )?html)/i;

export function detectInputKind(option: InputKindOption, path: string | undefined, bytes: Uint8Array): InputKind {
  const known = kindFromPath(option, path);
  if (known) return known;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').replace(/^\uFEFF|^ï»¿|^\xff\xfe|^\xfe\xff/, '').replace(/\0/g, '');
  return MARKUP_START.test(head) ? 'html' : 'text';
}

/** The kind when --input or the file's extension says it, before reading the file; undefined when only its bytes can tell. */
export function kindFromPath(option: InputKindOption, path: string | undefined): InputKind | undefined {
  if (option !== 'auto') return option;
  if (path && HTML_EXTENSIONS.has(extname(path.toLowerCase().replace(/\.gz$/, '')))) return 'html';
  return undefined;
}
