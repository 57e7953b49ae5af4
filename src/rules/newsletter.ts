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

const CUES = [
  /\bnewsletters?\b/i,
  /\b(sign(ing)? up|subscribe|subscribing|register)\b/i,
  /\b(inbox|mailbox|e-?mail address|your e-?mail)\b/i,
  /\b(weekly|daily|free|morning|evening)\b.*\b(briefing|digest|newsletter|email)\b/i,
  /\b(Newsletter|abonnieren|anmelden|Posteingang)\b/,
  /\b(lettre d'information|infolettre|s'inscrire|inscrivez-vous|abonnez-vous)\b/i,
  /\b(boletín|suscríbete|suscribirse|bandeja de entrada)\b/i,
];

/** Words of a newsletter box; a block without them is not one. */
const NEWSLETTER_WORD = textTest(/newsletter|e-?mail|inbox|mailbox|boletín|lettre/i);

const LINE_PATTERNS: RegExp[] = [
  /^(sign up|subscribe|register) (now |today |here )?(for|to) (our|the|a|this|my) (free )?([\w’'-]+ ){0,5}(newsletters?|e-?mails?|briefings?|digest|bulletins?)\b.{0,40}$/i,
  /^(get|receive) (our|the) ([\w’'.-]+ ){0,5}(newsletters?|e-?mails?|briefings?)\b.{0,60}$/i,
  /^[Gg]et \p{Lu}[\p{L}\d&.' -]{0,40} delivered to your inbox\b.{0,60}$/u,
  // A box's heading: "Get the Courier in your inbox", "Get our best stories straight to your inbox".
  /^get (the |our )?[\p{L}\d&.'’ -]{1,40} (in|into|to) your inbox[.!]?$/iu,
  /^(our|the) ([\w’'-]+ ){0,4}newsletter\b.{0,30}$/i,
  // The button: "Sign up", "Subscribe for free".
  /^(sign up|subscribe)( now| today| here)?( for free| free| it['’]s free)?[.!]?$/i,
  /^(sign up|subscribe) for (free )?(e-?mail )?(newsletters?|updates|alerts)\b.{0,40}$/i,
  /^(enter|your) (your )?e-?mail( address)?( here)?[.:…]*$/i,
  /^e-?mail( address)?[:*]*$/i,
  /^(thanks?|thank you) for (signing up|subscribing)\b.{0,80}$/i,
  /^subscribers? agrees? to (the|our) .{0,40}$/i,
  /^by (signing up|subscribing|clicking [^,]{1,30}), you agree to .{0,160}$/i,
  /^(you can )?unsubscribe at any time\b.{0,80}$/i,
  /^newsletters?$/i,
  // German: field, buttons, small print.
  /^(ihre |deine )?e-?mail-?adresse[:*]*$/i,
  /^(geben sie|gib) (ihre|deine) e-?mail(-?adresse)? ein[.:…]*$/i,
  /^(jetzt )?(kostenlos |gratis )?(newsletter )?(abonnieren|bestellen)!?$/i,
  /^jetzt (kostenlos |gratis )?(anmelden|registrieren|eintragen)!?$/i,
  /^(melden sie sich|jetzt) (für|zum) (unseren |den )?newsletter an\b.{0,40}$/i,
  /^mit (der|ihrer|deiner) (anmeldung|registrierung|eintragung)\b.{0,30}\b(akzeptier|stimm|willig|erklär)\w* (sie|du)\b.{0,200}$/i,
  /^(sie können|du kannst) (sich |dich |den newsletter |ihn )?jederzeit (wieder )?(abbestellen|abmelden|kündigen|widerrufen)\b.{0,80}$/i,
  // French
  /^(votre (adresse )?|adresse )(e-?mail|courriel|électronique)[:*]*$/i,
  /^(saisissez|entrez|indiquez) votre (adresse )?(e-?mail|courriel|électronique)[.:…]*$/i,
  /^(abonnez-vous|inscrivez-vous) à (notre|la) (newsletter|lettre d'information)\b.{0,40}$/i,
  /^(inscrivez-vous|abonnez-vous|je m['’]inscris|je m['’]abonne|s['’]inscrire)( gratuitement| maintenant| dès maintenant)?\s*!?$/i,
  /^en (vous inscrivant|vous abonnant|cliquant sur [^,]{1,30}|validant [^,]{1,30}),? vous (acceptez|consentez|reconnaissez)\b.{0,200}$/i,
  /^(vous pouvez|tu peux) vous désinscrire (à tout moment|en un clic)\b.{0,80}$/i,
  // Spanish
  /^((tu|su) correo( electrónico)?|(tu |su )?dirección de (correo( electrónico)?|e-?mail))[:*]*$/i,
  /^(introduce|introduzca|escribe|escriba|ingresa|ingrese) (tu|su) (correo( electrónico)?|e-?mail|dirección de correo( electrónico)?)[.:…]*$/i,
  /^(suscríbete|suscribete|suscríbase) (a|al) (nuestro |nuestra )?(boletín|newsletter)\b.{0,40}$/i,
  /^(suscríbete|suscribete|suscríbase|suscribirme|apúntate)( gratis| ahora| gratuitamente)?\s*!?$/i,
  /^al (suscribirte|suscribirse|suscribirme|registrarte|registrarse|hacer clic en [^,]{1,30}|pulsar [^,]{1,30}),? (aceptas|acepta|confirmas|confirma)\b.{0,200}$/i,
  /^(puedes|puede) (darte|darse) de baja (en cualquier momento|cuando quieras)\b.{0,80}$/i,
];

/**
 * A box's pitch: what it promises to put in the reader's mailbox ("… every Friday in your
 * inbox", "… in Ihrem Posteingang", "… dans votre boîte mail", "… en tu correo"), or a
 * call to sign up for a newsletter. `(?<!\w)` is `\b` before a word (see voice.ts).
 */
const PITCH = [
  /(?<!\w)(?:your|ihr(?:em|en|e)?|dein(?:em|en|e)?|votre|ta|tu|su) (?:e-?mail )?(?:inbox|mailbox|posteingang|(?:e-?mail-?)?postfach|boîte (?:mail|e-?mail|aux lettres|de réception)|correo(?: electrónico)?|bandeja de entrada)\b/iu,
  /(?<!\w)(?:sign up|subscribe|register|melden sie sich|abonnieren sie|inscrivez-vous|abonnez-vous|suscríbete|suscríbase|regístrate)\b.{0,60}\b(?:newsletters?|briefing|digest|boletín|lettre)\b/iu,
];

/**
 * What a pitch promises: news that comes again and again ("every Friday", "the week's best
 * stories", "jeden Morgen", "chaque matin", "cada mañana"), not one e-mail ("a confirmation
 * in your inbox within minutes").
 */
const RECURRING_NEWS =
  /(?<!\w)(?:every|each|daily|weekly|weekday|morning|evening|week['’]?s?|stories|news|headlines|best of|newsletters?|briefing|digest|jede[nrs]?|täglich\w*|wöchentlich\w*|morgens|abends|nachrichten|chaque|quotidien\w*|hebdomadaire|matin|soir|actualités?|l['’]essentiel|informations|cada|diari[oa]s?|semanal\w*|mañana|noticias|boletín|lettre)\b/iu;

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
