import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/parse/html/index.js';
import { parseText } from '../../../src/parse/text.js';
import { PAGE_KIND_FEATURES, pageKindFeatures } from '../../../src/learn/block-model/page-kind.js';

function kindOf(html: string): Record<string, number> {
  const values = pageKindFeatures(parseHtml(html).document);
  return Object.fromEntries(PAGE_KIND_FEATURES.map((name, i) => [name, values[i]!]));
}

describe('page kind features', () => {
  it('names a product page by its JSON-LD and og:type', () => {
    const kind = kindOf(`<html><head><meta property="og:type" content="product"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kettle"}</script></head><body><p>A kettle.</p></body></html>`);
    expect(kind).toMatchObject({ page_ld_product: 1, page_og_product: 1, page_ld_article: 0, page_og_article: 0, page_ld_discussion: 0 });
  });

  it('names a forum thread by its microdata and counts its <article> elements', () => {
    const posts = Array.from({ length: 3 }, (_, i) => `<article itemscope itemtype="https://schema.org/Comment"><p>Post ${i}.</p></article>`).join('');
    const kind = kindOf(`<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">${posts}</div></body></html>`);
    expect(kind.page_ld_discussion).toBe(1);
    expect(kind.page_articles_log).toBeCloseTo(Math.log1p(3), 6);
  });

  it('names an article, and a FAQ or collection page apart from it', () => {
    expect(kindOf(`<html><head><meta property="og:type" content="article"><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting"}]}</script></head><body><p>Text.</p></body></html>`)).toMatchObject({ page_ld_article: 1, page_og_article: 1, page_ld_faq: 0 });
    expect(kindOf(`<html><head><script type="application/ld+json">[{"@type":"FAQPage"},{"@type":"CollectionPage"}]</script></head><body><p>Text.</p></body></html>`)).toMatchObject({ page_ld_faq: 1, page_ld_collection: 1, page_ld_article: 0 });
  });

  it('leaves every feature at 0 for a page that says nothing, and for a text dump', () => {
    expect(Object.values(kindOf('<html><body><p>Text.</p></body></html>')).every((v) => v === 0)).toBe(true);
    expect(pageKindFeatures(parseText('A title\n\nA paragraph of text.\n')).every((v) => v === 0)).toBe(true);
  });
});
