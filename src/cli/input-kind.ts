/** Which parser an input needs: by --input, else by file extension, else by sniffing for markup. */
import { extname } from 'node:path';

export type InputKind = 'text' | 'html';
export type InputKindOption = 'auto' | InputKind;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const MARKUP_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)/i;

export function detectInputKind(option: InputKindOption, path: string | undefined, text: string): InputKind {
  if (option !== 'auto') return option;
  if (path && HTML_EXTENSIONS.has(extname(path).toLowerCase())) return 'html';
  return MARKUP_START.test(text.slice(0, 1024)) ? 'html' : 'text';
}
