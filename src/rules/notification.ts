/**
 * notification: browser push-notification prompts — "Stay up to date with notifications
 * from X", "Notifications can be managed in browser preferences.", "Allow notifications",
 * "Turn on notifications", "Not now" — in English, German, French and Spanish.
 *
 * Prompt lines go wherever they stand; their bare buttons ("Allow", "Block", "Later", "No
 * thanks") go only as a row of such buttons beside a prompt. A short block goes when it
 * asks the reader to turn notifications on. Keeps: news and how-to prose about
 * notifications, alerts and browsers in the third person or as reported speech.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { wordCount } from './support/lines.js';
import { addressesReader, hasCues, speaksAsPublisher, unquoted } from './support/voice.js';
import { allLinesMatch, joinsZone, reportsSpeech, type ZoneTest } from './support/zone.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { unionOf } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phrases } from './phrases/phrase-book.js';
import { anyOf } from './support/any-of.js';

const LINE_PATTERNS = phrases('notification', 'lines');

/** Bare buttons of a prompt, which alone could mean anything, and the prompt's lines. */
const BUTTONS: readonly RegExp[] = [...phrases('notification', 'buttons'), ...LINE_PATTERNS];

/** Words of push notifications. */
const NOTIF_WORDS = textTest(anyOf(phrases('notification', 'words')));
/** Literals that every match of NOTIF_WORDS contains, with its flags (the same case folding): a quick test without a word-boundary check at every position. */
const NOTIF_WORDS_HINT = textTest(anyOf(phrases('notification', 'wordsHint')));

/** NOTIF_WORDS, tried only on text that holds one of its literals. */
function mentionsNotifications(text: string): boolean {
  return NOTIF_WORDS_HINT.test(text) && NOTIF_WORDS.test(text);
}

/** The prompt's asks: allow, turn on, stay up to date, manage in the browser; each counts once, whatever the language. */
const PROMPT = ['asks', 'stayInformed', 'settings', 'news'].map((name) => anyOf(phrases('notification', name)));

/** How a prompt opens: an order or an offer to the reader, not "You can ..." of a how-to. */
const PROMPT_OPENING = textTest(anyOf(phrases('notification', 'openings')));

/** A short prompt that asks the reader to turn notifications on. */
function isPromptUncached(block: Block): boolean {
  if (block.features.words > 40 || block.features.sentenceEnds > 3) return false;
  const text = unquoted(block.text);
  if (!mentionsNotifications(text) || reportsSpeech(text)) return false;
  if (!PROMPT_OPENING.test(text) && !speaksAsPublisher(text)) return false;
  return addressesReader(text) && hasCues(text, PROMPT, 2);
}
const isPrompt = memoizeByBlock(isPromptUncached);

/** The buttons asked as one question. */
const ANY_BUTTON = unionOf(BUTTONS);

/** A row of prompt buttons ("Allow" / "Not now"). */
function isButtonRow(block: Block): boolean {
  // A prompt's buttons are two or three lines; a long list is something else. Every line
  // must be short and a button: the anchored button test goes first, as it fails at once
  // on prose, where counting the words would read the whole line.
  return block.lines.length <= 10 && block.lines.every((l) => ANY_BUTTON.test(l.text) && wordCount(l.text) <= 4);
}

/**
 * A prompt's ask in its own words: an order or offer about notifications, short, not a
 * quotation or a report ("Turn on notifications to get severe weather updates",
 * "Activez les notifications pour recevoir nos alertes"). A how-to says the same, so an
 * ask goes only with a prompt's lines or buttons beside it.
 */
function isAskUncached(text: string): boolean {
  // Thirty words at most: a longer line is no ask, and is not read through.
  if (text.length > 300) return false;
  const own = unquoted(text);
  if (wordCount(own) > 30 || !mentionsNotifications(own) || reportsSpeech(own)) return false;
  return PROMPT_OPENING.test(own) || speaksAsPublisher(own);
}
const isAsk = memoizeByText(isAskUncached);

const ANY_PROMPT_LINE = unionOf(LINE_PATTERNS);

/**
 * A prompt in one block: its lines are prompt lines, asks and bare buttons, with at least
 * one prompt line or ask and at least two lines ("Turn on notifications …" / "No thanks" /
 * "Turn on").
 */
function isPromptBlockUncached(block: Block): boolean {
  if (block.lines.length < 2 || block.lines.length > 10) return false;
  let asks = 0;
  for (const line of block.lines) {
    const text = line.text;
    if (ANY_PROMPT_LINE.test(text) || isAsk(text)) asks++;
    else if (!(ANY_BUTTON.test(text) && wordCount(text) <= 4)) return false;
  }
  return asks > 0;
}
const isPromptBlock = memoizeByBlock(isPromptBlockUncached);

function isAnchorUncached(block: Block): boolean {
  return allLinesMatch(block, LINE_PATTERNS) || isPrompt(block) || isPromptBlock(block);
}
const isAnchor = memoizeByBlock(isAnchorUncached);

function isMemberUncached(block: Block): boolean {
  return isButtonRow(block) || block.lines.every((l) => isAsk(l.text));
}
const isMember = memoizeByBlock(isMemberUncached);

const ZONE: ZoneTest = { category: 'notification', isAnchor, isMember, reach: 2 };

export const notification: Rule = {
  meta: {
    id: 'notification',
    category: 'notification',
    description: 'Browser push-notification prompts and their buttons.',
    docs: builtInDocsUrl('notification'),
    defaultOn: true,
    endsArticle: false,
    listsLinks: false,
    pass: 'widget',
  },
  classWords: ['push-notification', 'pushnotification', 'push-prompt', 'notification-prompt', 'onesignal', 'webpush', 'web-push'],
  linePatterns: LINE_PATTERNS,
  classify(block: Block, context: RuleContext): Finding | null {
    if (isPrompt(block)) return { reason: 'asks the reader to turn on notifications' };
    if (isPromptBlock(block)) return { reason: 'a notification prompt with its buttons' };
    if (isMember(block) && joinsZone(context, ZONE)) return { reason: 'buttons of a notification prompt' };
    return null;
  },
};
