/**
 * Elements a page marks as its article body: schema.org's articleBody, and the class or
 * id names publishing systems give it ("entry-content", "article-body", "story-text").
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';

const BODY_NAME = /(^|[\s_-])(article|entry|post|story|news|content)[_-]?(body|content|text|main)($|[\s_-])|(^|\s)(articlebody|article__body|storycontent|postcontent|entrycontent|articletext)($|\s)/i;

export function findContentRoots($: CheerioAPI): Set<Element> {
  const roots = new Set<Element>();
  $('[itemprop="articleBody"]').each((_, el) => void roots.add(el));
  $('[class], [id]').each((_, el) => {
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (BODY_NAME.test(names)) roots.add(el);
  });
  return roots;
}
