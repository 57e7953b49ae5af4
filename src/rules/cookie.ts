/**
 * cookie: cookie and consent notices, their buttons and their settings panels.
 *
 * A notice is recognised by several signals together: cookie vocabulary, the site speaking
 * ("we use", "this website uses", "wir verwenden", "nous utilisons", "utilizamos"), the
 * reader addressed or asked to consent, and no reporting verbs. Button words ("Accept",
 * "OK", "Einstellungen", "Tout accepter", "Aceptar") go only inside a notice's block or in
 * a block of buttons beside a notice. Keeps: news prose about cookies, tracking and
 * consent law (third person, reported speech, quotations).
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { addressesReader, countCues, speaksAsPublisher, unquoted } from './support/voice.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { unionFor } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phrases, words } from './phrases/phrase-book.js';
import { anyOf } from './support/any-of.js';

/** Cookie vocabulary in the four languages (German compounds: "Cookie-Einstellungen"). */
const COOKIE = textTest(anyOf(phrases('cookie', 'words')));
/**
 * A literal that every match of COOKIE contains, with the same flags (so the same case
 * folding): a quick test that rules COOKIE out without its per-character look-behind.
 */
const COOKIE_HINT = textTest(anyOf(phrases('cookie', 'wordsHint')));

/** COOKIE, tried only on text that holds one of its literals. */
function mentionsCookies(text: string): boolean {
  return COOKIE_HINT.test(text) && COOKIE.test(text);
}

/** How a notice opens: the site says it uses cookies, or continuing means consenting. */
const OPENERS = phrases('cookie', 'openers');

/** The site speaking about itself, beyond "we". */
const SITE_VOICE = textTest(anyOf(phrases('cookie', 'siteVoice')));
/** Asking for or describing consent, and the choices a notice offers. */
const CONSENT = anyOf(phrases('cookie', 'consent'));
/** What notices say cookies are for. */
const PURPOSE = anyOf(phrases('cookie', 'purpose'));
/** News prose reports: a notice never says "said" or "according to". */
const REPORTING = textTest(anyOf(phrases('cookie', 'reporting')));
/** How a consent panel describes its categories of cookies. */
const PANEL = textTest(anyOf(phrases('cookie', 'panel')));

/** Buttons and panel labels of a consent box: removed only beside or inside a notice. */
const BUTTON_WORDS = words('cookie', 'buttons');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BUTTON = [...BUTTON_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|');
/** A line of buttons only: "Accept", "Learn more I agree X", "Accept all | Reject all | Settings". */
const BUTTON_LINE = textTest(new RegExp(`^(?:${BUTTON})[!.]?(?:\\s*[|·•/]?\\s*(?:${BUTTON})[!.]?){0,5}$`, 'iu'));

/** Links and buttons that name cookies: always part of a consent box or a footer. */
const COOKIE_LINKS = phrases('cookie', 'links');

/** A cookie notice: a known opener, or cookie words with the site's voice and consent or purpose, and no reporting. */
function isNotice(raw: string): boolean {
  const text = unquoted(raw).trim();
  if (!text || text.length > 1200) return false;
  // Every way to a notice below needs cookie words or an opener; the tests are pure, so
  // asking these first (before the costlier reporting test) changes no answer.
  const cookie = mentionsCookies(text);
  const opener = unionFor(OPENERS).test(text);
  if (!cookie && !opener) return false;
  if (REPORTING.test(text)) return false;
  // A copyright footer that mentions a cookie statement is the legal rule's.
  if (/^(?:©|\(c\)|copyright)/iu.test(text)) return false;
  if (opener && (cookie || textTest(CONSENT).test(text))) return true;
  if (!cookie) return false;
  const voice = speaksAsPublisher(text) || SITE_VOICE.test(text);
  if (!voice) return false;
  return countCues(text, [CONSENT, PURPOSE]) + (addressesReader(text) ? 1 : 0) >= 2;
}

type Kind = 'notice' | 'link' | 'button' | 'none';

function kindOfUncached(text: string): Kind {
  if (unionFor(COOKIE_LINKS).test(text)) return 'link';
  if (BUTTON_LINE.test(text)) return 'button';
  if (isNotice(text)) return 'notice';
  return 'none';
}
const kindOf = memoizeByText(kindOfUncached);

/** A block that is (or holds) a cookie notice. */
function holdsNotice(block: Block | undefined): boolean {
  return !!block && block.lines.some((l) => kindOf(l.text) === 'notice');
}

/** A notice written over several short lines, with its heading and buttons: judged as a whole. */
function isNoticeOverLinesUncached(block: Block): boolean {
  if (block.lines.length <= 1 || block.features.words > 150 || !isNotice(block.lines.map((l) => l.text).join(' '))) return false;
  const ofNotice = (t: string) => mentionsCookies(t) || textTest(CONSENT).test(t) || BUTTON_LINE.test(t) || kindOf(t) !== 'none';
  const cookieLines = block.lines.filter((l) => ofNotice(l.text)).length;
  const restShort = block.lines.every((l) => ofNotice(l.text) || l.text.split(/\s+/).length <= 8);
  return cookieLines * 2 >= block.lines.length && restShort;
}
const isNoticeOverLines = memoizeByBlock(isNoticeOverLinesUncached);

/** "the website", "diese Seite", "le site": the site a panel's text speaks of, beyond SITE_VOICE. */
const THE_SITE = textTest(anyOf(phrases('cookie', 'theSite')));

/**
 * Short text about the site's cookies in a consent panel's words, with no reporting. It
 * speaks of the site or to the reader ("… essential for the website to function"); a
 * story's "shops may set necessary cookies without consent" speaks of others.
 */
function isPanelTextUncached(block: Block): boolean {
  if (block.features.words > 100) return false;
  const text = unquoted(block.text);
  if (!mentionsCookies(text) || !PANEL.test(text) || REPORTING.test(text)) return false;
  return SITE_VOICE.test(text) || THE_SITE.test(text) || speaksAsPublisher(text) || addressesReader(text);
}
const isPanelText = memoizeByBlock(isPanelTextUncached);

/** Words a notice's heading speaks of: privacy, cookies, consent. */
const PRIVACY = textTest(anyOf(phrases('cookie', 'privacy')));

/** A one-line heading of a few words about privacy or cookies, no sentence. */
function isNoticeHeading(block: Block): boolean {
  if (block.lines.length !== 1 || block.features.words > 8 || block.features.endsWithSentence) return false;
  return PRIVACY.test(block.text) && !REPORTING.test(block.text);
}

export const cookie: Rule = {
  meta: {
    id: 'cookie',
    category: 'cookie',
    description: 'Cookie and consent notices, their buttons and settings links.',
    docs: builtInDocsUrl('cookie'),
    defaultOn: true,
    endsArticle: false,
    listsLinks: false,
    pass: 'widget',
  },
  linePatterns: COOKIE_LINKS,
  classify(block: Block, context: RuleContext): Finding | Finding[] | null {
    // A notice written over several short lines, with its heading and buttons: judged as a whole.
    if (isNoticeOverLines(block)) return { reason: 'cookie notice over several lines' };

    const kinds = block.lines.map((l) => kindOf(l.text));
    if (kinds.includes('notice')) {
      // The notice and the buttons and links in its block.
      const findings: Finding[] = [];
      kinds.forEach((k, i) => {
        if (k !== 'none') findings.push({ line: i, reason: k === 'notice' ? 'cookie notice' : 'button of a cookie notice' });
      });
      return findings;
    }

    const beside = () => [-1, 1].some((o) => context.removedCategory(o) === 'cookie' || holdsNotice(context.neighbour(o)));

    // A block of buttons beside a notice (or beside a block an earlier pass removed as one).
    if (kinds.every((k) => k === 'button' || k === 'link') && kinds.includes('button')) {
      return beside() ? { reason: 'buttons beside a cookie notice' } : null;
    }

    // The rest of a consent panel: short text about the site's cookies, beside a notice.
    if (isPanelText(block) && beside()) return { reason: 'cookie panel text beside a cookie notice' };
    // The notice's heading ("We value your privacy"): it opens the notice, so the notice comes right after it.
    if (isNoticeHeading(block) && holdsNotice(context.neighbour(1))) return { reason: 'heading of a cookie notice' };
    return null;
  },
};
