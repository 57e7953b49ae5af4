/**
 * ads: advertisement labels and slots, "story continues below" markers, sponsored and
 * promoted-content labels, and the lists of paid links under a "Sponsored links" header.
 *
 * Labels go only as whole lines ("Advertisement", "ADVERTISEMENT", "- Anzeige -",
 * "Publicité", "Publicidad", "Sponsored Content", "Story continues below advertisement").
 * Keeps: prose that talks about advertising, advertisements, sponsors or promotions.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { isHeadlineListBlock, isHeadlineLine, isProseBlock, wordCount } from './support/lines.js';
import { memoizeByBlock } from '../text/memo.js';
import { builtInDocsUrl } from './docs-url.js';

/** Decoration around a label: "- Advertisement -", "[ Anzeige ]", "— ADVERTISEMENT —", "Advertisement:". */
const PRE = '^[\\s\\-–—_*•·|\\[(<]*';
const POST = '[\\s\\-–—_*•·|\\])>:]*$';
const label = (source: string) => new RegExp(`${PRE}(?:${source})${POST}`, 'iu');

const LABELS = [
  // English
  'advertisement|advertisements|advertisment|advert|adverts|ad|ads|ad feedback|ad choices|adchoices|advertorial|sponsored advert',
  'sponsored|sponsored (?:content|links?|stories|story|posts?|articles?|listings?|products?|partner content)|sponsor content',
  'paid (?:content|post|partnership|promotion|program|partner content|for by [\\p{L}\\d&.,\'’ -]{1,40})',
  'promoted|promoted (?:content|stories|links|posts?|listings?)|partner content|content from our partners?|from our (?:sponsors?|partners?)',
  'sponsored by [\\p{L}\\d&.,\'’ -]{1,40}|promoted by [\\p{L}\\d&.,\'’ -]{1,40}|ads? by [\\p{L}\\d&.,\'’ -]{1,30}',
  'recommended by (?:outbrain|taboola|revcontent|mgid)|sponsored content by [\\p{L}\\d&.,\'’ -]{1,30}|(?:taboola|outbrain) feed',
  'report (?:this )?ad|why this ad\\??|close ad|skip ad|stop seeing this ad|ad closed by [\\p{L}]+|remove ads|hide ads|ads? loading|advertisement loading',
  '(?:story|article|content|text|post|report) continues (?:below|after) (?:this )?(?:the )?(?:advertisement|advert|ad)|(?:story|article|content) continues below',
  '(?:advertisement|ad)\\s*[-–—:]?\\s*(?:continue|scroll(?: down)?(?: to continue)?) reading(?: below)?|continue reading below|scroll to continue with content',
  '(?:continue|keep) reading (?:after|below) (?:the |this )?(?:ad|advertisement)|the article continues after (?:the |this )?(?:ad|advertisement)',
  // German
  'anzeige|anzeigen|werbung|werbeanzeige|gesponsert|gesponserter (?:inhalt|beitrag|artikel)',
  '(?:der )?(?:artikel|text|beitrag) (?:wird )?(?:geht )?(?:weiter|fortgesetzt) (?:nach|unter) (?:der|dieser) (?:anzeige|werbung)|weiter nach der (?:anzeige|werbung)|lesen sie nach der (?:anzeige|werbung) weiter',
  // French
  'publicité|publicite|contenu (?:sponsorisé|sponsorise|partenaire|commandité|de marque)|sponsorisé|sponsorise|publireportage|publi-?information|annonce',
  "(?:la )?suite (?:de l['’]article )?(?:après|apres|sous) (?:cette|la) (?:publicité|publicite|pub)|l['’]article continue (?:après|apres|sous) (?:cette|la) (?:publicité|pub)",
  // Spanish and Portuguese
  'publicidad|anuncio|anuncios|contenido (?:patrocinado|de marca|promocionado)|patrocinado|patrocinada|publirreportaje|publicidade|conteúdo patrocinado|patrocinado por [\\p{L}\\d&., -]{1,40}',
  '(?:la noticia|el artículo|el articulo|la nota) (?:continúa|continua|sigue) (?:tras|después de|despues de|debajo de) (?:la|el) (?:publicidad|anuncio)|(?:sigue|continúa|continua) leyendo (?:tras|después de|despues de) (?:la publicidad|el anuncio)',
  // Other languages commonly met in scraped news
  'pubblicità|pubblicita|contenuto sponsorizzato|reklama|реклама|iklan|advertentie|gesponsord',
];

const LINE_PATTERNS: RegExp[] = [
  ...LABELS.map(label),
  // "Oracle BrandVoice | Paid Program"
  /^[\p{L}\d&.,'’ -]{1,40}\|\s*(paid program|paid post|sponsored content|sponsored)$/iu,
  // Affiliate disclosures: "This post may contain affiliate links", "When you purchase through links on our site, we may earn an affiliate commission"
  /^(?:(?:this|the) (?:post|article|page|story|site|guide|review) (?:may )?contains? (?:affiliate|referral)\b.{0,200}|.{0,120}\b(?:we|I|us)\b[^.]{0,40}\b(?:may |might |could |will )?(?:earn|receive|get|make) (?:an? )?(?:small |affiliate |sales )?(?:commission|share of (?:the )?(?:sales|revenue))\b.{0,200}|as an amazon associate,? (?:we|I) earn\b.{0,120}|[\p{L}\d&.' -]{1,40} (?:may|might) (?:receive|earn) (?:an? )?(?:affiliate )?commission\b.{0,80})$/iu,
];

/** Headers of a list of paid links (Taboola, Outbrain and the like). */
const PAID_LIST_HEADER = label(
  'sponsored (?:links|stories|posts|articles|headlines)|promoted (?:stories|links)|paid links|(?:more )?from (?:around|across) the web|around the web|from our partners|partner stories|anzeigen|liens sponsorisés|articles sponsorisés|enlaces patrocinados|noticias patrocinadas',
);

function endsWithPaidHeaderUncached(block: Block): boolean {
  const lines = block.lines;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (PAID_LIST_HEADER.test(lines[i]!.text)) return true;
    if (!isHeadlineLine(lines[i]!.text)) return false;
  }
  return false;
}
const endsWithPaidHeader = memoizeByBlock(endsWithPaidHeaderUncached);

/** A block of teaser headlines under a "Sponsored links" header (through other removed blocks). */
function paidList(block: Block, context: RuleContext): Finding | null {
  if (!isHeadlineListBlock(block)) return null;
  if (block.lines.length === 1 && wordCount(block.text) < 7 && isProseBlock(context.neighbour(1)) && !context.removedCategory(1)) return null;
  for (let off = -1; off >= -12; off--) {
    const b = context.neighbour(off);
    if (!b) return null;
    if (endsWithPaidHeader(b)) return { reason: 'headline list under a sponsored-links header' };
    const removed = context.removedCategory(off);
    if (removed && removed !== 'ads') return null;
    if (!removed && !isHeadlineListBlock(b)) return null;
  }
  return null;
}

/** Paid-links headers in the block and the headlines right under them. */
function headerFindingsUncached(block: Block): Finding[] {
  const lines = block.lines;
  const findings: Finding[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!PAID_LIST_HEADER.test(lines[i]!.text)) continue;
    findings.push({ line: i, reason: 'sponsored-links header' });
    for (let j = i + 1; j < lines.length && isHeadlineLine(lines[j]!.text); j++) findings.push({ line: j, reason: 'headline under a sponsored-links header' });
  }
  return findings;
}
const headerFindings = memoizeByBlock(headerFindingsUncached);

export const ads: Rule = {
  meta: {
    id: 'ads',
    category: 'ads',
    description: 'Advertisement labels and slots, sponsored and promoted content, "story continues below" markers.',
    docs: builtInDocsUrl('ads'),
    defaultOn: true,
    endsArticle: false,
    listsLinks: false,
    pass: 'widget',
  },
  classWords: ['advertisement', 'advertisements', 'adslot', 'adunit', 'adsbygoogle', 'advert', 'adverts', 'dfp', 'taboola', 'outbrain', 'sponsored'],
  selectors: ['ins.adsbygoogle', '[id^="div-gpt-ad"]', '[data-ad-slot]', '[data-ad-unit]'],
  linePatterns: LINE_PATTERNS,
  classify(block, context) {
    // Lines after a paid-links header inside the same block.
    const findings = headerFindings(block);
    if (findings.length > 0) return findings.slice();
    return paidList(block, context);
  },
};
