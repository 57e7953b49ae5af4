/**
 * prose: the generic classifier for what no category names. It has no patterns of its
 * own: it stands for the context pass (src/classify/context-pass.ts and its helpers),
 * which judges every block as article prose or not from its features — length, stop
 * words, sentence ends, Title Case, lists of short lines, repetition — finds the main run
 * of prose, and removes what stands before and after it, what follows a comment section,
 * the standfirst and captions under the headline, and blocks that repeat kept ones. Its
 * removals are reported as `prose/<why>`. Switching it off leaves only what the category
 * rules remove.
 */
import type { Rule } from '../types.js';
import { builtInDocsUrl } from './docs-url.js';

export const PROSE_RULE_ID = 'prose';

export const prose: Rule = {
  meta: {
    id: PROSE_RULE_ID,
    category: 'prose',
    description: 'The article is the main run of prose: menus, headline lists, footers and repeats around it go.',
    docs: builtInDocsUrl('prose'),
    defaultOn: true,
    endsArticle: false,
    listsLinks: false,
    pass: 'content',
  },
};
