/**
 * share: share bars, social buttons and "follow us" links.
 *
 * Explicit widget lines ("Share this:", "Share on Facebook", "Tweet", "Copy link", "Teilen",
 * "Partager", "Compartir", "Follow us on Twitter", "858 shares") go wherever they stand.
 * Bare network names ("Facebook", "Twitter", "Email", "Print") go only as a bar: a block or
 * a run of blocks made of such names with at least two networks, or a share line beside
 * them, or a widget removed next to them. Keeps: prose about Facebook, sharing and shares,
 * and lists that merely include a network among other names.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { isLabel, isProseBlock } from './support/lines.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { unionOf } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';

/** Networks whose name alone, in a run of such names, is a share or follow button. */
const STRONG_NETWORKS = [
  'facebook', 'facebook messenger', 'messenger', 'twitter', 'x \\(twitter\\)', 'x \\(formerly twitter\\)', 'linkedin', 'whatsapp',
  'pinterest', 'reddit', 'tumblr', 'flipboard', 'telegram', 'google\\+', 'google plus', 'vk', 'vkontakte', 'xing', 'viber',
  'instagram', 'youtube', 'tiktok', 'snapchat', 'bluesky', 'mastodon', 'weibo', 'wechat', 'hacker news',
  'hatena', 'kakaotalk', 'kakao', 'naver', 'ok\\.ru', 'odnoklassniki', 'digg', 'stumbleupon', 'evernote', 'skype',
];

/** Buttons of a bar that also mean other things alone ("Print", "Copy", "Mail"). */
const WEAK_ITEMS = [
  'e-?mail', 'mail', 'email me', 'e-mail me', 'print', 'copy', 'copy link', 'copy url', 'copy the link', 'link', 'permalink',
  'sms', 'text', 'x', 'line', 'threads', 'pocket', 'buffer', 'mix', 'pin', 'pin it', 'submit', 'save', 'more', 'tweet', 'like', 'rss', 'rss feed',
  'drucken', 'twittern', 'link kopieren', 'imprimer', 'courriel', 'copier le lien', 'tweeter', 'imprimir', 'correo',
  'correo electrónico', 'copiar enlace', 'copiar link', 'tuitear',
];

/** The share verb and its nouns in English, German, French, Spanish (and Portuguese). */
const SHARE = '(?:share|teilen|partager|compartir|compartilhar|partilhar)';
const NETWORK_NAMES = [...STRONG_NETWORKS, ...WEAK_ITEMS].sort((a, b) => b.length - a.length).join('|');
/** A network name or list of them: "Facebook", "Facebook Twitter Reddit Google+", "Facebook, Twitter (@NYT) and Instagram". */
const NETWORK_LIST = `(?:${NETWORK_NAMES})(?:\\s*\\(@?[\\w.]+\\))?(?:(?:\\s*[,|•·/]\\s*|\\s+(?:and|or|und|oder|et|ou|y|o|e)\\s+(?:on\\s+)?|\\s+)(?:${NETWORK_NAMES})(?:\\s*\\(@?[\\w.]+\\))?)*`;

const NETWORK_LINE = textTest(new RegExp(`^${NETWORK_LIST}$`, 'iu'));
const STRONG_ONE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${STRONG_NETWORKS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

const OBJECT = '(?:article|story|post|page|entry|video|link|gallery|photo|image|this|it|recipe|on|via)';

const SHARE_LINES: RegExp[] = [
  // English
  new RegExp(`^${SHARE}( this| it| now)?\\s*[:!]?$`, 'iu'),
  new RegExp(`^share (this|the|our|that) ${OBJECT}( (on|via|with|by) .{1,30})?\\s*[:!]?$`, 'iu'),
  new RegExp(`^(share|post|send|tweet|pin|email|e-mail|mail)( this| it)?( (on|to|via|with|by|in|using)) ?:?\\s*(${NETWORK_LIST})?\\s*[:!]?$`, 'iu'),
  new RegExp(`^share (this |it )?(on|to|via|with|by|in|using)[: ]+${NETWORK_LIST}$`, 'iu'),
  new RegExp(`^${NETWORK_LIST}\\s+share( via)?:?$`, 'iu'),
  /^share( all| more)? (sharing )?options( for: .{1,200})?$/iu,
  /^(show|hide|close|more|all|open)( extra| more| all)? (sharing|share) (options|buttons|tools|links)$/iu,
  /^share (close|all|tweet|permalink|selection|link|icon|button|buttons|bar|story)( \w+){0,3}$/iu,
  /^(sharing is caring|spread the word|please share|share the love|share and enjoy|like this:?|like and share)[.!]*$/iu,
  /^share this (story|article|post) about sharing$/iu,
  /^(about sharing|read more about sharing\.?|shares|close share panel|copy this link)$/iu,
  // The like box of WordPress's share bar ("Like this:" / "Like" / "Be the first to like this.")
  /^(be the first to like this|sei der erste, dem dies gefällt|soyez le premier à aimer (ceci|cet article)|sé el primero en decir que te gusta)\.?$/iu,
  /^click (here )?to (share|email|e-mail|print|tweet|pin|save)( this| it)?( (on|via|to|with|by) [\w+ ]{1,20})?( (this )?to a friend)?( \(opens in (a )?new window\))?$/iu,
  /^(tweet|share tweet|share tweet submit|tweet share|tweet this|click to tweet|pin it|pin this|save to pocket|email this( (article|story|page|post))?|e-mail this( (article|story|page|post))?|print this( (article|story|page|post))?|print (article|story|page)|send (this )?to a friend|email to a friend|e-mail to a friend|forward to a friend)$/iu,
  /^(copy (the )?(link|url)|copy (article )?link|link copied( to clipboard)?|url copied!?|copy link url copied!?|copied!?)$/iu,
  /^[\d.,]+\s*[km]?\s*(shares?|total shares|partages|compartidos|veces compartido|mal geteilt)$/iu,
  /^(shares?|total shares)[:\s]+[\d.,]+\s*[km]?$/iu,
  /^this (story|article|post|page) has been shared [\d.,]+ times\.?( [\d.,]+)?$/iu,
  // Follow links
  /^follow( us| me)?\s*(on|at|via)?\s*:?$/iu,
  new RegExp(`^follow (us|me|on) (on |at |via )?:?\\s*${NETWORK_LIST}[.!]?$`, 'iu'),
  new RegExp(`^follow [^.!?:]{1,60}? on ${NETWORK_LIST}[.!]?$`, 'iu'),
  /^follow (us )?for (breaking news|the latest|more)\b.{0,60}$/iu,
  /^follow (the )?(author|authors|reporter|writer|columnist|topics?)( of this (article|story|post))?( within this (article|story))?$/iu,
  // German
  /^(artikel|beitrag|seite|video|link|inhalt) (teilen|versenden|drucken|per (e-?mail|mail) (teilen|versenden))$/iu,
  new RegExp(`^(auf|bei|via|über|per) ${NETWORK_LIST} teilen$`, 'iu'),
  new RegExp(`^teilen (auf|bei|via|über|per) ${NETWORK_LIST}$`, 'iu'),
  /^(diesen|den) (artikel|beitrag) (teilen|versenden|drucken)$/iu,
  /^(link kopieren|link wurde kopiert|twittern|teilen(\s*[:!])?|jetzt teilen)$/iu,
  new RegExp(`^(folgen sie uns|folge uns|folgt uns)( (auf|bei|via) ${NETWORK_LIST})?\\s*[:!.]?$`, 'iu'),
  // French
  /^partager (l['’]|cet |cette |la |le )(article|page|vidéo|publication|lien)$/iu,
  new RegExp(`^partager (sur|via|par|avec) ${NETWORK_LIST}$`, 'iu'),
  /^(partager|envoyer|imprimer) (par|l['’]article|cet article|à un ami|par (e-?mail|courriel))$/iu,
  /^(copier le lien|lien copié|tweeter|partager :)$/iu,
  new RegExp(`^(suivez-nous|suivez nous|retrouvez-nous)( (sur|via) ${NETWORK_LIST})?\\s*[:!.]?$`, 'iu'),
  // Spanish (and Portuguese)
  /^(compartir|comparte|compartilhe|partilhe) (este|esta|el|la|o|a) (artículo|articulo|noticia|nota|página|pagina|video|vídeo|enlace|post|matéria|materia)$/iu,
  new RegExp(`^(compartir|comparte|compartilhar|partilhar) (en|por|vía|via|con|no|na|pelo|pela) ${NETWORK_LIST}$`, 'iu'),
  /^(enviar (por (e-?mail|correo)|a un amigo)|imprimir (artículo|articulo|noticia|esta noticia|página)|copiar (el )?enlace|enlace copiado|copiar link|link copiado)$/iu,
  new RegExp(`^(síguenos|siguenos|sígueme|siga-nos|siganos)( (en|no|na) ${NETWORK_LIST})?\\s*[:!.]?$`, 'iu'),
];

/** The share lines asked as one question: most lines match none. */
const ANY_SHARE_LINE = unionOf(SHARE_LINES);

type Item = 'share' | 'network' | 'other';

interface LineInfo {
  item: Item;
  strong: number;
  weak: boolean;
}

function lineInfoUncached(text: string): LineInfo {
  if (ANY_SHARE_LINE.test(text)) return { item: 'share', strong: 0, weak: false };
  if (NETWORK_LINE.test(text)) {
    const strong = (text.match(STRONG_ONE) ?? []).length;
    return { item: 'network', strong, weak: strong === 0 };
  }
  return { item: 'other', strong: 0, weak: false };
}
const lineInfo = memoizeByText(lineInfoUncached);

interface BarEvidence {
  /** Every line is a share line, a network name, or a short label among enough network names. */
  barShaped: boolean;
  shareLines: number;
  strong: number;
  weak: number;
}

function barEvidenceUncached(block: Block): BarEvidence {
  let shareLines = 0;
  let strong = 0;
  let weak = 0;
  let others = 0;
  for (const line of block.lines) {
    const info = lineInfo(line.text);
    if (info.item === 'share') shareLines++;
    else if (info.item === 'network') {
      strong += info.strong;
      if (info.weak) weak++;
    } else if (/^[\d.,]+\s*[km]?$/iu.test(line.text) || isLabel(line.text, 4)) others++;
    else return { barShaped: false, shareLines, strong, weak };
  }
  const items = block.lines.length - others;
  // A few other labels among the buttons ("Talk", "Subscribe to Newsletter", "Contact Us") when the networks dominate.
  const barShaped = items > 0 && (others === 0 || (others * 4 <= block.lines.length && strong + shareLines >= 2) || (strong >= 3 && others <= strong));
  return { barShaped, shareLines, strong, weak };
}
const barEvidence = memoizeByBlock(barEvidenceUncached);

/** Categories of link widgets that share bars sit beside. */
const WIDGET_NEIGHBOURS = new Set(['share', 'related', 'navigation']);

function classifyBar(block: Block, context: RuleContext): Finding | null {
  const own = barEvidence(block);
  if (!own.barShaped) return null;
  if (own.shareLines > 0 && own.strong + own.weak > 0) return { reason: 'share line with network buttons' };
  if (own.strong >= 2 || (own.strong >= 1 && own.weak >= 1)) return { reason: 'block of share-network buttons' };

  // One or two names alone: look along the run of bar-shaped blocks around it.
  let strong = own.strong;
  let weak = own.weak;
  let shareLines = own.shareLines;
  for (const dir of [-1, 1]) {
    for (let off = dir; Math.abs(off) <= 8; off += dir) {
      const category = context.removedCategory(off);
      if (category === 'share') {
        shareLines++;
        break;
      }
      const b = context.neighbour(off);
      if (!b) break;
      const ev = barEvidence(b);
      if (!ev.barShaped) break;
      strong += ev.strong;
      weak += ev.weak;
      shareLines += ev.shareLines;
    }
  }
  // A single network name before prose may be the article's subheading, even after a share line.
  const headsProse = block.lines.length === 1 && isProseBlock(context.neighbour(1)) && !context.removedCategory(1);
  if (strong >= 2 || (strong >= 1 && weak >= 1)) return { reason: 'network button in a run of share buttons' };
  if (shareLines > 0 && !(headsProse && own.strong === 1)) return { reason: 'network button in a run of share buttons' };

  // A lone network name against another removed link widget, unless it heads the prose after it.
  if (own.strong >= 1 && block.lines.length === 1 && !headsProse) {
    const before = context.removedCategory(-1);
    const after = context.removedCategory(1);
    if ((before && WIDGET_NEIGHBOURS.has(before)) || (after && WIDGET_NEIGHBOURS.has(after))) {
      return { reason: 'network button beside a removed widget' };
    }
  }
  return null;
}

export const share: Rule = {
  meta: {
    id: 'share',
    category: 'share',
    description: 'Share bars, social-network buttons, share counts and "follow us" links.',
    docs: builtInDocsUrl('share'),
    defaultOn: true,
    endsArticle: true,
    listsLinks: true,
    pass: 'widget',
  },
  classWords: ['share', 'sharing', 'sharebar', 'sharetools', 'sharethis', 'sharedaddy', 'socialshare', 'addtoany', 'addthis', 'shariff'],
  selectors: ['.a2a_kit', '.addthis_toolbox', '[class*="share-buttons"]', '[class*="social-share"]'],
  linePatterns: SHARE_LINES,
  classify(block, context) {
    return classifyBar(block, context);
  },
};
