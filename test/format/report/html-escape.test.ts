/** Nothing a document holds can become markup in the report. */
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/format/report/html-escape.js';

describe('escapeHtml', () => {
  it('escapes the characters that open markup, entities and attribute values', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('replaces control characters HTML does not allow, and keeps tabs and line ends', () => {
    expect(escapeHtml('a\u0000b\u0007c\u001fd\u007fe')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde');
    expect(escapeHtml('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
  });

  it('leaves other text as it is', () => {
    expect(escapeHtml('Zürich — 5 € · 東京')).toBe('Zürich — 5 € · 東京');
  });
});
