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

/** A publication's name after "Support": one to four capitalised words ("The Moscow Times", "Snopes"). */
const NAME = "(?:the |la |le |el |die |der |das )?[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’&.-]*(?: [\\p{Lu}\\p{N}&][\\p{L}\\p{N}'’&.-]*){0,3}";
const END = '\\s*[.!:]?\\s*$';
const line = (source: string) => new RegExp(`^\\s*(?:${source})${END}`, 'iu');

/** What an appeal asks the reader to back. */
const CAUSE =
  '(?:us|our (?:work|journalism|newsroom|reporting|mission|coverage|site|team)|(?:independent|quality|local|public[- ]interest|non-?profit|fearless|free|trusted) (?:journalism|news|media|reporting|press)|journalism|this (?:site|website|blog|newsletter|podcast|work))';

const LINE_PATTERNS: RegExp[] = [
  // English
  line(`(?:please )?(?:donate|give|contribute|chip in)(?: now| today| here| once| monthly)?`),
  line(`(?:please )?(?:make a|make your) (?:one-time |one-off |monthly |recurring |tax-deductible )?(?:donation|contribution|gift)(?: now| today)?`),
  line(`(?:please )?(?:support|donate to|contribute to|give to|fund) ${CAUSE}(?: now| today| monthly| with a (?:donation|contribution|gift))?`),
  new RegExp(`^\\s*(?:[Pp]lease )?[Ss]upport ${NAME}\\s*!\\s*$`, 'u'),
  line('(?:become|join us as) an? (?:member|supporter|patron|sustaining member|friend of [\\p{L} .]{1,30})(?: today| now)?'),
  /^\s*your (?:support|donation|contribution|gift|generosity|help)s?,?(?: no matter (?:how )?(?:big or )?small,?)? (?:helps?|makes?|allows?|enables?|keeps?|will (?:help|make|allow|keep|go)|matters?|means?|is (?:vital|crucial|essential|what)|powers?|funds?|sustains?|ensures?)\b.{0,90}$/iu,
  /^\s*not ready to (?:support|donate|give|contribute)\b.{0,25}\??\s*$/iu,
  /^\s*remind me (?:later|next month|in \w+ \w+)\s*[.!]?\s*$/iu,
  line('(?:thank you|thanks) for (?:your (?:support|donation|contribution|generosity|gift)|supporting (?:us|our (?:work|journalism))|standing with us|being a (?:supporter|member))'),
  line('(?:choose|select|pick|enter) (?:an |your |the )?(?:donation |contribution |gift )?(?:amount|frequency)(?: to (?:give|donate|contribute))?'),
  line('(?:available for everyone,? )?(?:funded|supported|paid for) by (?:our )?readers'),
  /^\s*(?:(?:give|donate|pay|support(?: us| me)?|contribute|become a (?:patron|member)) (?:with|via|by|through|on) (?:paypal|gofundme|patreon|ko-fi|venmo|stripe|apple pay|google pay|credit card|debit card|card|bank transfer|bitcoin|crypto)\s*){1,4}$/iu,
  line('(?:buy|get) (?:me|us) a (?:coffee|beer|pizza)(?: on ko-fi)?'),
  // "Independent journalism needs your support", "Le journalisme local a besoin de vous"
  line('(?:(?:independent|local|quality|good|free|public[- ]interest) )?journalism needs (?:your )?(?:support|help)'),
  line('(?:(?:unabhängiger|lokaler|guter|freier|kritischer) )?journalismus braucht (?:ihre |deine )?(?:unterstützung|hilfe)'),
  line('le journalisme (?:indépendant |local |de qualité )?a besoin (?:de vous|de votre soutien)'),
  line('el periodismo (?:independiente |local |de calidad )?necesita (?:tu|su) (?:apoyo|ayuda)'),
  new RegExp(`^\\s*(?:[Pp]lease )?[Ss]upport ${NAME} (?:and|to|so) (?:make a difference|help|keep|ensure|fund|sustain|protect|defend|continue)\\b.{0,90}$`, 'u'),
  line('(?:we have|we’ve got|we\'ve got) a small favou?r to ask'),
  line('(?:a|an) (?:message|word|note|letter|appeal) (?:from|to) (?:our |all our )?(?:loyal |valued |dear )?readers'),
  // German
  line('(?:jetzt |bitte )?(?:spenden|unterstützen|mitglied werden|förderer werden|unterstützer(?:in)? werden)(?: sie)?(?: jetzt)?'),
  line(`unterstützen sie (?:uns|unsere arbeit|unseren journalismus|(?:unabhängigen|freien|kritischen|guten) journalismus|${NAME})(?: jetzt| mit einer spende| mit einem beitrag)?`),
  /^\s*(?:ihre|deine) (?:unterstützung|spende|hilfe|beitrag) (?:zählt|hilft|macht|ermöglicht|sichert|ist)\b.{0,90}$/iu,
  line('(?:vielen )?dank für (?:ihre|deine) (?:unterstützung|spende)'),
  // French
  line(`(?:soutenez[- ]nous|nous soutenir|faire un don|faites un don|je fais un don|je donne|je soutiens|soutenir ${CAUSE}|soutenez (?:${NAME}|l['’]information|notre (?:travail|journalisme|rédaction)|une (?:presse|information) (?:libre|indépendante)))(?: maintenant| dès maintenant)?`),
  /^\s*votre (?:soutien|don|contribution|aide) (?:compte|nous (?:aide|permet)|est (?:essentiel|indispensable|précieux|vital)|fait la différence)\b.{0,90}$/iu,
  line('merci (?:pour|de) votre (?:soutien|don|contribution|générosité)'),
  // Spanish
  line(`(?:apóyanos|apoyanos|apóyenos|dona|haz una donación|hacer una donación|colabora con nosotros|hazte (?:socio|socia|miembro|mecenas|suscriptor)(?: de ${NAME})?|apoya (?:a ${NAME}|el periodismo(?: independiente| de calidad| local)?|nuestro (?:trabajo|periodismo)))(?: ahora| hoy)?`),
  /^\s*(?:tu|su) (?:apoyo|aporte|aportación|donación|contribución) (?:es (?:fundamental|esencial|vital|importante|clave)|nos (?:ayuda|permite)|hace (?:la diferencia|posible))\b.{0,90}$/iu,
  line('(?:muchas )?gracias por tu (?:apoyo|donación|aporte|aportación)'),
];

/** Headers and salutations of an appeal; they go only with the appeal they open. */
const HEADERS: RegExp[] = [
  /^\s*(?:dear|hello|hi) (?:readers?|friends?|subscribers?)[,:!.]?\s*$/iu,
  /^\s*(?:liebe|lieber|liebe:?r) (?:leserinnen und leser|leser(?:innen)?|leser:innen|leser\*innen|freundinnen und freunde)[,:!.]?\s*$/iu,
  /^\s*(?:chers?|chères?) (?:lectrices et lecteurs|lecteurs(?: et lectrices)?|lectrices|ami[es]*)[,:!.]?\s*$/iu,
  /^\s*(?:queridos?|queridas?|estimados?|estimadas?) (?:lectores|lectoras|lectoras y lectores|lectores y lectoras|amigos)[,:!.]?\s*$/iu,
  /^\s*(?:a|an) (?:message|word|note|letter|appeal) (?:from|to|for) .{1,50}:?\s*$/iu,
  /^\s*(?:eine )?(?:nachricht|botschaft|bitte) (?:von|an|der redaktion)\b.{0,40}:?\s*$/iu,
  /^\s*(?:un )?(?:message|mot) (?:de|à) .{1,40}:?\s*$/iu,
  /^\s*(?:un )?mensaje (?:de|a|para) .{1,40}:?\s*$/iu,
  new RegExp(`^\\s*(?:[Ss]upport|[Uu]nterstützen [Ss]ie|[Ss]outenez|[Aa]poya a) ${NAME}\\s*[.!]?\\s*$`, 'u'),
  /^\s*(?:something to consider|before you go|before you (?:continue|move on)|can you help( us)?|help us)[.:?!…]*\s*$/iu,
  new RegExp(`^\\s*(?:[Ee]njoy(?:ing|ed)?|[Ll]ik(?:e|ed|ing)|[Ll]ov(?:e|ed|ing)|[Ff]ound|[Ff]inding) (?:this (?:post|article|story|blog|site|newsletter|podcast)|what you(?:['’]re| are)? read(?:ing)?|${NAME})(?: useful| helpful)?\\s*\\?\\s*$`, 'u'),
];

/** Buttons of an appeal: amounts, frequencies, payment methods, "maybe later". */
const BUTTONS: RegExp[] = [
  /^\s*(?:once|one[- ]time|one[- ]off|single|monthly|annual|annually|yearly|every month|every year|per month|per year|recurring|other|other amount|custom amount|amount)\s*$/iu,
  /^\s*(?:einmalig|monatlich|jährlich|anderer betrag|betrag|ponctuel|mensuel|annuel|autre montant|montant|una vez|única vez|mensual|anual|otra cantidad|otro importe|importe)\s*$/iu,
  /^\s*(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|eur|usd|gbp))(?:\s*(?:\/|per|a|each|every)\s*(?:month|year|mo|yr|monat|jahr|mois|an|mes|año))?\s*$/iu,
  /^\s*(?:continue|next|proceed|weiter|continuer|suivant|continuar|siguiente)\s*[.!→>»]*\s*$/iu,
  /^\s*(?:pa[yi]ment methods?|pay(?: with)? (?:by )?(?:card|credit card|debit card|paypal|apple pay|google pay)|credit card|debit card|paypal|apple pay|google pay|bank transfer|zahlungsmethoden?|zahlungsarten?|moyens? de paiement|métodos? de pago|formas? de pago)\s*$/iu,
  /^\s*(?:maybe later|not now|no thanks|close|later|später|plus tard|más tarde|ahora no)\s*[.!]?\s*$/iu,
  ...LINE_PATTERNS,
];

/** Buttons that only an appeal has (frequencies and amounts are also price lists). */
const DONATION_BUTTON = textTest(/\b(?:donat\w*|contribut\w*|support|spende\w*|unterstütz\w*|don|dons|soutien|soutenir|donar|donación|apoyo|aporte|remind me|pa[yi]ment methods?)\b/iu);

/**
 * Calls to give that are appeals by themselves, in the reader's or the publisher's voice.
 * A new pattern's required word goes into APPEAL_WORD, and an example of it into the test
 * that holds the two together (test/rules/donation-gate.test.ts).
 */
export const APPEALS: readonly RegExp[] = [
  // "please donate", "consider a contribution today", "you can support"
  /\b(?:please|kindly|click here to|tap here to|consider|you can|why not) (?:(?:making |sending )?an? (?:small |one-time |one-off |monthly |regular )?)?(?:donat\w*|contribut\w*|support(?:ing)?|giv(?:e|ing)|becom(?:e|ing) a (?:member|supporter|patron))\b/iu,
  // Not a request someone else was asked ("we asked our backers to support us"): that is a story of one.
  /(?<!\b(?:asked|urged|invited|begged|persuaded|convinced|encouraged|told|wanted|got) (?:[\p{L}’'-]+ ){1,4}to )\b(?:support|donate to|contribute to|help fund|fund) (?:us|our (?:work|journalism|newsroom|reporting|mission|coverage)|(?:independent|quality|local|public[- ]interest|fearless) (?:journalism|news|media|reporting)|(?:the|this|my|our) (?:blog|site|website|podcast|newsletter|channel))\b/iu,
  /\b(?:your|a|every|any) (?:support|donation|contribution|gift|pledge)s?,?(?: (?:of|from) [^,.]{1,20},?)?(?: no matter (?:how )?(?:big or )?small,?)? (?:helps?|makes?|allows?|enables?|keeps?|will (?:help|make|allow|keep|go)|matters?|means?|powers?|funds?|sustains?|ensures?)\b/iu,
  /\bwe (?:need|rely on|depend on|count on|are asking for) (?:your|readers(?: like you)?['’]?) (?:\w+ )?(?:help|support|generosity|contributions?|donations?)\b/iu,
  /\bwe (?:rely|depend|count) on (?:you|readers like you|our readers)\b/iu,
  /^\s*(?:please )?[Ss]upport [\p{Lu}][\p{L}\p{N}'’.-]*(?: [\p{Lu}][\p{L}\p{N}'’.-]*){0,3} (?:so|and|to|because|today)\b/u,
  /\b(?:with|thanks to) (?:your|readers['’]?) (?:help|support|contributions?|donations?)\b/iu,
  /\bthank you for (?:your (?:support|donation|contribution|generosity)|supporting (?:us|our)|standing with us)\b/iu,
  /\b(?:by|when you (?:are|start)) (?:supporting|donating to|contributing to|giving to) \S.{0,40}\byou(?:['’]re| are)?\b/iu,
  /\b(?:become|join (?:us|them) as) an? (?:member|supporter|patron)\b/iu,
  /\b(?:make|making) an? (?:one-time |one-off |monthly |recurring |small |tax-deductible )?(?:donation|contribution|gift)\b.{0,40}\b(?:today|now|us|our)\b/iu,
  /\b(?:funded|supported|paid for|made possible) by (?:our |its )?readers\b|\breader[- ](?:funded|supported)\b/iu,
  /\bwe have a (?:small )?favou?r to ask\b/iu,
  /\bif you (?:value|enjoy(?:ed)?|appreciate|like|rely on) (?:this|our|what we|reading|the work|(?:the )?[\p{Lu}][\p{L}.]*['’]s? (?:journalism|reporting|coverage|work|stories|articles|posts))\b.{0,80}\b(?:support|donat\w*|contribut\w*|member)\b/iu,
  // German
  /\b(?:unterstützen sie|unterstütze|spenden sie|spende) (?:uns|unsere|unseren|(?:unabhängigen|freien|guten|kritischen) journalismus|jetzt)\b/iu,
  /\b(?:ihre|deine|jede) (?:unterstützung|spende|hilfe|beitrag) (?:zählt|hilft|macht|ermöglicht|sichert)\b|\bwir (?:brauchen|sind auf) (?:ihre|deine) (?:hilfe|unterstützung)\b/iu,
  /\bmit (?:ihrer|deiner|einer|ihrem|deinem|einem) (?:unterstützung|spende|beitrag|freiwilligen (?:zahlung|beitrag))\b/iu,
  // French
  /\b(?:soutenez[- ]nous|nous soutenir|faites un don|faire un don|votre (?:soutien|don|contribution) (?:compte|nous (?:aide|permet)|est)|nous avons besoin de (?:votre|vous))\b/iu,
  // Spanish
  /\b(?:apóyanos|apoyanos|hazte (?:socio|socia|miembro|mecenas)|haz una donación|tu (?:apoyo|aporte|aportación|donación) (?:es|nos)|necesitamos (?:tu|su) (?:ayuda|apoyo)|con tu (?:apoyo|aporte|aportación|donación))\b/iu,
];

/**
 * Words without which no APPEALS pattern can match: each pattern requires one of them
 * (its word of giving, "we need", "thank you for", ...), under the same flags, so text
 * without any of them need not be tried against the patterns.
 */
export const APPEAL_WORD =
  /donat|contribut|support|giv|becom|fund|gift|pledge|member|patron|paid for|made possible|thank you for|we (?:need|rely|depend|count|are asking|have a )|(?:with|to) (?:your|readers)|unterstütz|spende|hilfe|beitrag|freiwilligen|souten|un don|votre (?:soutien|don|contribution)|besoin de|apóyanos|apoyanos|hazte |donación|apoyo|aport|necesitamos/iu;

/** Words of giving and of the publisher's own work; an appeal paragraph speaks of both. `(?<!\w)` is `\b` before a word (see voice.ts). */
const GIVING = textTest(/(?<!\w)(?:donat\w*|contribut\w*|support\w*|funding|fund(?:ed|s)?|members?(?:hip)?|patrons?|subscri\w*|paywalls?|afford|generosity|spende\w*|unterstütz\w*|beitrag|mitglied\w*|soutien|soutenir|dons?|abonné\w*|donar|donación|apoyo|aporte|aportación|socios?)\b/iu);
const OWN_WORK =
  /(?<!\w)(?:journalis(?:m|ts?|tic)|report(?:ing|ers?)|newsroom|readers?|fact-?check\w*|stor(?:y|ies)|coverage|investigat\w*|documentar\w*|facts|truth|press|editorial|independent|our (?:work|staff|team|mission|site|readers|journalists|reporters|writers|editors)|journalismus|journalist\w*|redaktion|unabhängig\w*|recherche\w*|journalisme|rédaction|indépendan\w*|periodismo|periodistas?|redacción|independien\w*)\b/iu;

/** Occurrences of the publisher's "we": the words `speaksAsPublisher` looks for, with the same flags. */
const WE = /\b(?:we|us|our|ours|wir|uns|unser\w*|nous|notre|nos|nosotros|nuestr[oa]s?)\b/giu;

/** Whether the publisher's "we" occurs at least twice (the count `text.match(WE)` would give, stopped at two). */
function speaksAsPublisherTwice(text: string): boolean {
  WE.lastIndex = 0;
  const twice = WE.exec(text) !== null && WE.exec(text) !== null;
  WE.lastIndex = 0;
  return twice;
}

/** The appeal is for the publisher: "support us", "stand with us", or it speaks of journalism. `(?<!\w)` is `\b` before a word (see voice.ts). */
const FOR_US =
  /(?<!\w)(?:(?:support|donate to|contribute to|fund|back|help|stand(?:ing)? with|join) (?:us|uns)\b|we (?:rely|depend|count) on (?:you|readers)\b|(?:unterstützen|helfen) sie uns\b|(?:hilf|helft) uns\b|(?:soutenez-nous|nous soutenir|aidez-nous|nous aider|apóyanos|apoyanos|apóyenos|ayúdanos|nos ayudas?)\b|(?:support|donate to|fund|back) (?:the|this|my|our) (?:blog|site|website|podcast|newsletter|channel)\b|buy (?:me|us) a coffee\b)/iu;

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
