/**
 * Inputs of a given size in a given shape: normal running text, and the shapes built to
 * make a cleaner slow (regular expressions that backtrack, quadratic walks).
 */

/** Running text of the given size, with curly quotes as real articles have them. */
export function normalText(size) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const sentence = `The council approved plan number ${i} on Tuesday, and “the work on the new bridge will start in the spring,” officials said. `;
    const piece = i % 5 === 4 ? `${sentence}\n\n` : sentence;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, size);
}

/** Text shapes by name: each makes a string of about `size` characters. */
export const TEXT_SHAPES = {
  'normal text': normalText,
  'a long run of spaces': (n) => `a${' '.repeat(n - 2)}b`,
  'a long run of one letter': (n) => 'a'.repeat(n),
  'a long run of punctuation': (n) => '.,;:!?-'.repeat(Math.ceil(n / 7)).slice(0, n),
  'a long run of opening quotes': (n) => '“'.repeat(n),
  'a long run of dashes and pipes': (n) => '- | '.repeat(Math.ceil(n / 4)).slice(0, n),
  'a million blank lines': (n) => '\n'.repeat(n),
  'a million short lines in one block': (n) => 'word\n'.repeat(Math.ceil(n / 5)).slice(0, n),
  'a single line': (n) => normalText(n).replace(/\n/g, ' '),
  // Each paragraph runs on into the next: the paragraphs are joined into one, longer and longer.
  'paragraphs that never end a sentence': (n) => normalText(n).replace(/officials said\. \n\n/g, 'officials said\n\nand '),
  // html-to-text's link targets opened and never closed, wrapped at 78 into one paragraph.
  'unclosed link targets in a wrapped dump': (n) => wrap78('see the page [https://example.com/page?text=a title '.repeat(Math.ceil(n / 52))).slice(0, n),
  // html-to-text's bare hrefs: glued to text, inside one another, and a token of hundreds of schemes run together.
  'bare hrefs in a dump that writes targets': (n) => wrap78(`About [/about/] see freehttps://example.com/a?u=https://b.com/ ${'ahttps://'.repeat(40)} `.repeat(Math.ceil(n / 420))).slice(0, n),
};

/** Text wrapped at 78 columns between words, as text browsers and converters wrap it. */
function wrap78(text) {
  return text.replace(/(.{1,78})(?: |$)/g, '$1\n');
}

const PROSE = 'The committee met on Monday and agreed to publish its findings before the end of the month, a spokesman said.';

/** A normal article page of about `size` characters: a menu, numbered paragraphs of prose, a footer. */
export function normalHtml(size) {
  const paragraphs = [];
  let length = 200;
  for (let i = 0; length < size; i++) {
    const p = `<p>${i}: ${PROSE}</p>\n`;
    paragraphs.push(p);
    length += p.length;
  }
  return `<html><head><title>Report</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Report</h1>\n${paragraphs.join('')}</article><footer>© 2024 Example</footer></body></html>`;
}

/** HTML shapes by name: each makes a page of about `size` characters. */
export const HTML_SHAPES = {
  'normal page': normalHtml,
  'deep nesting': (n) => {
    const levels = Math.floor((n - PROSE.length - 7) / 11);
    return '<div>'.repeat(levels) + `<p>${PROSE}</p>` + '</div>'.repeat(levels);
  },
  'attributes on one element': (n) => {
    const attributes = [];
    for (let i = 0, length = 0; length < n; i++) {
      const a = ` data-a${i}="x"`;
      attributes.push(a);
      length += a.length;
    }
    return `<html><body><div${attributes.join('')}><p>${PROSE}</p></div></body></html>`;
  },
  'a page in one line': (n) => normalHtml(n).replace(/\n/g, ''),
  'many short lines': (n) => `<html><body><article>${'<p>word</p>\n'.repeat(Math.floor(n / 12))}</article></body></html>`,
  'unclosed tags and quotes': (n) => `<html><body>${`<div class="a><p>${PROSE}<span `.repeat(Math.floor(n / (PROSE.length + 24)))}`,
};
