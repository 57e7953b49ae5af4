/** An HTML page or fragment is told from a text dump by its first characters, in the library as in the command. */
import { describe, expect, it } from 'vitest';
import { sniffInputKind } from '../../src/parse/sniff-kind.js';
import { clean } from '../../src/clean.js';

const PROSE = 'SACHA PFEIFFER: The committee met on Monday and agreed to publish its findings before the end of the month.';

describe('sniffInputKind', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html><html><body><p>x</p></body></html>'],
    ['<html> after a comment and a BOM', '\uFEFF<!-- saved --><html lang="en"><head>'],
    ['an XML declaration and XHTML', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'],
    ['a fragment: one element that closes several', `<div style="min-height:90px"></div><p><p>${PROSE}</p><p>More.</p></div>`],
    ['an article element', `<article><h1>Title</h1><p>${PROSE}</p><p>Two.</p></article>`],
  ])('%s is HTML', (_, input) => {
    expect(sniffInputKind(input)).toBe('html');
  });

  it.each([
    ['a text dump', `Home\nNews\n\n${PROSE}`],
    ['text that opens with a "<"', '<3 our readers\n\nThank you for reading.'],
    ['text that quotes one tag', '<div> is the most used element of the web.\n\nIt groups other elements.'],
    ['Markdown', `# Title\n\n${PROSE}\n\n* one\n* two`],
    ['an empty string', ''],
  ])('%s is text', (_, input) => {
    expect(sniffInputKind(input)).toBe('text');
  });
});

describe('clean() tells HTML from text', () => {
  const fragment = `<div style="min-height:90px"></div><article><h1>Hearing on the budget</h1><p>${PROSE}</p><p>${PROSE.replace('Monday', 'Tuesday')}</p></article>`;

  it('reads HTML as HTML when not told', () => {
    const result = clean(fragment);
    expect(result.title).toBe('Hearing on the budget');
    expect(result.paragraphs[0]).toBe(PROSE);
    expect(result.text).not.toContain('<');
  });

  it('inputKind forces either reading', () => {
    expect(clean(fragment, { inputKind: 'html' }).paragraphs[0]).toBe(PROSE);
    expect(clean(fragment, { inputKind: 'auto' }).paragraphs[0]).toBe(PROSE);
    // Read as text, the markup is text: its tags are in what was kept or removed.
    const asText = clean(fragment, { inputKind: 'text' });
    expect(asText.title ?? '').not.toBe('Hearing on the budget');
    expect(JSON.stringify([asText.paragraphs, asText.removed.map((r) => r.text)])).toContain('<p>SACHA PFEIFFER');
  });
});
