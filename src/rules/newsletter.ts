/**
 * newsletter: sign-up boxes for e-mail newsletters and their small print.
 *
 * Sign-up lines, e-mail fields, buttons and small print go wherever they stand. A box's
 * other lines — its title ("Harbour Weekly", "La lettre du Courrier") and its pitch
 * ("… every Friday in your inbox", "… in Ihrem Posteingang") — go with the sign-up lines
 * they stand with: in one block, or as blocks next to them. A short block that pitches a
 * newsletter to the reader in sign-up words goes by itself.
 * Keeps: news prose about newsletters (third person, no call to sign up), and a pitch or
 * a heading that no sign-up line stands beside.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { addressesReader, hasCues, unquoted } from './support/voice.js';
import { allLinesMatch, joinsZone, reportsSpeech, type ZoneTest } from './support/zone.js';
import { isLabel, wordCount } from './support/lines.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { unionFor } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phrases } from './phrases/phrase-book.js';
import { anyOf } from './support/any-of.js';

/** Sign-up cues, counted (phrases/*.ts, "cues"). */
const CUES = phrases('newsletter', 'cues');

/** Words of a newsletter box; a block without them is not one. */
const NEWSLETTER_WORD = textTest(anyOf(phrases('newsletter', 'boxWords')));

const LINE_PATTERNS = phrases('newsletter', 'lines');

/**
 * A box's pitch: what it promises to put in the reader's mailbox ("… every Friday in your
 * inbox", "… in Ihrem Posteingang", "… dans votre boîte mail", "… en tu correo"), or a
 * call to sign up for a newsletter.
 */
const PITCH = phrases('newsletter', 'pitch');

/**
 * What a pitch promises: news that comes again and again ("every Friday", "the week's best
 * stories", "jeden Morgen", "chaque matin", "cada mañana"), not one e-mail ("a confirmation
 * in your inbox within minutes").
 */
const RECURRING_NEWS = textTest(anyOf(phrases('newsletter', 'recurringNews')));

/** A line of a sign-up box's pitch, in the box's voice: to the reader, not a quotation or a report. */
function isPitchLineUncached(text: string): boolean {
  // Forty words at most: a longer line is no pitch, and is not read through.
  if (text.length > 400) return false;
  const own = unquoted(text);
  return wordCount(own) <= 40 && unionFor(PITCH).test(own) && RECURRING_NEWS.test(own) && addressesReader(own) && !reportsSpeech(own);
}
const isPitchLine = memoizeByText(isPitchLineUncached);

const isSignUpLine = (text: string) => unionFor(LINE_PATTERNS).test(text);

/** A box's title: a few words, no sentence. */
const isTitleLine = (text: string) => isLabel(text, 6);

/**
 * A sign-up box in one block: its lines are sign-up lines and a pitch, under a title, with
 * at least one of each of the first two.
 */
function isBoxUncached(block: Block): boolean {
  if (block.lines.length < 2 || block.features.words > 120) return false;
  let signUp = 0;
  let pitch = 0;
  for (const [i, line] of block.lines.entries()) {
    if (isSignUpLine(line.text)) signUp++;
    else if (isPitchLine(line.text)) pitch++;
    else if (i > 0 || !isTitleLine(line.text)) return false;
  }
  return signUp > 0 && pitch > 0;
}
const isBox = memoizeByBlock(isBoxUncached);

/** A block of pitch lines (sign-up lines among them): a box's pitch standing apart from its form. */
function isPitchBlockUncached(block: Block): boolean {
  if (block.features.words > 120) return false;
  return block.lines.some((l) => isPitchLine(l.text)) && block.lines.every((l) => isPitchLine(l.text) || isSignUpLine(l.text));
}
const isPitchBlock = memoizeByBlock(isPitchBlockUncached);

/** Sign-up lines, fields and buttons only: the box's form. */
const isForm = memoizeByBlock((block: Block): boolean => allLinesMatch(block, LINE_PATTERNS));

const ZONE: ZoneTest = { category: 'newsletter', isAnchor: (b) => isForm(b) || isBox(b), isMember: isPitchBlock, reach: 2 };

/** A short box that pitches a newsletter to the reader: newsletter words, second person and several sign-up cues. */
function isPitchParagraph(block: Block): boolean {
  if (block.features.words > 80) return false;
  const text = unquoted(block.text);
  if (!NEWSLETTER_WORD.test(text)) return false;
  return addressesReader(text) && hasCues(text, CUES, 3);
}

export const newsletter: Rule = {
  meta: {
    id: 'newsletter',
    category: 'newsletter',
    description: 'E-mail newsletter sign-up boxes, their promises and small print.',
    docs: builtInDocsUrl('newsletter'),
    defaultOn: true,
    endsArticle: true,
    listsLinks: false,
    pass: 'widget',
  },
  classWords: ['newsletter', 'newsletters', 'signup', 'optin', 'mailinglist', 'nl'],
  linePatterns: LINE_PATTERNS,
  classify(block: Block, context: RuleContext): Finding | null {
    if (isPitchParagraph(block)) return { reason: 'addresses the reader with newsletter sign-up wording' };
    if (isBox(block)) return { reason: 'a sign-up box: title, pitch and sign-up lines' };
    if (isPitchBlock(block) && joinsZone(context, ZONE)) return { reason: 'the pitch of a sign-up box, beside its sign-up lines' };
    // The box's title opens it: the block right after is its pitch, removed with the box.
    // Not a label before a bare form ("Name", "Email *"): forms of every kind have those.
    const next = context.neighbour(1);
    if (block.lines.length === 1 && isTitleLine(block.text) && next && context.removedCategory(1) === 'newsletter' && isPitchBlock(next)) {
      return { reason: 'the title of a sign-up box' };
    }
    return null;
  },
};
