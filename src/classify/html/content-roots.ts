/**
 * Elements a page marks as its article body: schema.org's articleBody, and the class or
 * id names publishing systems give it ("entry-content", "article-body", "story-text").
 */
import type { Element } from 'domhandler';
import type { PageElements } from '../../parse/html/page-elements.js';

const BODY_NAME = /(^|[\s_-])(article|entry|post|story|news|content)[_-]?(body|content|text|main)($|[\s_-])|(^|\s)(articlebody|article__body|storycontent|postcontent|entrycontent|articletext)($|\s)/i;

export function findContentRoots(page: PageElements): Set<Element> {
  const roots = new Set<Element>();
  for (const el of page.named) {
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (el.attribs.itemprop === 'articleBody' || BODY_NAME.test(names)) roots.add(el);
  }
  return roots;
}
