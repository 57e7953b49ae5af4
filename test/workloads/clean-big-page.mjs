/**
 * Cleans one large HTML page of numbered paragraphs (none a repeat of another) and answers
 * how many paragraphs it gave against how many the page held.
 * Arguments: { megabytes, paragraph }.
 */
import { clean } from '../../dist/index.js';
import { args, reply } from './reply.mjs';

const { megabytes, paragraph } = args();
const paragraphs = [];
for (let size = 0, n = 0; size < megabytes * 1e6; n++) {
  const html = `<p>${n}: ${paragraph}</p>\n`;
  paragraphs.push(html);
  size += html.length;
}
const page = `<html><body><article>${paragraphs.join('')}</article></body></html>`;
const started = performance.now();
const result = clean(page, { inputKind: 'html' });
reply({ given: paragraphs.length, kept: result.paragraphs.length, seconds: (performance.now() - started) / 1000 });
