/** React's streamed segments are moved where the page's scripts would move them. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/parse/html/index.js';

const texts = (html: string) => parseHtml(html).document.blocks.map((b) => b.text);

describe('streamed segments', () => {
  it("fills a boundary: the segment's content replaces the fallback between <!--$?--> and its <!--/$-->", () => {
    const html = `<body><p>Before.</p><!--$?--><template id="B:0"></template><p>Loading…</p><!--$--><p>Inner fallback.</p><!--/$--><!--/$--><p>After.</p>
      <div hidden id="S:0"><p>Streamed one.</p><p>Streamed two.</p></div><script>$RC("B:0","S:0")</script></body>`;
    expect(texts(html)).toEqual(['Before.', 'Streamed one.', 'Streamed two.', 'After.']);
  });

  it('fills boundaries nested in another segment, and placeholders', () => {
    const html = `<body><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--><p>Footer.</p>
      <div hidden id="S:1"><p>Second.</p></div>
      <div hidden id="S:0"><p>First.</p><!--$?--><template id="B:1"></template><!--/$--><div><template id="P:2"></template></div><p>Last.</p></div>
      <div hidden id="S:2"><p>Placed.</p></div></body>`;
    expect(texts(html)).toEqual(['First.', 'Second.', 'Placed.', 'Last.', 'Footer.']);
  });

  it("replaces the template alone on a page saved without comments, and shows a segment whose place is gone where it stands", () => {
    const html = `<body><template id="B:0"></template><div>Loading paragraph...</div><p>Middle.</p>
      <div hidden id="S:0"><p>Streamed.</p></div><div hidden id="S:7"><p>Orphan.</p></div></body>`;
    expect(texts(html)).toEqual(['Streamed.', 'Loading paragraph...', 'Middle.', 'Orphan.']);
  });

  it('leaves hidden what is no segment, a segment that would go inside itself, and one whose place went with a fallback', () => {
    const html = `<body><div hidden id="S:x"><p>Not hex.</p></div><div hidden id="menu"><p>Menu.</p></div>
      <div hidden id="S:3"><p>Self.</p><template id="P:3"></template></div><p>Shown.</p>
      <!--$?--><template id="B:0"></template><div class="skeleton"><template id="P:4"></template></div><!--/$-->
      <div hidden id="S:0"><p>Content.</p></div><div hidden id="S:4"><p>Never placed.</p></div></body>`;
    expect(texts(html)).toEqual(['Shown.', 'Content.']);
  });
});
