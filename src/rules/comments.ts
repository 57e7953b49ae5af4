/**
 * comments: comment-widget headers and chrome — "Comments", "12 comments", "View comments",
 * "Leave a comment", "Join the conversation", "Loading comments...", "Comments are closed.",
 * login prompts for commenting, "Thank you for registering", comment policies and
 * moderation notes — in English, German, French and Spanish.
 *
 * The word alone on a line is a widget; in a sentence it is not. Longer blocks go when they
 * speak to the reader or as the publisher about commenting (a call to join the discussion,
 * a comment policy, a moderation note), or when they are short login or conversation
 * prompts joined to a removed comment header. Keeps: news that quotes comments, reports
 * that someone "declined to comment", stories about comment sections in the third person.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { wordCount } from './support/lines.js';
import { addressesReader, hasCues, speaksAsPublisher, unquoted } from './support/voice.js';
import { allLinesMatch, joinsZone, reportsSpeech, type ZoneTest } from './support/zone.js';
import { memoizeByBlock } from '../text/memo.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';

const END = '\\s*[.!:…]*\\s*$';
const line = (source: string) => new RegExp(`^\\s*(?:${source})${END}`, 'iu');

/** "Comments", "Kommentare", "Commentaires", "Comentarios" and friends. */
const COMMENTS_WORD = '(?:comments?|kommentare|leserkommentare|commentaires?|comentarios?)';
const COUNT = '(?:\\(?\\d[\\d.,]*\\s*[kK]?\\)?)';

const LINE_PATTERNS: RegExp[] = [
  // Headers and counts
  line(`${COMMENTS_WORD}(?:\\s*${COUNT})?(?:\\s*\\(\\+\\))?`),
  line(`${COUNT}\\s*(?:post )?${COMMENTS_WORD}(?:\\s*\\(\\+\\))?`),
  line(`(?:new, )?\\d[\\d.,]*\\s*(?:new )?(?:comments?|replies)`),
  line(`(?:${COMMENTS_WORD}|discussion)\\s*[:|]\\s*(?:\\d+|open thread|closed)`),
  line('(?:reader|readers[’\']?|user|your) comments|(?:comments|discussion) (?:section|thread|forum)'),
  // Buttons
  line(`(?:view|show|hide|read|see|load|open|close|display|jump to|go to|skip to)(?: (?:all|the|\\d+|more|new|older|newer|latest|reader)){0,2} (?:comments?|replies|conversation|discussion)(?:\\s*${COUNT})?`),
  line('(?:post|add|leave|write|submit|publish|make)(?: a| your| new)? (?:comment|reply|response)(?:\\s*cancel reply)?'),
  line('(?:comment|reply)(?: on| to) (?:this|the) (?:article|story|post|page)'),
  line('(?:cancel reply|reply|replies|report comment|report abuse|flag comment|sort by (?:newest|oldest|best|top)|newest first|oldest first|most liked)'),
  line('(?:comment|name|e-?mail|website)\\s*(?:\\(required\\)|\\*)'),
  // Invitations
  line('(?:join|start|enter|continue) the (?:conversation|discussion|debate)(?: (?:below|here|now|on [\\p{L} .]{1,30}))?'),
  line('join our (?:commenting|comment|comments|discussion|community) (?:forum|section|community|board)(?: .{1,30})?'),
  line('have your say(?: in the comments(?: (?:below|section))?| below)?'),
  line('(?:what do you think|tell us what you think|let us know what you think|let us know|share your (?:thoughts|views|opinion))\\??(?: (?:tell us |let us know )?(?:in|on) the comments(?: (?:below|section))?| below)'),
  line('be the first to (?:comment|reply|respond)(?: on this (?:article|story|post))?'),
  line('(?:there are )?no comments(?: yet)?(?:\\. be the first.{0,40})?'),
  // Loading and state
  line('(?:loading|load) (?:comments|the comments|conversation)(?:\\.{3})?'),
  /^\s*(?:please )?enable javascript to (?:view|see|load|read) the comments\b.{0,60}$/iu,
  /^\s*javascript is required to (?:load|view|see) (?:the )?comments\.?\s*$/iu,
  /^\s*comments powered by (?:disqus|facebook|coral|viafoura|openweb|spot\.im)\.?\s*$/iu,
  /^\s*(?:comments|commenting) (?:are|is|has been|have been) (?:closed|disabled|turned off|not available|unavailable|suspended)\b.{0,80}$/iu,
  /^\s*(?:comments for this (?:article|story|post) (?:are|have been) (?:closed|disabled))\b.{0,60}$/iu,
  // Accounts and registration around commenting
  /^\s*(?:thanks?|thank you) for (?:your comment|commenting|registering|signing in|logging in)\b.{0,40}$/iu,
  /^\s*you (?:must|need to|have to) (?:be )?(?:logged in|signed in|log in|sign in|registered|register|a (?:registered user|subscriber|member)) to (?:post|leave|add|write|submit|make|view|read|reply)\b.{0,80}$/iu,
  /^\s*(?:please )?(?:log ?in|sign ?in|register|sign up|subscribe)(?: or (?:log ?in|sign ?in|register|sign up|create an account))? to (?:comment|reply|post (?:a )?comments?|leave a comment|join the (?:conversation|discussion)|participate)\b.{0,60}$/iu,
  /^\s*if you would like to (?:add|post|leave|write) a comment,? please (?:register|log ?in|sign ?in)\b.{0,40}$/iu,
  /^\s*please log in using one of these methods to post your comment:?\s*$/iu,
  /^\s*you are commenting using your .{1,40} account\b.{0,40}$/iu,
  /^\s*save my name,? e-?mail,? and website in this browser for the next time i comment\.?\s*$/iu,
  /^\s*notify me (?:of|via e-?mail|by e-?mail|when)\b.{0,60}\b(?:comments?|posts|answers|replies|responds?)\b.{0,40}$/iu,
  /^\s*this site uses akismet to reduce spam\b.{0,80}$/iu,
  /^\s*please refresh (?:the page|your browser)\b.{0,120}\blogged ?in\b.{0,80}$/iu,
  /^\s*(?:your )?comments? (?:is|are|will be) (?:awaiting|subject to|held for) moderation\b.{0,60}$/iu,
  /^\s*(?:read our |view our )?(?:comment|commenting|community) (?:policy|guidelines|rules|standards)\.?\s*$/iu,
  // German
  line(`(?:kommentare|leserkommentare)(?:\\s*${COUNT})?(?: (?:anzeigen|lesen|ausblenden|einblenden|öffnen|schließen|laden))?`),
  line('(?:jetzt |hier )?(?:kommentieren|kommentar (?:schreiben|verfassen|abgeben|posten)|einen kommentar (?:schreiben|verfassen|hinterlassen))'),
  line('(?:zu den|alle) kommentaren?|(?:alle )?\\d+ kommentare (?:anzeigen|lesen)|diskutieren sie mit|diskutiere mit|mitdiskutieren'),
  /^\s*(?:die )?(?:kommentarfunktion|kommentare|kommentarspalte) (?:ist|sind|wurde|wurden) (?:geschlossen|deaktiviert|abgeschaltet)\b.{0,80}$/iu,
  /^\s*(?:um (?:zu )?kommentieren|zum kommentieren)\b.{0,20}\b(?:anmelden|einloggen|registrieren)\b.{0,60}$/iu,
  /^\s*(?:bitte )?(?:melden sie sich an|loggen sie sich ein|registrieren sie sich),? um (?:zu )?(?:kommentieren|einen kommentar)\b.{0,60}$/iu,
  // French
  line('(?:ajouter|écrire|laisser|poster|publier|rédiger) un commentaire|(?:voir|afficher|lire|masquer) (?:les |tous les )?(?:\\d+ )?commentaires|réagir|réagissez(?: à cet article)?|participez (?:à la discussion|au débat)'),
  /^\s*(?:les )?commentaires (?:sont|ont été) (?:fermés|clos|désactivés)\b.{0,60}$/iu,
  /^\s*(?:connectez-vous|identifiez-vous|inscrivez-vous|abonnez-vous) pour (?:commenter|réagir|laisser un commentaire)\b.{0,60}$/iu,
  /^\s*(?:vous devez être|il faut être) (?:connecté|inscrit|abonné)e? pour (?:commenter|réagir|poster)\b.{0,60}$/iu,
  // Spanish
  line('(?:comentar|deja|dejar|escribe|escribir|añade|añadir|publica|publicar|agrega|agregar) (?:un |tu |su )?comentario|(?:ver|mostrar|leer|ocultar) (?:los |todos los )?(?:\\d+ )?comentarios|únete a la conversación|participa en la conversación|opina'),
  /^\s*(?:los )?comentarios (?:están |han sido )?(?:cerrados|desactivados)\b.{0,60}$/iu,
  /^\s*(?:inicia sesión|regístrate|identifícate|suscríbete) para (?:comentar|dejar un comentario|participar)\b.{0,60}$/iu,
  /^\s*(?:debes|tienes que) (?:estar registrado|iniciar sesión|ser suscriptor) para (?:comentar|participar)\b.{0,60}$/iu,
  // The comment header of blog software: "6 thoughts on “How to ...”", "12 responses to "Title""
  /^\s*\d[\d.,]*\s+(?:thoughts?|responses?|replies|comments?|reactions?|kommentare|commentaires|comentarios|comentários|commenti|комментари\w*) (?:on|to|zu|sur|en|em|su|к|на) [“"«„'‘].{1,200}[”"»“'’]\s*$/iu,
  // Italian, Portuguese, Russian
  line('(?:lascia|scrivi|aggiungi) un commento|commenti(?:\\s*\\d+)?|(?:deixe|deixar|escreva|adicione) (?:um |seu )?comentário|comentários(?:\\s*\\d+)?'),
  line('(?:добавить|оставить|написать) комментарий(?:\\s*отменить ответ)?|отменить ответ|комментари[йия](?:\\s*\\d+)?|ответить'),
  line('(?:имя|комментарий|nome|nombre|nom|commento|comentário)\\s*\\*'),
  /^\s*(?:ваш (?:адрес )?e-?mail не будет опубликован|il tuo indirizzo email non sarà pubblicato|o seu endereço de e-?mail não será publicado|tu dirección de correo electrónico no será publicada|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée)(?!\p{L}).{0,80}$/iu,
];

/** Words of a comment section. */
const COMMENT_VOCAB =
  /\b(?:comment\w*|kommentar\w*|commentaire\w*|comentar\w*|discussion|diskussion|conversations?|debate|forum|replies|réactions?|respuestas?)\b/iu;
/**
 * Literals that every match of COMMENT_VOCAB contains, with the same flags (so the same
 * case folding): a quick test that rules the vocabulary out without a word-boundary check
 * at every position.
 */
const COMMENT_VOCAB_HINT = textTest(/comment|kommentar|comentar|discussion|diskussion|conversation|debate|forum|replies|réaction|respuesta/iu);

/** COMMENT_VOCAB, tried only on text that holds one of its literals. */
function mentionsCommenting(text: string): boolean {
  return COMMENT_VOCAB_HINT.test(text) && COMMENT_VOCAB.test(text);
}

/** Words of a comment policy or moderation note. */
const POLICY = [
  /\b(?:community|comment|commenting|submission|house) (?:guidelines|standards|rules|policy)\b/iu,
  /\bmoderat\w*|\bmodér\w*|\bmoderación\b|\bnetiquette\b/iu,
  /\b(?:on[- ]topic|off[- ]topic|respectful|constructive|civil|civility|courteous)\b/iu,
  /\b(?:profanity|personal attacks?|harassment|abusive|offensive|hate speech|spam)\b/iu,
  /\b(?:reserve the right to (?:remove|delete|reject)|(?:will|may|can) be (?:removed|deleted|rejected|edited))\b/iu,
  /\b(?:nutzungsbedingungen|beleidigungen|sachlich|charte|règles de (?:la )?modération|normas de (?:participación|la comunidad))\b/iu,
];
/** A call to comment: opens with an imperative or a question to the reader. */
const CALL =
  /^\s*(?:join|(?:do you )?want to join|would you like to join|tell us|let us know|have your say|what do you think|what are your thoughts|do you agree|share your (?:thoughts|views|opinion)|diskutieren sie|sagen sie uns|schreiben sie uns|donnez votre avis|réagissez|participez|dites-nous|comenta|opina|únete|cuéntanos)(?=[\s,?!:])/iu;
/** Words of the login prompts that sit in a comment section. */
const ACCOUNT =
  /\b(?:log(?:ged)? ?in|sign(?:ed)? ?in|register\w*|account|profile|password|username|display name|anmeld\w*|registrier\w*|konto|connect\w*|inscri\w*|compte|inicia\w* sesión|regístr\w*|cuenta)\b/iu;

/** Literals that every match of ACCOUNT contains, with its flags: the same kind of quick test. */
const ACCOUNT_HINT = textTest(/log|sign|regist|regístr|account|profile|password|username|display name|anmeld|konto|connect|inscri|compte|inicia|cuenta/iu);

/** ACCOUNT, tried only on text that holds one of its literals. */
function mentionsAccount(text: string): boolean {
  return ACCOUNT_HINT.test(text) && ACCOUNT.test(text);
}

/** A comment policy, a moderation note or a call to join the discussion, in the widget's voice. */
function isCommentBlurbUncached(block: Block): boolean {
  if (block.features.words > 90) return false;
  const text = unquoted(block.text);
  if (!mentionsCommenting(text) || reportsSpeech(text)) return false;
  const voiced = addressesReader(text) || speaksAsPublisher(text);
  if (hasCues(text, POLICY, voiced ? 1 : 3) && /\bcomment\w*|kommentar\w*|commentaire\w*|comentario\w*|posts?\b|beiträge\b/iu.test(text)) return true;
  // "Join thought-provoking conversations, follow other readers and see their replies"
  return block.features.words <= 40 && CALL.test(text) && (voiced || block.features.words <= 12 || /\breaders?\b|\bleser\w*|\blecteurs?\b|\blectores\b/iu.test(text));
}
const isCommentBlurb = memoizeByBlock(isCommentBlurbUncached);

function isAnchorUncached(block: Block): boolean {
  return allLinesMatch(block, LINE_PATTERNS) || isCommentBlurb(block);
}
const isAnchor = memoizeByBlock(isAnchorUncached);

/** A short prompt of a comment section: conversation or login wording, no news sentence. */
function isMemberUncached(block: Block): boolean {
  if (block.features.words > 40 || block.lines.length > 4) return false;
  const text = unquoted(block.text);
  // A member needs comment or account words; the tests are pure, so asking these cheap
  // ones first changes no answer.
  const commenting = mentionsCommenting(text);
  const account = mentionsAccount(text);
  if (!commenting && !account) return false;
  if (reportsSpeech(text)) return false;
  const voiced = addressesReader(text) || speaksAsPublisher(text) || CALL.test(text);
  return (commenting && voiced) || (account && (voiced || wordCount(text) <= 8));
}
const isMember = memoizeByBlock(isMemberUncached);

const ZONE: ZoneTest = { category: 'comments', isAnchor, isMember, reach: 2 };

export const comments: Rule = {
  meta: {
    id: 'comments',
    category: 'comments',
    description: 'Comment-section headers, counts, buttons, login prompts and comment policies.',
    docs: builtInDocsUrl('comments'),
    defaultOn: true,
    endsArticle: true,
    listsLinks: false,
    pass: 'widget',
  },
  classWords: ['comments', 'comment', 'commentlist', 'comment-list', 'comments-area', 'disqus', 'discussion', 'respond', 'reply', 'kommentare', 'commentaires', 'comentarios'],
  selectors: ['#comments', '#disqus_thread', '#respond', '.comments-area', '.comment-respond'],
  linePatterns: LINE_PATTERNS,
  classify(block: Block, context: RuleContext): Finding | null {
    if (isCommentBlurb(block)) return { reason: 'a comment policy or call to join the discussion, addressed to the reader' };
    if (isMember(block) && joinsZone(context, ZONE)) return { reason: 'a comment-section prompt next to the comment widget' };
    return null;
  },
};
