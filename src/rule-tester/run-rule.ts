/**
 * Runs one rule over one input as the pipeline would run it alone: a widget rule on the
 * parsed input (in HTML, after its selectors and class words claimed their subtrees), the
 * content rule as the whole pipeline with no other rule.
 */
import type { LearnedTemplate, Removal, Rule } from '../types.js';
import { clean } from '../clean.js';
import { parseText } from '../parse/text.js';
import { htmlDocument } from '../classify/html/index.js';
import { runRules } from '../classify/run-rules.js';
import { claimedVerdicts } from '../classify/verdicts.js';
import { collectRemovals } from '../classify/removals.js';
import { configureRule } from '../rules/options.js';
import { forgetTexts } from '../text/memo.js';
import { normaliseInput } from '../text/normalise-input.js';

export interface RuleInput {
  source: string;
  kind: 'text' | 'html';
  options?: { readonly [option: string]: unknown };
  lang?: string;
  /** A template learned from a corpus, for rules that read one. */
  template?: LearnedTemplate;
}

/** What the rule removes from the input, in document order. */
export function removalsOf(rule: Rule, input: RuleInput): Removal[] {
  let configured = configureRule(rule, input.options ?? {});
  if (input.template && configured.withTemplate) configured = configured.withTemplate(input.template);
  if (configured.meta.pass === 'content') {
    return clean(input.source, { rules: [configured], inputKind: input.kind === 'html' ? 'html' : 'auto', lang: input.lang }).removed;
  }
  forgetTexts();
  const source = normaliseInput(input.source);
  const document = input.kind === 'html' ? htmlDocument(source, [configured], input.lang) : parseText(source, input.lang);
  const verdicts = runRules(document, [configured], claimedVerdicts(document));
  return collectRemovals(document, verdicts);
}
