/**
 * legal: copyright lines, wire-service reproduction notices, terms-acceptance small print,
 * and the footer links to privacy policies, terms, imprints and contact pages.
 *
 * Link names that are unmistakable ("Privacy Policy", "Terms of Use", "Impressum",
 * "Mentions légales", "Aviso legal") go as whole lines; single words that could head an
 * article's section ("Privacy", "Accessibility", "Datenschutz", "Contact") go only in a
 * footer block of such links or beside one. Keeps: news prose about privacy policies,
 * copyright law and terms of service (whole sentences never match the anchored patterns).
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { unionOf } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';

const YEAR = '(?:19|20)\\d\\d';

/** Link names that are footer links wherever they stand alone on a line. */
const STRONG_LINKS = [
  // English
  'privacy (?:policy|notice|statement|settings|center|centre|preferences|choices|information|overview)',
  'online privacy policy', 'updated privacy policy', 'our privacy policy', 'privacy (?:policy )?(?:and|&) (?:terms|cookies?)(?: (?:of (?:use|service)|policy))?',
  'your (?:california |us state )?privacy (?:rights|choices)', 'california privacy rights', 'platform privacy',
  'terms (?:of (?:use|service|sale|access)|(?:and|&) conditions|and privacy|& privacy)', 'terms(?:,| and| &) (?:conditions|privacy)(?: policy)?',
  'terms of (?:use|service) (?:and|&) privacy(?: policy| notice)?', 'user agreement', 'subscriber agreement(?: (?:and|&) terms of (?:use|service))?',
  'conditions of (?:use|sale)', 'legal (?:notices?|information|terms|disclaimer)', 'copyright (?:policy|notice|information)',
  'contact us', 'contact me', 'about us', 'accessibility (?:statement|help|policy|links|& cc)', 'do not sell my (?:personal )?info(?:rmation)?',
  'do not sell or share my personal information', '(?:your )?ad ?choices', 'about our ads', 'interest[- ]based ads',
  'modern slavery (?:act )?statement', 'code of (?:ethics|conduct)', 'editorial (?:standards|guidelines|policy|policies)',
  'community (?:guidelines|standards|rules)', 'copyright (?:and|&) (?:reprints?|permissions)', 'reprints? (?:and|&) permissions',
  // German
  'impressum', 'datenschutzerklärung', 'datenschutzhinweise', 'datenschutzrichtlinie', 'datenschutz-?einstellungen',
  'nutzungsbedingungen', 'allgemeine geschäftsbedingungen', 'agb', 'über uns', 'rechtliche hinweise', 'haftungsausschluss',
  'barrierefreiheitserklärung', 'erklärung zur barrierefreiheit', 'datenschutz (?:und|&) nutzungsbedingungen',
  // French
  'mentions légales', 'politique de confidentialité', 'politique de protection des données(?: personnelles)?',
  'protection des données(?: personnelles)?', 'données personnelles', 'conditions générales(?: d[’\']utilisation| de vente)?',
  'conditions d[’\']utilisation', 'cgu', 'cgv', 'contactez-nous', 'nous contacter', 'qui sommes-nous ?\\??', 'charte de confidentialité',
  'vie privée', 'déclaration d[’\']accessibilité',
  // Spanish
  'aviso legal', 'nota legal', 'política de privacidad', 'política de protección de datos', 'protección de datos',
  'términos (?:y condiciones|de uso|de servicio)', 'condiciones (?:de uso|generales)(?: de uso)?', 'contáctanos', 'contacte con nosotros',
  'quiénes somos', 'sobre nosotros', 'declaración de accesibilidad',
];
/** Single words that are links in a footer but could head a section of an article. */
const WEAK_LINKS = [
  'privacy', 'terms', 'legal', 'disclaimer', 'imprint', 'copyright', 'contact', 'accessibility', 'cookies',
  'datenschutz', 'kontakt', 'barrierefreiheit', 'confidentialité', 'accessibilité', 'privacidad', 'contacto',
  'accesibilidad', 'aviso de privacidad', 'legales',
];
/** Other words of footers: they neither make a footer nor break one. */
const FOOTER_WORDS = [
  'about', 'sitemap', 'site map', 'site index', 'faqs?', 'help', 'help center', 'feedback', 'careers', 'jobs', 'advertise(?: with us)?',
  'advertising', 'media kit', 'rss(?: feeds?)?', 'newsletters?', 'subscribe', 'subscriptions?', 'support', 'customer service', 'press',
  'store', 'shop', 'events', 'archives?', 'corrections', 'masthead', 'staff', 'our company', 'work for us', 'cookie policy',
  'cookie (?:settings|preferences)', 'privacy (?:&|and) cookies(?: policy)?', 'home', 'contact [\\p{L}]+', 'about [\\p{L}]+', 'mediadaten', 'presse', 'abo', 'karriere', 'werben',
  'publicité', 'plan du site', 'nous rejoindre', 'publicidad', 'mapa del sitio', 'trabaja con nosotros', 'ayuda',
];

const anchored = (alternatives: readonly string[]) => new RegExp(`^(?:${alternatives.join('|')})[.:]?$`, 'iu');
// Kept as patterns (two are line patterns too) and asked through textTest, which asks the lower-cased line.
const STRONG_LINK = anchored(STRONG_LINKS);
const WEAK_LINK = anchored(WEAK_LINKS);
const FOOTER_WORD = anchored(FOOTER_WORDS);
/** Links run together on one line: "Terms of Service Privacy Notice". */
const LINK_RUN = new RegExp(`^(?:${STRONG_LINKS.join('|')})(?:\\s+(?:${[...STRONG_LINKS, ...WEAK_LINKS].join('|')}))+$`, 'iu');

const RIGHTS_RESERVED =
  '(?:all rights? reserved|alle rechte vorbehalten|tous droits réservés|(?:todos los )?derechos reservados|todos os direitos reservados|tutti i diritti riservati)';

/** Copyright lines, wire-service notices and terms-acceptance small print. */
const NOTICES: RegExp[] = [
  // "Copyright 2019 The Associated Press. All rights reserved. This material may not be ...", "Copyright © 2019, ..."
  new RegExp(`^(?:[Cc]opyright|COPYRIGHT)\\s*(?:©|\\([cC]\\))[\\s\\S]{0,400}$`, 'u'),
  new RegExp(`^(?:[Cc]opyright|COPYRIGHT)\\s+${YEAR}(?:\\s*[-–—]\\s*${YEAR})?[,.]?\\s+(?:by\\s+)?[\\p{Lu}\\d@][\\s\\S]{0,400}$`, 'u'),
  // "copyright Inexhibit 2019", "© Copyright Gannett 2018", "© Telegraph Media Group Limited 2019"
  new RegExp(`^(?:©\\s*)?[Cc]opyright\\s+[^.!?]{1,80}\\b${YEAR}\\b[^.!?]{0,60}$`, 'u'),
  // "© 2019 Example Media. All rights reserved.", "©2019 Forbes Media LLC", "(c) 2019 ..."
  new RegExp(`^(?:©|&copy;)\\s*(?:[Cc]opyright\\s*)?${YEAR}[\\s\\S]*$`, 'u'),
  // "© ScienceAlert Pty Ltd. All rights reserved.", "© The Detroit News, a Digital First Media Newspaper", "© Sky UK 2019"
  new RegExp(`^©\\s*[^©]{1,200}(?:${YEAR}|${RIGHTS_RESERVED}|\\b(?:Inc|Ltd|LLC|GmbH|AG|SA|S\\.A\\.|plc|Corp|Corporation|Limited|Media|Group|Company|Network|Newspapers?|Publishing)\\b\\.?)[\\s\\S]{0,300}$`, 'iu'),
  // "All rights reserved.", "Wccftech © 2019 NewAge ADS, LLC. All rights reserved.", "@2016 - PenciDesign. All Right Reserved."
  new RegExp(`^${RIGHTS_RESERVED}\\.?$`, 'iu'),
  new RegExp(`^[^.!?]{0,120}(?:©|[Cc]opyright|@?${YEAR})[^!?]{0,120}[.,|–—-]\\s*${RIGHTS_RESERVED}\\b[\\s\\S]{0,300}$`, 'u'),
  // "Wccftech © 2019 NewAge ADS", "The contents of this site are ©2019 Capitol Hill Publishing Corp."
  new RegExp(`^[^©]{0,80}©\\s*${YEAR}\\b[^©]{0,200}$`, 'u'),
  // Wire-service notices.
  /^(?:this|the) (?:material|article|content|story|report|copy|contents?)(?: on this (?:web ?)?site)? (?:may|must|can) not be (?:re)?(?:published|reproduced|copied|distributed|used)\b.{0,200}$/iu,
  /^no part of this (?:site|website|publication|article|page)\b.{0,200}\b(?:reproduced|copied|transmitted|republished)\b.{0,200}$/iu,
  /^(?:this copy is )?for (?:your )?personal,? non-commercial use only\b.{0,400}$/iu,
  /^(?:toute )?reproduction (?:totale ou partielle )?(?:est )?(?:interdite|strictement interdite)\b.{0,200}$/iu,
  /^toute reproduction\b.{0,80}\binterdite\b.{0,200}$/iu,
  /^(?:queda )?prohibida (?:su|la) reproducción\b.{0,200}$/iu,
  /^(?:vervielfältigung|nachdruck|weiterverbreitung)\b.{0,80}\b(?:nur mit|untersagt|verboten|nicht gestattet)\b.{0,200}$/iu,
  // "Use of this site constitutes acceptance of our User Agreement", "Registration on or use of this site constitutes ..."
  // "Opinions expressed by Example contributors are their own.", "The views expressed in this article are the author's own"
  /^(?:disclaimer:\s*)?(?:the )?(?:opinions?|views?)(?: and (?:opinions?|views?))? expressed (?:by|in|here|on)\b[^.]{0,60}\b(?:are|is|do not|does not)\b[^.]{0,40}\b(?:own|those of|necessarily|reflect)\b.{0,160}$/iu,
  /^(?:your )?(?:use of|registration on|access to)(?:\s+(?:and\/or|or|and)\s+(?:use of|registration on))?\s+(?:any (?:portion|part) of\s+)?(?:this|our|the) (?:web ?)?(?:site|website|service)s?\b[^.]{0,40}\b(?:constitutes|signifies|indicates|means)\b.{0,300}$/iu,
];

/** The notices asked as one question: most lines match none. */
const ANY_NOTICE = unionOf(NOTICES);

/** A character that the separators of a link list (below) all contain. */
const LINK_LIST_SEPARATOR_CHAR = /[|·•–—-]/;

/** Footer link lines strung together with separators: "Terms of Use | Privacy | Sitemap". */
function isLinkList(text: string): boolean {
  // Without a separator the split leaves at most one part, never a list.
  if (!LINK_LIST_SEPARATOR_CHAR.test(text)) return false;
  // Split at the marks, then trim: spaces around the marks in the pattern itself would backtrack on long runs of spaces.
  const parts = text.split(/[|·•]|\s[–—-]\s/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 6)) return false;
  const legal = parts.filter((p) => textTest(STRONG_LINK).test(p) || textTest(WEAK_LINK).test(p)).length;
  const footer = parts.filter((p) => textTest(FOOTER_WORD).test(p)).length;
  return legal >= 1 && (legal + footer) * 2 >= parts.length && legal + footer >= 2;
}

type Kind = 'strong' | 'weak' | 'footer' | 'none';

function kindOfUncached(text: string): Kind {
  if (textTest(STRONG_LINK).test(text) || textTest(LINK_RUN).test(text) || ANY_NOTICE.test(text) || isLinkList(text)) return 'strong';
  if (textTest(WEAK_LINK).test(text)) return 'weak';
  if (textTest(FOOTER_WORD).test(text)) return 'footer';
  return 'none';
}
const kindOf = memoizeByText(kindOfUncached);

/** A block of footer links: short lines, at least two of them legal links, nothing that reads as a sentence. */
function isFooterBlock(block: Block, kinds: readonly Kind[]): boolean {
  if (block.lines.length < 2) return false;
  const legal = kinds.filter((k) => k === 'strong' || k === 'weak').length;
  const strong = kinds.filter((k) => k === 'strong').length;
  if (strong < 1 || legal < 2 || legal * 10 < block.lines.length * 3) return false;
  return block.lines.every((l, i) => kinds[i] !== 'none' || (l.text.split(/\s+/).length <= 6 && !/[.!?:]$/u.test(l.text)));
}

function isLegalBlock(block: Block | undefined): boolean {
  if (!block) return false;
  const kinds = lineKinds(block);
  return kinds.includes('strong') && kinds.every((k) => k !== 'none');
}

function lineKindsUncached(block: Block): readonly Kind[] {
  return block.lines.map((l) => kindOf(l.text));
}
const lineKinds = memoizeByBlock(lineKindsUncached);

/** What the block's own lines decide, without its neighbours: a footer block, or its legal lines. */
function ownFindingsUncached(block: Block): Finding | Finding[] | null {
  const kinds = lineKinds(block);
  if (isFooterBlock(block, kinds)) return { reason: 'footer block of legal links' };

  const findings: Finding[] = [];
  kinds.forEach((k, i) => {
    if (k === 'strong') findings.push({ line: i, reason: 'legal notice or link' });
    else if (k === 'weak') {
      // "Privacy", "Contact", "Datenschutz": only beside another legal link of the block.
      const near = [kinds[i - 1], kinds[i + 1]].some((n) => n === 'strong' || n === 'weak');
      if (near && kinds.includes('strong')) findings.push({ line: i, reason: 'legal link beside legal links' });
    }
  });
  return findings.length ? findings : null;
}
const ownFindings = memoizeByBlock(ownFindingsUncached);

export const legal: Rule = {
  meta: {
    id: 'legal',
    category: 'legal',
    description: 'Copyright lines, reproduction notices, terms small print and footer links to privacy, terms and imprint pages.',
    docs: builtInDocsUrl('legal'),
    defaultOn: true,
    endsArticle: false,
    listsLinks: false,
    pass: 'widget',
  },
  linePatterns: [STRONG_LINK, LINK_RUN, ...NOTICES],
  classify(block: Block, context: RuleContext): Finding | Finding[] | null {
    const own = ownFindings(block);
    if (own) return Array.isArray(own) ? own.slice() : own;

    // A single weak link in its own block, beside a block of legal links.
    if (block.lines.length === 1 && lineKinds(block)[0] === 'weak') {
      const beside = [-1, 1].some((o) => context.removedCategory(o) === 'legal' || isLegalBlock(context.neighbour(o)));
      if (beside) return { line: 0, reason: 'legal link beside legal links' };
    }
    return null;
  },
};
