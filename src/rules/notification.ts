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

const END = '\\s*[.!…]*\\s*$';
const line = (source: string) => new RegExp(`^\\s*(?:${source})${END}`, 'iu');

const NOTIFS = '(?:push |browser |desktop |breaking[- ]news |news |web |instant )?(?:notifications?|alerts|push messages|push alerts)';
/** "from The Independent", "for breaking news": whom the notifications come from; not "for the Find My app" of a how-to. */
const FROM =
  "(?: (?:from|by) .{1,60}| (?:for|about|on) (?:breaking news|the latest\\b.{0,40}|new (?:stories|articles|posts)|this (?:site|website|topic|story)|our .{1,40}|.{0,30}\\bnews\\b.{0,30}))?";

const LINE_PATTERNS: RegExp[] = [
  // English
  line(`stay (?:up to date|up-to-date|updated|informed|in the know|on top of the news|connected) with ${NOTIFS}${FROM}`),
  line(`(?:get|receive|enable|turn on|switch on|allow|activate|subscribe to|sign up for|opt in to|opt-in to) (?:our |free )?${NOTIFS}${FROM}`),
  /^\s*notifications (?:can|may) be (?:managed|changed|turned off|disabled|adjusted|blocked) (?:in|via|through|from|at any time)\b.{0,80}$/iu,
  /^\s*(?:you can )?(?:manage|change|turn off|disable|unsubscribe from) (?:these |the |your )?notifications (?:at any time|in (?:your )?(?:browser|settings|preferences))\b.{0,60}$/iu,
  /^\s*(?:would you like to|do you want to|want to|would you like) (?:receive|get|enable|turn on|allow|be notified)\b.{0,40}\b(?:notifications?|alerts|notified)\b.{0,60}$/iu,
  /^\s*(?:we['’]d like to|we would like to|[\p{L}\p{N} .'’&-]{1,40} (?:wants|would like) to) (?:send you|show you|notify you)\b.{0,40}\b(?:notifications?|alerts|push)\b.{0,40}$/iu,
  /^\s*(?:click|tap|press|select) ["“'‘]?allow["”'’]? (?:to|and)\b.{0,80}$/iu,
  /^\s*(?:never|don['’]t) miss (?:a|an|any) (?:story|update|thing|headline|breaking news|important story)\b.{0,60}\b(?:notifications?|alerts?|notified)\b.{0,40}$/iu,
  /^\s*(?:get|be) notified (?:when|about|of|whenever)\b.{0,40}\b(?:we|our|us|new (?:story|stories|articles?|posts?)|breaking news|the latest)\b.{0,40}$/iu,
  line(`(?:push )?notifications?(?: settings| preferences)?|(?:allow|block|enable|disable|turn on|turn off) notifications|not now|don['’]t allow|(?:yes,? )?(?:allow|enable) notifications`),
  // German
  line(`(?:push-?)?(?:benachrichtigungen|mitteilungen|nachrichten) (?:aktivieren|erlauben|zulassen|einschalten|erhalten|abonnieren|blockieren|verwalten|deaktivieren)(?: von .{1,40})?`),
  line(`(?:jetzt |immer )?(?:push-?)?benachrichtigungen(?: (?:von|zu|über) .{1,40})?(?: (?:aktivieren|erhalten))?`),
  /^\s*(?:möchten sie|willst du|wollen sie) (?:push-?)?(?:benachrichtigungen|mitteilungen|nachrichten)\b.{0,40}\b(?:erhalten|aktivieren|bekommen)\b.{0,40}$/iu,
  /^\s*(?:bleiben sie|bleib) (?:auf dem laufenden|informiert|immer informiert) mit (?:push-?)?(?:benachrichtigungen|mitteilungen)\b.{0,60}$/iu,
  /^\s*(?:die )?(?:push-?)?(?:benachrichtigungen|mitteilungen) (?:können|lassen sich) (?:jederzeit )?(?:in|über|im)\b.{0,80}$/iu,
  /^\s*(?:verpassen sie|verpasse) (?:keine|nichts)\b.{0,60}\b(?:benachrichtigung\w*|push\w*|mitteilung\w*)\b.{0,40}$/iu,
  line('nicht jetzt'),
  // French
  line(`(?:activer|autoriser|recevoir|accepter|activez|autorisez|recevez) (?:les |nos )?(?:notifications|alertes)(?: (?:push|de|du|d['’]) ?.{0,40})?`),
  /^\s*(?:voulez-vous|souhaitez-vous|vous souhaitez|voulez vous|souhaitez vous) (?:recevoir|activer|autoriser)\b.{0,40}\b(?:notifications|alertes)\b.{0,60}$/iu,
  /^\s*restez (?:informés?|informé\(e\)|connectés?) (?:avec|grâce aux) (?:les |nos )?(?:notifications|alertes)\b.{0,60}$/iu,
  /^\s*(?:les )?notifications peuvent être (?:gérées|désactivées|modifiées)\b.{0,80}$/iu,
  /^\s*(?:ne manquez|ne ratez) (?:aucune|rien|plus)\b.{0,60}\b(?:notifications?|alertes?)\b.{0,40}$/iu,
  line('pas maintenant'),
  // Spanish
  line(`(?:activar|activa|active|permitir|permite|recibir|recibe|aceptar|acepta) (?:las |nuestras )?(?:notificaciones|alertas)(?: (?:push|de|del) ?.{0,40})?`),
  /^\s*¿?(?:quieres|deseas|desea|quiere) (?:recibir|activar|permitir)\b.{0,40}\b(?:notificaciones|alertas)\b.{0,60}\??$/iu,
  /^\s*(?:mantente|manténgase|mantenete) (?:informado|al día|al tanto) con (?:las |nuestras )?(?:notificaciones|alertas)\b.{0,60}$/iu,
  /^\s*(?:las )?notificaciones se pueden (?:gestionar|administrar|desactivar|cambiar)\b.{0,80}$/iu,
  /^\s*(?:no te pierdas|no se pierda) (?:nada|ninguna)\b.{0,60}\b(?:notificaci\w+|alertas?)\b.{0,40}$/iu,
  line('ahora no'),
];

/** Bare buttons of a prompt, which alone could mean anything. */
const BUTTONS: RegExp[] = [
  /^\s*(?:allow|block|later|maybe later|not now|no thanks|no,? thank you|yes|yes,? please|ok|okay|sure|accept|decline|cancel|close|dismiss|got it|subscribe|turn on|enable|i['’]m in|count me in)\s*[.!]?\s*$/iu,
  /^\s*(?:erlauben|zulassen|blockieren|später|nein,? danke|ja|ja,? gerne|abbrechen|schließen|aktivieren|autoriser|bloquer|plus tard|non merci|oui|annuler|fermer|activer|permitir|bloquear|más tarde|no,? gracias|sí|cancelar|je refuse|refuser|cerrar|activar)\s*[.!]?\s*$/iu,
  ...LINE_PATTERNS,
];

/** Words of push notifications. */
const NOTIF_WORDS = /\b(?:notifications?|push|benachrichtigung\w*|mitteilungen|notificaci\w+|alertes?|alerts?)\b/iu;
/** Literals that every match of NOTIF_WORDS contains, with its flags (the same case folding): a quick test without a word-boundary check at every position. */
const NOTIF_WORDS_HINT = textTest(/notification|push|benachrichtigung|mitteilungen|notificaci|alert/iu);

/** NOTIF_WORDS, tried only on text that holds one of its literals. */
function mentionsNotifications(text: string): boolean {
  return NOTIF_WORDS_HINT.test(text) && NOTIF_WORDS.test(text);
}

/** The prompt's asks: allow, turn on, stay up to date, manage in the browser. */
const PROMPT = [
  /\b(?:allow|enable|turn on|switch on|activate|opt in|subscribe|aktivieren|erlauben|zulassen|activer|autoriser|activar|permitir)\b/iu,
  /\b(?:stay (?:up to date|updated|informed)|never miss|don['’]t miss|be the first to know|auf dem laufenden|verpassen|restez informé|ne manquez|mantente|no te pierdas)\b/iu,
  /\b(?:browser|preferences|settings|browsereinstellungen|einstellungen|navigateur|paramètres|navegador|configuración)\b/iu,
  /\b(?:breaking news|latest news|top stories|eilmeldungen|actualités|últimas noticias|noticias de última hora)\b/iu,
];

/** How a prompt opens: an order or an offer to the reader, not "You can ..." of a how-to. */
const PROMPT_OPENING =
  /^\s*(?:turn on|switch on|allow|enable|activate|get|receive|never miss|don['’]t miss|stay|click|tap|subscribe|sign up|opt in|be the first|would you like|do you want|want to|aktivieren|erlauben|verpassen sie|verpasse|bleiben sie|bleib|möchten sie|willst du|activez|autorisez|recevez|ne manquez|ne ratez|restez|voulez-vous|souhaitez-vous|activa|permite|recibe|no te pierdas|mantente|¿?quieres|¿?deseas)\b/iu;

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
