/**
 * author-bio: the author box under an article — "Jane Doe is a staff writer at Example
 * covering energy", "I am a writer, professor and entrepreneur", "Have a tip? Jane may be
 * reached at jane@example.com", "Follow me on Twitter", "About the author".
 *
 * Keeps: sentences about people in the body of the story ("Smith is a former reporter who
 * now runs the agency, she said"). A bio goes only where author boxes stand: after most of
 * the article's prose.
 */
import type { Block, Document, Finding, Rule, RuleContext } from '../types.js';
import { unionFor } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phrases, words } from './phrases/phrase-book.js';
import { F_PERSON_NAME } from './phrases/fragments.js';

/** Roles an author gives themself, as a pattern that takes them capitalised or not ("Staff Writer"). */
const ROLE_WORDS = words('author-bio', 'roles');
const ROLE = `(?:${ROLE_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
/** A name: one to four capitalised words, maybe a handle or an address in brackets. */
const NAME = F_PERSON_NAME;

/** "Jane Doe (@jane) is a staff writer at ...", "Emiliano joined Example in 2017", "Jane Doe writes about ...". */
const THIRD_PERSON = new RegExp(
  `^${NAME},?\\s+(?:${words('author-bio', 'bioVerbs').join('|')})\\b[^.!?]{0,80}?(?<![\\p{L}])${ROLE}(?![\\p{L}])`,
  'u',
);
const JOINED = new RegExp(`^${NAME}\\s+(?:${words('author-bio', 'bioJoined').join('|')})\\b`, 'u');
/** "I am a writer, journalist, professor ...", "I'm a freelance reporter". */
const FIRST_PERSON = textTest(new RegExp(`^(?:I am|I['’]m) (?:an? |the )[^.!?]{0,80}?(?<![\\p{L}])${ROLE}(?![\\p{L}])`, 'iu'));
/** How to reach the author, anywhere in the line: "Jane may be reached at jane@example.com". */
const REACHED_AT = /\b(?:may|can) be (?:reached|contacted|emailed)\b[^.]{0,40}(?:@|\bat\b)/iu;
/** The " be " that every match of REACHED_AT holds (same flags): far cheaper to look for in a long line. */
const REACHED_AT_HINT = textTest(/ be /iu);
/** How to reach or follow the author, from the start of the line: "Write to Jane at ...", "Follow me on Twitter". */
const CONTACT = phrases('author-bio', 'contact');
/**
 * "About the author", "Über die Autorin", "À propos de l'auteur" (asked case-blind), and
 * "About Jane Doe", "Sobre Carlos Nadalim" (asked as written: the name's capitals count).
 */
const HEADERS = [...phrases('author-bio', 'headers'), ...phrases('author-bio', 'nameHeaders')];

/** Share of the document's prose words that must stand before an author box. */
const MIN_PROSE_BEFORE = 0.6;
/** An author box is short. */
const MAX_BIO_WORDS = 120;

function isBio(text: string): boolean {
  return (
    THIRD_PERSON.test(text) ||
    JOINED.test(text) ||
    FIRST_PERSON.test(text) ||
    (REACHED_AT_HINT.test(text) && REACHED_AT.test(text)) ||
    unionFor(CONTACT).test(text)
  );
}

/** Per document: running totals of prose words (blocks that end a sentence), to tell where the article's prose stands. */
const proseTotals = new WeakMap<Document, number[]>();

function proseBefore(document: Document, index: number): { before: number; total: number } {
  let totals = proseTotals.get(document);
  if (!totals) {
    totals = [0];
    for (const b of document.blocks) totals.push(totals.at(-1)! + (b.features.words >= 15 && b.features.endsWithSentence ? b.features.words : 0));
    proseTotals.set(document, totals);
  }
  return { before: totals[index]!, total: totals.at(-1)! };
}

/** Most of the other prose stands before the block (a page with no other prose has nothing after it either). */
function afterTheArticle(context: RuleContext): boolean {
  const { before, total } = proseBefore(context.document, context.index);
  const own = proseBefore(context.document, context.index + 1).before - before;
  const others = total - own;
  return others === 0 || before >= MIN_PROSE_BEFORE * others;
}

function classifyBio(block: Block, context: RuleContext): Finding | Finding[] | null {
  if (block.features.words > MAX_BIO_WORDS || block.lines.length > 4) return null;
  const first = block.lines[0]!.text;
  const previous = context.neighbour(-1);
  const underHeader = previous !== undefined && previous.lines.length === 1 && unionFor(HEADERS).test(previous.lines[0]!.text);
  if (unionFor(HEADERS).test(first) && block.lines.length === 1) {
    const next = context.neighbour(1);
    if (next && next.features.words <= MAX_BIO_WORDS && afterTheArticle(context)) return { reason: 'author box header' };
    return null;
  }
  if (!underHeader && !isBio(first)) return null;
  if (!afterTheArticle(context)) return null;
  return { reason: underHeader ? 'text under an author box header' : "the author's bio or contact line" };
}

export const authorBio: Rule = {
  meta: {
    id: 'author-bio',
    category: 'metadata',
    description: 'Author boxes after the article: bios, contact lines, "follow me" links, "About the author".',
    docs: builtInDocsUrl('author-bio'),
    defaultOn: true,
    endsArticle: false,
    listsLinks: false,
    pass: 'widget',
  },
  classWords: ['author-bio', 'authorbio', 'author-box', 'authorbox', 'about-author', 'author-info', 'author-description'],
  classify: classifyBio,
};
