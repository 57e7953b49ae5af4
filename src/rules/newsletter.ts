/**
 * newsletter: sign-up boxes for e-mail newsletters and their small print.
 * Keeps: news prose about newsletters (third person, no call to sign up).
 */
import type { Rule } from '../types.js';
import { addressesReader, hasCues, unquoted } from './support/voice.js';
import { textTest } from '../text/case-fold.js';

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

export const newsletter: Rule = {
  id: 'newsletter',
  category: 'newsletter',
  description: 'E-mail newsletter sign-up boxes, their promises and small print.',
  defaultOn: true,
  classWords: ['newsletter', 'newsletters', 'signup', 'optin', 'mailinglist', 'nl'],
  linePatterns: [
    /^(sign up|subscribe|register) (now |today |here )?(for|to) (our|the|a|this|my) (free )?([\w’'-]+ ){0,5}(newsletters?|e-?mails?|briefings?|digest|bulletins?)\b.{0,40}$/i,
    /^(get|receive) (our|the) ([\w’'.-]+ ){0,5}(newsletters?|e-?mails?|briefings?)\b.{0,60}$/i,
    /^[Gg]et \p{Lu}[\p{L}\d&.' -]{0,40} delivered to your inbox\b.{0,60}$/u,
    // A box's heading: "Get the Courier in your inbox", "Get our best stories straight to your inbox".
    /^get (the |our )?[\p{L}\d&.'’ -]{1,40} (in|into|to) your inbox[.!]?$/iu,
    /^(our|the) ([\w’'-]+ ){0,4}newsletter\b.{0,30}$/i,
    /^(sign up|subscribe)( now| today| here)?[.!]?$/i,
    /^(sign up|subscribe) for (free )?(e-?mail )?(newsletters?|updates|alerts)\b.{0,40}$/i,
    /^(enter|your) (your )?e-?mail( address)?( here)?[.:…]*$/i,
    /^e-?mail( address)?[:*]*$/i,
    /^(thanks?|thank you) for (signing up|subscribing)\b.{0,80}$/i,
    /^subscribers? agrees? to (the|our) .{0,40}$/i,
    /^by (signing up|subscribing|clicking [^,]{1,30}), you agree to .{0,160}$/i,
    /^(you can )?unsubscribe at any time\b.{0,80}$/i,
    /^newsletters?$/i,
    /^(jetzt )?(newsletter )?(abonnieren|bestellen)!?$/i,
    /^(melden sie sich|jetzt) (für|zum) (unseren |den )?newsletter an\b.{0,40}$/i,
    /^(abonnez-vous|inscrivez-vous) à (notre|la) (newsletter|lettre d'information)\b.{0,40}$/i,
    /^(suscríbete|suscribete|suscríbase) (a|al) (nuestro |nuestra )?(boletín|newsletter)\b.{0,40}$/i,
  ],
  classify(block) {
    // A short box that pitches a newsletter to the reader: newsletter words plus second person.
    if (block.features.words > 80) return null;
    const text = unquoted(block.text);
    if (!NEWSLETTER_WORD.test(text)) return null;
    if (addressesReader(text) && hasCues(text, CUES, 3)) {
      return { reason: 'addresses the reader with newsletter sign-up wording' };
    }
    return null;
  },
};
