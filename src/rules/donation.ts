/**
 * donation: "support us" and contribution appeals, their headers and payment buttons.
 *
 * Short widget lines go wherever they stand ("Donate now", "Support us", "Your support
 * makes all the difference.", "Not ready to support today?", "Jetzt unterstützen",
 * "Faire un don", "Hazte socio"). A paragraph goes when it makes an appeal (a call to
 * give, "your support helps us", "we need your help") in the publisher's voice or to the
 * reader, outside quotation marks and without reporting anyone's words. The rest of an
 * appeal — salutations ("Dear readers,"), "A message from X:", paragraphs in which the
 * publisher speaks of its work, rows of amount and frequency buttons — goes only when a
 * run of such blocks joins it to a clear appeal. Keeps: news about fundraising, donors
 * and charities in the third person, and appeals quoted inside a story.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { isLabel, wordCount } from './support/lines.js';
import { addressesReader, hasCues, speaksAsPublisher, unquoted } from './support/voice.js';
import { allLinesMatch, joinsZone, reportsSpeech, type ZoneTest } from './support/zone.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { unionFor } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phrases } from './phrases/phrase-book.js';
import { anyOf } from './support/any-of.js';

const LINE_PATTERNS = phrases('donation', 'lines');

/** Headers and salutations of an appeal; they go only with the appeal they open. */
const HEADERS = phrases('donation', 'headers');

/** Buttons of an appeal: amounts, frequencies, payment methods, "maybe later", and the widget lines. */
const BUTTONS: readonly RegExp[] = [...phrases('donation', 'buttons'), ...LINE_PATTERNS];

/** Buttons that only an appeal has (frequencies and amounts are also price lists). */
const DONATION_BUTTON = textTest(anyOf(phrases('donation', 'buttonWords')));

/**
 * Calls to give that are appeals by themselves, in the reader's or the publisher's voice.
 * A new pattern's required word goes into APPEAL_WORD ("appealWords" of its language),
 * and an example of it into the test that holds the two together
 * (test/rules/donation-gate.test.ts).
 */
export const APPEALS: readonly RegExp[] = phrases('donation', 'appeals');

/**
 * Words without which no APPEALS pattern can match: each pattern requires one of them
 * (its word of giving, "we need", "thank you for", ...), under the same flags, so text
 * without any of them need not be tried against the patterns.
 */
export const APPEAL_WORD = anyOf(phrases('donation', 'appealWords'));

/** Words of giving and of the publisher's own work; an appeal paragraph speaks of both. `(?<!\w)` is `\b` before a word (see voice.ts). */
const GIVING = textTest(anyOf(phrases('donation', 'giving')));
const OWN_WORK = textTest(anyOf(phrases('donation', 'ownWork')));

/** Occurrences of the publisher's "we": the words `speaksAsPublisher` looks for, with the same flags and `g` to count them. */
const WE = new RegExp(anyOf(phrases('voice', 'publisher')).source, 'giu');

/** Whether the publisher's "we" occurs at least twice (the count `text.match(WE)` would give, stopped at two). */
function speaksAsPublisherTwice(text: string): boolean {
  WE.lastIndex = 0;
  const twice = WE.exec(text) !== null && WE.exec(text) !== null;
  WE.lastIndex = 0;
  return twice;
}

/** The appeal is for the publisher: "support us", "stand with us", or it speaks of journalism. `(?<!\w)` is `\b` before a word (see voice.ts). */
const FOR_US = textTest(anyOf(phrases('donation', 'forUs')));

/**
 * A paragraph that is an appeal by itself: a call to give, made for the publisher (its
 * journalism, or "us"), in the publisher's voice or to the reader, and no reported speech.
 */
function isAppealUncached(block: Block): boolean {
  if (block.features.words > 160 || block.features.words < 5) return false;
  // A menu that merely has a "Support us" item is not an appeal.
  if (block.lines.length > 2 && isMostlyLabels(block)) return false;
  const text = unquoted(block.text);
  // All conditions must hold, so the cheap ones go first and the APPEALS patterns last.
  if (!APPEAL_WORD.test(text)) return false;
  if (!OWN_WORK.test(text) && !FOR_US.test(text)) return false;
  if (!speaksAsPublisher(text) && !addressesReader(text)) return false;
  if (reportsSpeech(text)) return false;
  return hasCues(text, APPEALS);
}
const isAppeal = memoizeByBlock(isAppealUncached);

/** More than half the block's lines are short labels (menu items) other than the appeal's own buttons and headings. */
function isMostlyLabels(block: Block): boolean {
  let labels = 0;
  for (const l of block.lines) if (isLabel(l.text, 4) && !unionFor(LINE_PATTERNS).test(l.text)) labels++;
  return labels * 2 > block.lines.length;
}

const MAX_BUTTON_LINES = 30;

/** A line that is one of the buttons (the same line comes back as a neighbour and in later passes). */
const isButtonLine = memoizeByText((text: string): boolean => unionFor(BUTTONS).test(text));

/** A row of amount, frequency and payment buttons with at least one that only an appeal has. */
function isButtonRow(block: Block, joined = false): boolean {
  // A row of buttons is a handful of lines; a long list is something else (and would cost a test per line).
  if (block.lines.length < 2 || block.lines.length > MAX_BUTTON_LINES) return false;
  return isButtonShapedRow(block) && (joined || hasDonationButton(block));
}

/** A row of amount, frequency and payment buttons, whichever buttons they are (isButtonRow has checked the number of lines). */
function isButtonShapedRowUncached(block: Block): boolean {
  if (!block.lines.every((l) => l.text.length <= 60 && wordCount(l.text) <= 6)) return false;
  let buttons = 0;
  for (const l of block.lines) if (isButtonLine(l.text)) buttons++;
  if (buttons * 4 < block.lines.length * 3) return false;
  // Every line a button or a short label (a row of buttons only passes this too).
  return block.lines.every((l) => isButtonLine(l.text) || isLabel(l.text, 6));
}
const isButtonShapedRow = memoizeByBlock(isButtonShapedRowUncached);

function hasDonationButtonUncached(block: Block): boolean {
  return block.lines.some((l) => DONATION_BUTTON.test(l.text) && isButtonLine(l.text));
}
const hasDonationButton = memoizeByBlock(hasDonationButtonUncached);

/** Every line is a donation widget line. */
const isWidgetBlock = memoizeByBlock((block: Block): boolean => allLinesMatch(block, LINE_PATTERNS));

// Anchors and members are made of cached judgements, so they are not cached themselves.
function isAnchor(block: Block): boolean {
  return isWidgetBlock(block) || isAppeal(block) || isButtonRow(block);
}

/** A paragraph in which the publisher speaks of its work or of giving, to the reader. */
function isAppealParagraphUncached(block: Block): boolean {
  if (block.features.words > 160) return false;
  const text = unquoted(block.text);
  // The publisher's "we" at least once, words of its work or of giving, no reported speech,
  // and a second "we" or the reader; all must hold, cheapest first.
  if (!speaksAsPublisher(text)) return false;
  if (!OWN_WORK.test(text) && !GIVING.test(text)) return false;
  if (reportsSpeech(text)) return false;
  return speaksAsPublisherTwice(text) || addressesReader(text);
}
const isAppealParagraph = memoizeByBlock(isAppealParagraphUncached);

/**
 * A short line made only of appeal lines, said one after the other: "Support independent
 * journalism. Donate today." Each sentence must be an appeal by itself.
 */
function isAppealSentences(block: Block): boolean {
  if (block.lines.length !== 1 || wordCount(block.text) > 16) return false;
  const sentences = block.text.trim().split(/(?<=[.!?])\s+/u);
  return sentences.length > 1 && sentences.every((sentence) => unionFor(LINE_PATTERNS).test(sentence));
}

function isHeader(block: Block): boolean {
  // The patterns are anchored at the start and fail at once on most text: they go before counting words.
  return block.lines.length === 1 && unionFor(HEADERS).test(block.text) && wordCount(block.text) <= 10;
}

/** One button standing alone, as each item of an HTML list of amounts does ("$5", "Other amount"). */
function isLoneButton(block: Block): boolean {
  return block.lines.length === 1 && block.text.length <= 60 && isButtonLine(block.text) && wordCount(block.text) <= 6;
}

function isMember(block: Block): boolean {
  return isHeader(block) || isAppealParagraph(block) || isButtonRow(block, true) || isLoneButton(block);
}

/** An anchor that is itself worded as an appeal, not a bare "Donate" button or menu item. */
function isWordedAnchor(block: Block): boolean {
  return isAppeal(block) || (isWidgetBlock(block) && wordCount(block.text) >= 4);
}

/** Headers and buttons join any part of an appeal. */
const ZONE: ZoneTest = { category: 'donation', isAnchor, isMember, reach: 4 };
/** A paragraph goes only with an appeal worded as one: a menu's "Donate" does not take the article's last paragraph. */
const PARAGRAPH_ZONE: ZoneTest = { category: 'donation', isAnchor: isWordedAnchor, isMember, reach: 4, removedIsAnchor: false };

export const donation: Rule = {
  meta: {
    id: 'donation',
    category: 'donation',
    description: 'Donation and "support us" appeals, their headers, amount and payment buttons.',
    docs: builtInDocsUrl('donation'),
    defaultOn: true,
    endsArticle: true,
    listsLinks: false,
    pass: 'widget',
  },
  classWords: ['donate', 'donation', 'donations', 'contribute', 'contribution', 'support-us', 'supportus', 'paywall-donate', 'membership-appeal', 'epic'],
  linePatterns: LINE_PATTERNS,
  classify(block: Block, context: RuleContext): Finding | null {
    if (isAppeal(block)) return { reason: 'appeals to the reader to give, in the publisher’s voice' };
    if (isButtonRow(block)) return { reason: 'a row of donation amount, frequency and payment buttons' };
    if (isAppealSentences(block)) return { reason: 'a line of appeals to give, one sentence after another' };
    const member = isHeader(block) || isButtonRow(block, true) || isLoneButton(block) ? ZONE : isAppealParagraph(block) ? PARAGRAPH_ZONE : null;
    if (member && joinsZone(context, member)) {
      return { reason: 'part of a donation appeal (header, publisher’s appeal paragraph or buttons next to it)' };
    }
    return null;
  },
};
