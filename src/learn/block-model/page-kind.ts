/**
 * What an HTML page says it is, as features of every block of it: the schema.org types of
 * its JSON-LD and microdata, its og:type, and how many <article> elements it holds. The
 * main content of a product page, a forum thread or a collection is not an article's (a
 * thread's posts look like comments under a story; a product's blurbs and specifications
 * look like teasers), and the same block outside the article's element belongs to the
 * page on one kind and not on another. Text dumps have none of these: every feature is 0.
 */
import type { Document } from '../../types.js';

/** The kinds, each a test of a type name (schema.org's, without its address). */
const SCHEMA_KINDS = {
  article: /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting)$/,
  product: /^(?:Product|ProductGroup|IndividualProduct|Offer|AggregateOffer|SoftwareApplication)$/,
  discussion: /^(?:DiscussionForumPosting|SocialMediaPosting|Comment|QAPage|UserComments)$/,
  faq: /^(?:FAQPage|Question)$/,
  collection: /^(?:CollectionPage|ItemList|SearchResultsPage|OfferCatalog|ProductCollection)$/,
  howto: /^(?:HowTo|Recipe|Course)$/,
} as const;

type SchemaKind = keyof typeof SCHEMA_KINDS;
const KINDS = Object.keys(SCHEMA_KINDS) as SchemaKind[];

export const PAGE_KIND_FEATURES = [
  ...KINDS.map((kind) => `page_ld_${kind}`),
  'page_og_article', 'page_og_product', 'page_og_website', 'page_articles_log',
] as const;

/** The features' values for the document, in PAGE_KIND_FEATURES' order. */
export function pageKindFeatures(document: Document): number[] {
  const kind = document.meta?.hints?.kind;
  if (!kind) return PAGE_KIND_FEATURES.map(() => 0);
  const og = kind.ogType ?? '';
  return [
    ...KINDS.map((k) => (kind.types.some((type) => SCHEMA_KINDS[k].test(type)) ? 1 : 0)),
    og.startsWith('article') ? 1 : 0,
    og.startsWith('product') ? 1 : 0,
    og === 'website' ? 1 : 0,
    Math.log1p(kind.articles),
  ];
}

/** Whether the page's JSON-LD or microdata calls it an article (NewsArticle, BlogPosting, ...). */
export function namesArticle(document: Document): boolean {
  return document.meta?.hints?.kind?.types.some((type) => SCHEMA_KINDS.article.test(type)) ?? false;
}
