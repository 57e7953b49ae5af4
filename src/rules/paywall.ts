/**
 * paywall: subscription walls and account chrome — "Subscribe to continue reading",
 * "Already a subscriber? Log in", "You have reached your limit of free articles", "This
 * article is for subscribers only", "Log in / Register", "Weiterlesen mit SZ Plus",
 * "Réservé aux abonnés", "Contenido exclusivo para suscriptores".
 *
 * Account buttons and wall lines go wherever they stand. A short block goes when it tells
 * the reader that reading on needs a subscription or a login (wall words such as "continue
 * reading", "free articles", "subscribers only", "unlimited access", together with a call
 * to subscribe or log in). Offers and prices go only beside such a wall. Keeps: news about
 * paywalls, subscriptions and subscribers in the third person, and how-to prose telling
 * readers how to log in to a service.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { isLabel, wordCount } from './support/lines.js';
import { addressesReader, hasCues, unquoted } from './support/voice.js';
import { allLinesMatch, joinsZone, reportsSpeech, type ZoneTest } from './support/zone.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { unionFor } from '../text/pattern-union.js';
import { builtInDocsUrl } from './docs-url.js';
import { phrases } from './phrases/phrase-book.js';
import { anyOf } from './support/any-of.js';
import { textTest } from '../text/case-fold.js';

const LINE_PATTERNS = phrases('paywall', 'lines');

/** Words that say reading on is walled off, each list entry one cue. `(?<!\w)` is `\b` before a word (see support/voice.ts), here and below. */
const WALL = phrases('paywall', 'wall');
/** The call: subscribe, log in, register. */
const CALL = textTest(anyOf(phrases('paywall', 'call')));

/** What the wall keeps: reading, articles, journalism. */
const READING = textTest(anyOf(phrases('paywall', 'reading')));

/** An order to subscribe or log in, at the start of a sentence or clause, or in a language's imperative form. */
const IMPERATIVE = textTest(anyOf(phrases('paywall', 'imperative')));

/** A short wall: tells the reader that reading on needs a subscription or login. */
function isWallUncached(block: Block): boolean {
  if (block.features.words > 80) return false;
  const text = unquoted(block.text);
  // All conditions must hold; the call to subscribe is rare in news prose, so it goes first.
  if (!CALL.test(text) || !hasCues(text, WALL) || !READING.test(text)) return false;
  if (reportsSpeech(text)) return false;
  return addressesReader(text) || IMPERATIVE.test(text);
}
const isWall = memoizeByBlock(isWallUncached);

/** Offers beside a wall: prices per period, "Cancel anytime", "See all offers". */
const OFFER = phrases('paywall', 'offers');

function isAnchorUncached(block: Block): boolean {
  return allLinesMatch(block, LINE_PATTERNS) || isWall(block);
}
const isAnchor = memoizeByBlock(isAnchorUncached);

/** An offer, a wall line or a short label with an account word (the same line comes back in other blocks and passes). */
const isOfferLine = memoizeByText(
  (text: string): boolean => unionFor(OFFER).test(text) || unionFor(LINE_PATTERNS).test(text) || (isLabel(text, 5) && CALL.test(text)),
);

function isMemberUncached(block: Block): boolean {
  if (block.lines.length > 6) return false;
  return wordCount(block.text) <= 40 && block.lines.every((l) => isOfferLine(l.text));
}
const isMember = memoizeByBlock(isMemberUncached);

const ZONE: ZoneTest = { category: 'paywall', isAnchor, isMember, reach: 2 };

export const paywall: Rule = {
  meta: {
    id: 'paywall',
    category: 'paywall',
    description: 'Subscription walls, "already a subscriber? log in", free-article limits and log-in / register chrome.',
    docs: builtInDocsUrl('paywall'),
    defaultOn: true,
    endsArticle: true,
    listsLinks: false,
    pass: 'widget',
  },
  classWords: ['paywall', 'piano', 'regwall', 'subscriber-only', 'premium-wall', 'meter', 'tp-modal'],
  linePatterns: LINE_PATTERNS,
  classify(block: Block, context: RuleContext): Finding | null {
    if (isWall(block)) return { reason: 'tells the reader to subscribe or log in to read on' };
    if (isMember(block) && joinsZone(context, ZONE)) return { reason: 'a subscription offer beside a paywall' };
    return null;
  },
};
