/**
 * comments: comment-widget headers and chrome — "Comments", "12 comments", "View comments",
 * "Leave a comment", "Join the conversation", "Loading comments...", "Comments are closed.",
 * login prompts for commenting, "Thank you for registering", comment policies and
 * moderation notes — in English, German, French and Spanish.
 *
 * The word alone on a line is a widget; in a sentence it is not. Longer blocks go when they
 * speak to the reader or as the publisher about commenting (a call to join the discussion,
 * a comment policy, a moderation note), or when they are short login or conversation
 * prompts joined to a removed comment header. Keeps: news that quotes comments, reports
 * that someone "declined to comment", stories about comment sections in the third person.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { wordCount } from './support/lines.js';
import { addressesReader, hasCues, speaksAsPublisher, unquoted } from './support/voice.js';
import { allLinesMatch, joinsZone, reportsSpeech, type ZoneTest } from './support/zone.js';
import { memoizeByBlock } from '../text/memo.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phraseBook, phrases, type PhraseBook } from './phrases/phrase-book.js';
import { anyOf } from './support/any-of.js';

/** Words of a comment section. */
const COMMENT_VOCAB = textTest(anyOf(phrases('comments', 'vocabulary')));
/**
 * Literals that every match of COMMENT_VOCAB contains, with the same flags (so the same
 * case folding): a quick test that rules the vocabulary out without a word-boundary check
 * at every position.
 */
const COMMENT_VOCAB_HINT = textTest(anyOf(phrases('comments', 'vocabularyHint')));

/** COMMENT_VOCAB, tried only on text that holds one of its literals. */
function mentionsCommenting(text: string): boolean {
  return COMMENT_VOCAB_HINT.test(text) && COMMENT_VOCAB.test(text);
}

/** Words of a comment policy or moderation note: each kind counts once, whatever the language. */
const POLICY = ['policyNames', 'moderation', 'civility', 'abuse', 'removal', 'houseRules'].map((name) => anyOf(phrases('comments', name)));
/** What a policy speaks of: comments or posts. */
const POLICY_SUBJECT = textTest(anyOf(phrases('comments', 'policySubjects')));
/** The readers a call to comment speaks of. */
const READERS = textTest(anyOf(phrases('comments', 'readers')));
/** A call to comment: opens with an imperative or a question to the reader. */
const CALL = textTest(anyOf(phrases('comments', 'call')));
/** Words of the login prompts that sit in a comment section. */
const ACCOUNT = textTest(anyOf(phrases('comments', 'account')));

/** Literals that every match of ACCOUNT contains, with its flags: the same kind of quick test. */
const ACCOUNT_HINT = textTest(anyOf(phrases('comments', 'accountHint')));

/** ACCOUNT, tried only on text that holds one of its literals. */
function mentionsAccount(text: string): boolean {
  return ACCOUNT_HINT.test(text) && ACCOUNT.test(text);
}

/** A comment policy, a moderation note or a call to join the discussion, in the widget's voice. */
function isCommentBlurbUncached(block: Block): boolean {
  if (block.features.words > 90) return false;
  const text = unquoted(block.text);
  if (!mentionsCommenting(text) || reportsSpeech(text)) return false;
  const voiced = addressesReader(text) || speaksAsPublisher(text);
  if (hasCues(text, POLICY, voiced ? 1 : 3) && POLICY_SUBJECT.test(text)) return true;
  // "Join thought-provoking conversations, follow other readers and see their replies"
  return block.features.words <= 40 && CALL.test(text) && (voiced || block.features.words <= 12 || READERS.test(text));
}
const isCommentBlurb = memoizeByBlock(isCommentBlurbUncached);

/** A short prompt of a comment section: conversation or login wording, no news sentence. */
function isMemberUncached(block: Block): boolean {
  if (block.features.words > 40 || block.lines.length > 4) return false;
  const text = unquoted(block.text);
  // A member needs comment or account words; the tests are pure, so asking these cheap
  // ones first changes no answer.
  const commenting = mentionsCommenting(text);
  const account = mentionsAccount(text);
  if (!commenting && !account) return false;
  if (reportsSpeech(text)) return false;
  const voiced = addressesReader(text) || speaksAsPublisher(text) || CALL.test(text);
  return (commenting && voiced) || (account && (voiced || wordCount(text) <= 8));
}
const isMember = memoizeByBlock(isMemberUncached);

const META: Rule['meta'] = {
  id: 'comments',
  category: 'comments',
  description: 'Comment-section headers, counts, buttons, login prompts and comment policies.',
  docs: builtInDocsUrl('comments'),
  defaultOn: true,
  endsArticle: true,
  listsLinks: false,
  opensThread: true,
  pass: 'widget',
  // A forum's posts and a product's reviews are marked up as comments. Cross-validated by
  // site, bringing back those the block model gives 0.5 or more took wcxb-other's forums
  // from 0.746 (at 0.7) to 0.759 and left news pages' comment sections out: the model reads
  // what a page says it is (page-kind.ts). See docs/block-model.md.
  modelRestoresAt: 0.5,
};

/** The rule with its widget lines from `book`: site and CMS packs add to them (see pack-rules.ts). */
export function buildComments(book: PhraseBook): Rule {
  const linePatterns = book.list('comments', 'lines');
  const isAnchor = memoizeByBlock((block: Block): boolean => allLinesMatch(block, linePatterns) || isCommentBlurb(block));
  const zone: ZoneTest = { category: 'comments', isAnchor, isMember, reach: 2 };
  return {
    meta: META,
    classWords: ['comments', 'comment', 'commentlist', 'comment-list', 'comments-area', 'disqus', 'discussion', 'respond', 'reply', 'kommentare', 'commentaires', 'comentarios'],
    selectors: ['#comments', '#disqus_thread', '#respond', '.comments-area', '.comment-respond'],
    linePatterns,
    classify(block: Block, context: RuleContext): Finding | null {
      if (isCommentBlurb(block)) return { reason: 'a comment policy or call to join the discussion, addressed to the reader' };
      if (isMember(block) && joinsZone(context, zone)) return { reason: 'a comment-section prompt next to the comment widget' };
      return null;
    },
  };
}

export const comments: Rule = buildComments(phraseBook());
