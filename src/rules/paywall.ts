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

/** Account buttons in the four languages. */
const ACCOUNT =
  "(?:log ?in|log ?out|sign ?in|sign ?out|sign ?up|register|subscribe(?: now| today)?|my account|create (?:an |a free )?account|register for free|join now|" +
  "anmelden|abmelden|einloggen|registrieren|abonnieren|jetzt abonnieren|mein konto|konto erstellen|" +
  "se connecter|connexion|se déconnecter|déconnexion|s['’]inscrire|inscription|s['’]abonner|je m['’]abonne|abonnez-vous|mon compte|créer un compte|" +
  "iniciar sesión|inicia sesión|cerrar sesión|ingresar|ingresa|entrar|registrarse|regístrate|suscribirse|suscríbete|mi cuenta|crear cuenta|crea tu cuenta)";
const SEP = '\\s*(?:/|\\||·|•|,|or|and|oder|ou|o|y|und)?\\s*';

const SUBSCRIBERS = '(?:subscribers?|paying subscribers|members|premium (?:subscribers|members)|registered users|digital subscribers)';

const LINE_PATTERNS: RegExp[] = [
  // Account chrome
  new RegExp(`^\\s*${ACCOUNT}(?:${SEP}${ACCOUNT}){0,3}\\s*$`, 'iu'),
  // "Already a subscriber? Log in"
  /^\s*(?:already (?:a (?:subscriber|member|registered user)|have an account|registered|subscribed)|are you (?:already )?a (?:subscriber|member))\s*\??\s*(?:(?:please )?(?:log ?in|sign ?in)(?: here| now| to (?:continue|read|access)\b.{0,40})?)?[.!]?\s*$/iu,
  // Walls
  /^\s*(?:please )?(?:subscribe|sign up|register|log ?in|sign ?in)(?: now| today| here| for free)?(?: (?:or|and) (?:subscribe|sign up|register|log ?in|sign ?in))? to (?:continue|keep) reading\b.{0,80}$/iu,
  /^\s*(?:to )?(?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:subscribe|log ?in|sign ?in|register|become a (?:subscriber|member))\b.{0,80}$/iu,
  /^\s*(?:subscribe|sign up|register|log ?in|sign ?in)(?: now| today)? (?:for|to get|to unlock|and get) (?:unlimited|full|digital|complete|instant|premium)\b.{0,60}$/iu,
  /^\s*(?:get|unlock|enjoy) (?:unlimited|full|complete|instant) (?:digital )?access\b.{0,80}$/iu,
  /^\s*you(?:['’]ve| have) (?:reached|hit|used(?: up)?|exceeded) (?:your|the) (?:\w+ )?(?:limit|maximum|allowance|number) (?:of|for) (?:free )?(?:articles|stories|reads|views)\b.{0,80}$/iu,
  /^\s*you(?:['’]ve| have) (?:read|used|reached|viewed) (?:all )?(?:of )?(?:your )?(?:\d+|one|two|three|four|five|ten) (?:of (?:your )?\d+ )?free (?:articles|stories)\b.{0,80}$/iu,
  /^\s*you have (?:\d+|one|two|three|four|five) (?:more )?free (?:articles?|stories) (?:left|remaining)\b.{0,60}$/iu,
  /^\s*this is your (?:last|final) free (?:article|story)\b.{0,60}$/iu,
  new RegExp(`^\\s*(?:this|the) (?:article|story|content|page|post|feature|piece) is (?:only |exclusively )?(?:available )?(?:for|to) ${SUBSCRIBERS}(?: only)?\\b.{0,60}$`, 'iu'),
  new RegExp(`^\\s*(?:exclusive|only) (?:for|to) ${SUBSCRIBERS}\\.?\\s*$`, 'iu'),
  /^\s*(?:subscribers?|members|premium|subscriber|exclusive|plus)[- ](?:only|exclusive)(?: (?:content|article|story))?\.?\s*$/iu,
  /^\s*(?:subscriber|premium|exclusive) (?:content|article|story)\.?\s*$/iu,
  /^\s*(?:for subscribers|subscribers only|premium)\.?\s*$/iu,
  /^\s*subscribe (?:now )?for (?:just |only |as little as )?[$€£]\s?\d.{0,60}$/iu,
  /^\s*subscribe (?:now )?(?:for unlimited access|free for \d+ days)\b.{0,40}$/iu,
  /^\s*(?:start|get|begin|try) (?:your )?(?:free trial|\d+[- ]day free trial|free month)\b.{0,60}$/iu,
  // Offers for the publication itself: "Subscribe to Example and stay smart ...", "Get Example delivered through your letterbox", "12 issues for £11.99"
  /^\s*[Ss]ubscribe to \p{Lu}[\p{L}\d&.' -]{0,40} (?:and|to) (?:stay|get|keep|enjoy|read|support)\b.{0,120}$/u,
  /^\s*(?:[Gg]et|[Rr]eceive|[Hh]ave) \p{Lu}[\p{L}\d&.' -]{0,40} delivered (?:to|through|straight to|right to) your (?:door|letterbox|mailbox|home|inbox)\b.{0,160}$/u,
  /^\s*get access to [^.]{0,80}\bfor (?:as little as|just|only) .{0,160}$/iu,
  // German
  /^\s*(?:jetzt )?weiterlesen mit\b.{1,50}$/iu,
  /^\s*(?:jetzt )?(?:anmelden|einloggen|registrieren|abonnieren|abo abschließen) und (?:weiterlesen|alle artikel lesen|\w+ lesen)\b.{0,40}$/iu,
  /^\s*(?:sie sind |du bist )?bereits (?:abonnent(?:in)?|registriert|kunde|abonniert|\w+-abonnent(?:in)?)\s*\??\s*(?:(?:hier |jetzt )?(?:anmelden|einloggen)|melden sie sich an)?[.!]?\s*$/iu,
  /^\s*(?:dieser|der) (?:artikel|beitrag|inhalt|text) ist (?:nur |exklusiv )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent:innen|abonnent\*innen|\w+-abonnenten|abonnierende|mitglieder|registrierte nutzer)\b.{0,60}$/iu,
  /^\s*(?:exklusiv für abonnenten|nur für abonnenten|abo-?(?:artikel|inhalt)|plus-?(?:artikel|inhalt)|\w+\+ artikel)\.?\s*$/iu,
  /^\s*(?:jetzt |\d+ )?(?:wochen?|monate?|tage?)? ?(?:gratis|kostenlos|für \d+ ?(?:€|euro)) (?:testen|lesen|weiterlesen)\b.{0,40}$/iu,
  /^\s*(?:sie haben|du hast) (?:ihr|dein|das) (?:limit|kontingent) (?:an|von|für) (?:kostenlosen|freien) (?:artikeln|beiträgen)\b.{0,60}$/iu,
  // French
  /^\s*(?:article |contenu )?réservée? aux (?:abonnés|abonnées|membres|inscrits)\.?\s*$/iu,
  /^\s*(?:cet article|ce contenu|cet contenu|la suite de cet article|la suite) est réservée? aux (?:abonnés|abonnées|membres|inscrits)\b.{0,60}$/iu,
  /^\s*(?:vous êtes |êtes-vous )?déjà (?:abonné|abonnée|inscrit|inscrite|client)\s*\??\s*(?:(?:connectez-vous|se connecter|identifiez-vous|je me connecte))?[.!]?\s*$/iu,
  /^\s*(?:abonnez-vous|je m['’]abonne|inscrivez-vous|connectez-vous) pour (?:lire|continuer|poursuivre|accéder)\b.{0,60}$/iu,
  /^\s*(?:il vous reste \d+|vous avez atteint (?:votre |la )?limite d['’]|vous avez lu (?:vos )?\d+) articles? (?:gratuits?|offerts?)\b.{0,60}$/iu,
  /^\s*(?:lire la suite|pour lire la suite)\b.{0,20}\b(?:abonnez-vous|abonnés|abonnement)\b.{0,40}$/iu,
  // Spanish
  /^\s*(?:contenido|artículo|articulo|noticia) (?:exclusiv[oa]|reservad[oa]) (?:para|a) (?:suscriptores|socios|abonados|miembros)\.?\s*$/iu,
  /^\s*(?:este|esta) (?:artículo|articulo|contenido|noticia) es (?:exclusiv[oa]|solo|sólo) para (?:suscriptores|socios|abonados|miembros)\b.{0,60}$/iu,
  /^\s*¿?(?:ya eres|eres) (?:suscriptor|suscriptora|socio|socia|abonado|abonada)\s*\??\s*(?:(?:inicia sesión|ingresa|entra|identifícate)(?: aquí)?)?[.!]?\s*$/iu,
  /^\s*(?:suscríbete|suscribete|regístrate|inicia sesión) (?:para|y) (?:seguir|continuar) leyendo\b.{0,60}$/iu,
  /^\s*(?:has alcanzado|has llegado a|alcanzaste) (?:el|tu) límite de (?:artículos|noticias|notas)\b.{0,60}$/iu,
  /^\s*(?:solo para|exclusivo para) (?:suscriptores|socios|abonados)\.?\s*$/iu,
];

/** Words that say reading on is walled off. `(?<!\w)` is `\b` before a word (see support/voice.ts), here and below. */
const WALL = [
  /(?<!\w)(?:(?:continue|keep) reading\b|read (?:the|this) (?:full|whole|rest of the) (?:article|story)\b)/iu,
  /(?<!\w)(?:free (?:articles?|stories|reads)\b|article limit\b|(?:reached|hit) (?:your|the) (?:\w+ )?limit\b)/iu,
  /(?<!\w)(?:(?:subscribers?|members) only\b|(?:only|exclusively) (?:for|to|available to) (?:subscribers|members)\b|for subscribers\b)/iu,
  /(?<!\w)(?:(?:unlimited|full|complete) (?:digital )?access\b|premium (?:content|articles?|stories|journalism)\b|paywall\b)/iu,
  /(?<!\w)(?:weiterlesen\b|(?:für|nur für) abonnenten\b|abo(?:nnement)?\b.{0,40}(?<!\w)lesen\b)/iu,
  /(?<!\w)(?:lire la suite\b|réservée? aux abonnés\b|articles? (?:gratuits?|offerts?)\b)/iu,
  /(?<!\w)(?:seguir leyendo\b|continuar leyendo\b|exclusiv[oa] para (?:suscriptores|socios)\b|artículos? gratuitos?\b)/iu,
];
/** The call: subscribe, log in, register. */
const CALL =
  /(?<!\w)(?:subscrib\w*|subscription|log ?in|sign ?in|register|create an account|free trial|abonn\w*|abo\b|anmeld\w*|einlogg\w*|registrier\w*|connectez-vous|inscri\w*|suscr[ií]b\w*|suscripci\w*|inicia sesión|regístr\w*)/iu;

/** What the wall keeps: reading, articles, journalism. */
const READING =
  /(?<!\w)(?:read\w*|articles?|stor(?:y|ies)|journalism|reporting|content|news|lesen|weiterlesen|artikel\w*|beitr[aä]g\w*|inhalte?|journalismus|lire|article|articles|contenus?|journalisme|leer|leyendo|art[ií]culos?|contenidos?|noticias?|periodismo)\b/iu;

/** An order to subscribe or log in, at the start of a sentence or clause, or in a language's imperative form. */
const IMPERATIVE =
  /(?:^|[.!?:,;—–]\s*)(?:please\s+)?(?:subscribe|log ?in|sign ?in|sign up|register|become a (?:subscriber|member))\b|(?<!\w)(?:abonnez-vous|connectez-vous|inscrivez-vous|suscr[ií]bete|reg[ií]strate|inicia sesión|jetzt abonnieren|abonnieren sie|melden sie sich an|loggen sie sich ein)\b/iu;

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

/** Offers beside a wall: prices per period, "Cancel anytime", short labels with account words. */
const OFFER = [
  /^\s*(?:just |only |from )?[$€£]\s?\d[\d.,]*\s*(?:\/|per|a|for)\s*(?:\d+ )?(?:week|month|year|wk|mo|yr|weeks|months|woche|monat|jahr|semaine|mois|an|semana|mes|año)\b.{0,40}$/iu,
  /^\s*(?:cancel (?:anytime|at any time)|jederzeit kündbar|sans engagement|resiliable en cualquier momento|cancela cuando quieras)\.?\s*$/iu,
  /^\s*(?:see|view|compare|choose) (?:all )?(?:subscription )?(?:offers|plans|options|packages)\s*[.›»>]*\s*$/iu,
];

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
