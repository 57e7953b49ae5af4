/**
 * template: lines a site repeats on many of its pages — menus, footers, the same sign-up
 * box — learned from the corpus being cleaned (see src/learn/template-model.ts), even when
 * no other rule names them. Without a learned template (one document, or learning off) it
 * removes nothing.
 *
 * Keeps: an article's sentences, even one that a few pages quote; lines of a site whose
 * pages are too few to tell its template.
 */
import type { Finding, Rule } from '../types.js';
import { isTemplateLine, type TemplateModel } from '../learn/template-model.js';
import { builtInDocsUrl } from './docs-url.js';

export const TEMPLATE_RULE_ID = 'template';

const DESCRIPTION = 'Lines a site repeats on many of its pages (menus, footers, boxes), learned from the corpus being cleaned.';

/** Without a learned template it removes nothing; the pipeline runs `withTemplate(...)` when one was learned. */
export const template: Rule = {
  meta: {
    id: TEMPLATE_RULE_ID,
    category: 'template',
    description: DESCRIPTION,
    docs: builtInDocsUrl('template'),
    defaultOn: true,
    endsArticle: false,
    listsLinks: false,
    pass: 'widget',
  },
  withTemplate: (learned) => templateRule(learned.model, learned.group),
};

/** The template rule for one document of `group`, with what was learned. */
export function templateRule(model: TemplateModel, group: string): Rule {
  return {
    meta: template.meta,
    classify(block) {
      const findings: Finding[] = [];
      block.lines.forEach((line, i) => {
        if (isTemplateLine(model, group, line.text)) findings.push({ line: i, reason: 'stands on many pages of the same site' });
      });
      return findings.length ? findings : null;
    },
  };
}
