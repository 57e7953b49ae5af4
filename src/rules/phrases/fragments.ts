/**
 * Pieces of patterns that several phrase modules share: names, counts, and the word lists
 * of patterns written once for several languages (multilingual.ts). A language's word goes
 * into a fragment when the pattern around it is the same in every language.
 */

/** A publication's name after "Support": one to four capitalised words ("The Moscow Times", "Snopes"). */
export const F_PUBLICATION = "(?:the |la |le |el |die |der |das )?[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’&.-]*(?: [\\p{Lu}\\p{N}&][\\p{L}\\p{N}'’&.-]*){0,3}";
/**
 * F_PUBLICATION in a pattern asked case-blind (`i`), where a capital cannot be asked for: one to
 * four words of any case. Said with \p{L}, which names no case, so that the pattern can be
 * asked of lower-cased text (text/case-fold.ts) and compiles in a fraction of the time.
 */
export const F_PUBLICATION_ANY_CASE = F_PUBLICATION.replaceAll('\\p{Lu}', '\\p{L}');

/** What a donation appeal asks the reader to back. */
export const F_CAUSE =
  '(?:us|our (?:work|journalism|newsroom|reporting|mission|coverage|site|team)|(?:independent|quality|local|public[- ]interest|non-?profit|fearless|free|trusted) (?:journalism|news|media|reporting|press)|journalism|this (?:site|website|blog|newsletter|podcast|work))';

/** "Comments", "Kommentare", "Commentaires", "Comentarios" and friends. */
export const F_COMMENTS_WORD = '(?:comments?|kommentare|leserkommentare|commentaires?|comentarios?)';

/** A count beside a comment header: "12", "(1.2k)". */
export const F_COUNT = '(?:\\(?\\d[\\d.,]*\\s*[kK]?\\)?)';

/** Networks whose name alone, in a run of such names, is a share or follow button. */
export const F_STRONG_NETWORKS: readonly string[] = [
  'facebook', 'facebook messenger', 'messenger', 'twitter', 'x \\(twitter\\)', 'x \\(formerly twitter\\)', 'linkedin', 'whatsapp',
  'pinterest', 'reddit', 'tumblr', 'flipboard', 'telegram', 'google\\+', 'google plus', 'vk', 'vkontakte', 'xing', 'viber',
  'instagram', 'youtube', 'tiktok', 'snapchat', 'bluesky', 'mastodon', 'weibo', 'wechat', 'hacker news',
  'hatena', 'kakaotalk', 'kakao', 'naver', 'ok\\.ru', 'odnoklassniki', 'digg', 'stumbleupon', 'evernote', 'skype',
];

/** Buttons of a share bar that also mean other things alone ("Print", "Copy", "Mail"), in the four languages. */
export const F_WEAK_SHARE_ITEMS: readonly string[] = [
  'e-?mail', 'mail', 'email me', 'e-mail me', 'print', 'copy', 'copy link', 'copy url', 'copy the link', 'link', 'permalink',
  'sms', 'text', 'x', 'line', 'threads', 'pocket', 'buffer', 'mix', 'pin', 'pin it', 'submit', 'save', 'more', 'tweet', 'like', 'rss', 'rss feed',
  'drucken', 'twittern', 'link kopieren', 'imprimer', 'courriel', 'copier le lien', 'tweeter', 'imprimir', 'correo',
  'correo electrónico', 'copiar enlace', 'copiar link', 'tuitear',
];

/** The share verb in English, German, French, Spanish (and Portuguese). */
export const F_SHARE = '(?:share|teilen|partager|compartir|compartilhar|partilhar)';

const NETWORK_NAMES = [...F_STRONG_NETWORKS, ...F_WEAK_SHARE_ITEMS].sort((a, b) => b.length - a.length).join('|');

/** A network name or list of them: "Facebook", "Facebook Twitter Reddit Google+", "Facebook, Twitter (@NYT) and Instagram". */
export const F_NETWORK_LIST = `(?:${NETWORK_NAMES})(?:\\s*\\(@?[\\w.]+\\))?(?:(?:\\s*[,|•·/]\\s*|\\s+(?:and|or|und|oder|et|ou|y|o|e)\\s+(?:on\\s+)?|\\s+)(?:${NETWORK_NAMES})(?:\\s*\\(@?[\\w.]+\\))?)*`;

/** What a share line offers to share. */
export const F_SHARE_OBJECT = '(?:article|story|post|page|entry|video|link|gallery|photo|image|this|it|recipe|on|via)';

/** Push notifications by their English names. */
export const F_NOTIFICATIONS = '(?:push |browser |desktop |breaking[- ]news |news |web |instant )?(?:notifications?|alerts|push messages|push alerts)';

/** "from The Independent", "for breaking news": whom the notifications come from; not "for the Find My app" of a how-to. */
export const F_NOTIFICATIONS_FROM =
  "(?: (?:from|by) .{1,60}| (?:for|about|on) (?:breaking news|the latest\\b.{0,40}|new (?:stories|articles|posts)|this (?:site|website|topic|story)|our .{1,40}|.{0,30}\\bnews\\b.{0,30}))?";

/** A short name: "More from <the Los Angeles Times>", "Most read in <World>". */
export const F_SHORT_NAME = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}&.,'’ +-]{0,40}?[\\p{L}\\p{N}])?";

/** A year of the last two centuries, as copyright lines give it. */
export const F_YEAR = '(?:19|20)\\d\\d';

/** "All rights reserved" in the languages met on news sites. */
export const F_RIGHTS_RESERVED =
  '(?:all rights? reserved|alle rechte vorbehalten|tous droits réservés|(?:todos los )?derechos reservados|todos os direitos reservados|tutti i diritti riservati)';

/** Account buttons in the four languages: "Log in", "Anmelden", "Se connecter", "Iniciar sesión". */
export const F_ACCOUNT_BUTTON =
  "(?:log ?in|log ?out|sign ?in|sign ?out|sign ?up|register|subscribe(?: now| today)?|my account|create (?:an |a free )?account|register for free|join now|" +
  "anmelden|abmelden|einloggen|registrieren|abonnieren|jetzt abonnieren|mein konto|konto erstellen|" +
  "se connecter|connexion|se déconnecter|déconnexion|s['’]inscrire|inscription|s['’]abonner|je m['’]abonne|abonnez-vous|mon compte|créer un compte|" +
  "iniciar sesión|inicia sesión|cerrar sesión|ingresar|ingresa|entrar|registrarse|regístrate|suscribirse|suscríbete|mi cuenta|crear cuenta|crea tu cuenta)";

/** What stands between account buttons on one line: "Log in / Register", "Anmelden oder Registrieren". */
export const F_ACCOUNT_SEPARATOR = '\\s*(?:/|\\||·|•|,|or|and|oder|ou|o|y|und)?\\s*';

/** Who a wall reserves an article for. */
export const F_SUBSCRIBERS = '(?:subscribers?|paying subscribers|members|premium (?:subscribers|members)|registered users|digital subscribers)';

/** A person's name: one to four capitalised words, maybe a handle or an address in brackets. */
export const F_PERSON_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|da|del|la|le)){0,3}(?:\\s*\\([^()]{1,60}\\))?";
