/**
 * The pipeline in one place: parse -> classify (rules, then context) -> assemble.
 * `analyse` keeps the intermediate picture for --explain; `clean` returns the result.
 */
import type { Block, Category, CleanResult, Document, Rule } from './types.js';
import { parseText } from './parse/text.js';
import { htmlDocument } from './classify/html/index.js';
import { sniffInputKind } from './parse/sniff-kind.js';
import { runRules } from './classify/run-rules.js';
import { applyContext, findRunAfterTitle } from './classify/context-pass.js';
import { PARAGRAPH_WORDS, removeShortLinesBeforeHeadline } from './classify/before-headline.js';
import { removeHeaderMatter } from './classify/header-zone.js';
import { articleEndings, linkListHeaders, modelRestoreOdds, runsContentPass, threadOpeners } from './rules/pipeline-meta.js';
import { applyRecallGuard } from './classify/recall-guard.js';
import type { TemplateModel } from './learn/template-model.js';
import { removeOutsideArticle, widenRunInArticle } from './classify/html-article.js';
import { removeRepeatedBlocks } from './classify/html-duplicates.js';
import { removeRestOfLists } from './classify/html-lists.js';
import { type BlockVerdict, claimedVerdicts } from './classify/verdicts.js';
import { collectRemovals } from './classify/removals.js';
import { normaliseInput } from './text/normalise-input.js';
import { selectRules, type RuleSelection } from './rule-set/select.js';
import { configureRules } from './rules/options.js';
import { withPacks } from './rules/pack-rules.js';
import { builtInRules } from './rules/index.js';
import type { PackSelection } from './rules/phrases/pack-selection.js';
import { findBlockMatching, findRepeatedPageTitle, findTitle, looksLikeTitle } from './extract/title.js';
import { findPublished, normaliseDate } from './extract/published.js';
import { findByline } from './extract/byline.js';
import { findSite } from './extract/site.js';
import { chooseMetadata, titleOutsideBody, type ArticleMetadata } from './extract/article-metadata.js';
import { markupName } from './extract/byline-candidates.js';
import type { TitleHints } from './extract/title-candidates.js';
import { withoutSiteName } from './extract/site-name.js';
import { assembleParagraphs } from './extract/paragraphs.js';
import { resultWarnings } from './extract/warnings.js';
import { normaliseSpaces } from './text/words.js';
import { forgetTexts, forgetTextsAfterPass } from './text/memo.js';
import { decideByModel } from './learn/block-model/decide.js';
import type { BlockModel } from './learn/block-model/forest.js';
import { startClock, stopClock } from './document-clock.js';

/**
 * `enable`/`disable` choose rules by id; `enablePacks`/`disablePacks` choose the site and
 * CMS packs of the built-in rules' phrases (all on by default; docs/phrases.md).
 */
export interface CleanOptions extends RuleSelection, PackSelection {
  /** ISO 639-1 language code, when known; it picks the stop-word list. */
  lang?: string;
  /**
   * What the input is: `auto` (the default) tells an HTML page from a text dump by its first
   * characters, as the command does, and a Markdown dump from a plain one by its syntax;
   * `html`, `markdown` and `text` (a dump whose Markdown-looking syntax is text) say it.
   */
  inputKind?: 'auto' | 'text' | 'html' | 'markdown';
  /** The rules to choose from: the built-in ones unless given (add custom rules here). */
  rules?: readonly Rule[];
  /** Option values by rule id, for rules that declare options. */
  ruleOptions?: { readonly [ruleId: string]: { readonly [option: string]: unknown } };
  /**
   * The recall guard's threshold (0..1): when more than this share of the document's prose
   * would be removed, the main run of prose is kept and the result's `guard` says so.
   * Default 0.8; 1 switches the guard off.
   */
  maxRemoval?: number;
  /**
   * The most time the document may take, in milliseconds: past it, cleaning stops with a
   * DocumentTimeoutError. None by default.
   */
  timeout?: number;
  /** A template learned from the corpus, and the group (site or folder) this document belongs to. */
  template?: { model: TemplateModel; group: string };
  /**
   * Who has the last word on which blocks stay: the block model learned from labelled pages
   * (`model`, the default; see docs/block-model.md), or the hand-written rules and context
   * pass alone (`rules`). Under either, what a category rule removed stays removed (under
   * `model`, unless the rule's meta gives `modelRestoresAt`, as comments does), and
   * with the prose rule switched off the rules decide. `blockModel` replaces the shipped model.
   */
  decision?: 'rules' | 'model';
  blockModel?: BlockModel;
}

export interface Analysis {
  document: Document;
  verdicts: BlockVerdict[];
  /** Index of the block used as the title, if any. */
  titleBlock: number | undefined;
  /** Where the article's body starts (-1: no body found). */
  bodyStart: number;
  /** What was weighed for the title, byline and date, with each candidate's features (for learning them). */
  metadataCandidates: ArticleMetadata['candidates'];
  result: CleanResult;
}

/** Cleans one document's text and returns the article with everything that was removed. */
export function clean(input: string, options: CleanOptions = {}): CleanResult {
  return analyse(input, options).result;
}

export function analyse(input: string, options: CleanOptions = {}): Analysis {
  startClock(options.timeout);
  try {
    return analyseTimed(input, options);
  } finally {
    stopClock();
  }
}

function analyseTimed(input: string, options: CleanOptions): Analysis {
  forgetTexts();
  const source = normaliseInput(input);
  const available = withPacks(options.rules ?? builtInRules, options);
  const rules = withTemplate(configureRules(selectRules(options, available), options.ruleOptions), options.template);
  const kind = options.inputKind ?? 'auto';
  const document =
    kind === 'html' || (kind === 'auto' && sniffInputKind(source) === 'html')
      ? htmlDocument(source, rules, options.lang)
      : parseText(source, options.lang, kind === 'auto' ? undefined : kind);
  const verdicts = runRules(document, rules, claimedVerdicts(document));
  forgetTextsAfterPass(document.blocks.length);
  const meta = document.meta ?? {};
  const proseOn = runsContentPass(rules);
  const endsArticle = articleEndings(rules);
  const opensThread = threadOpeners(rules);
  // A title the markup names (or a text dump's first line, said again) anchors the article: its body starts after the title's block.
  const pageTitle = !meta.title && document.inputKind === 'text' ? findRepeatedPageTitle(document.blocks, verdicts) : undefined;
  const markedTitle = meta.title ? findBlockMatching(document.blocks, verdicts, meta.title) : pageTitle?.index;
  if (document.inputKind === 'html') {
    removeRestOfLists(document, verdicts, linkListHeaders(rules));
    if (proseOn) removeOutsideArticle(document, verdicts, new Set(markedTitle === undefined ? [] : [markedTitle]));
  }
  let run = findRunAfterTitle(document, verdicts, markedTitle, pageTitle?.same === true);
  if (document.inputKind === 'html') run = widenRunInArticle(document, verdicts, run, markedTitle, endsArticle);
  const titleBlock = markedTitle !== undefined && markedTitle < run.first ? markedTitle : meta.title ? findBlockMatching(document.blocks, verdicts, meta.title, run.first) : findTitle(document.blocks, verdicts, run.first);
  const chosen = chooseMetadata(document, verdicts, run.first, titleHints(document), titleBlock);
  const header = headerLines(document.blocks, verdicts, titleBlock, run.first);
  const dateline = findPublished(header.map((h) => h.text));
  const byline = (meta.byline && markupName(meta.byline)) || findByline(header.map((h) => h.text), dateline?.line);

  if (proseOn) {
    const keep = new Set(titleBlock === undefined ? [] : [titleBlock]);
    applyContext(document, verdicts, run, keep, endsArticle, opensThread);
    if (document.inputKind === 'html') removeRepeatedBlocks(document, verdicts, keep);
    removeHeaderMatter(document, verdicts, titleBlock);
  }
  const guard = applyRecallGuard(document, verdicts, options.maxRemoval, opensThread);
  const decision = proseOn && (options.decision ?? 'model') === 'model' ? decideByModel({ document, verdicts, titleBlock, bodyStart: run.first, guard }, options.blockModel, modelRestoreOdds(rules)) : undefined;
  const title = titleOutsideBody(document, chosen, verdicts, titleBlock);
  if (proseOn) removeShortLinesBeforeHeadline(document.blocks, verdicts, title?.index);
  const paragraphs = assembleParagraphs(document.blocks, verdicts, titleBlocks(document.blocks, verdicts, titleBlock, title?.index));
  const removed = collectRemovals(document, verdicts);

  const result: CleanResult = {
    title: title?.text ?? meta.title ?? (titleBlock === undefined ? null : titleText(document.blocks[titleBlock]!, titleBlock === 0)),
    byline: chosen.byline?.text ?? byline ?? null,
    published: chosen.published?.text ?? (meta.published && normaliseDate(meta.published)) ?? dateline?.iso ?? null,
    site: meta.site ?? findSite(removed.filter((r) => r.category !== 'prose').map((r) => normaliseSpaces(r.text))) ?? null,
    lang: document.lang ?? null,
    url: meta.url ?? null,
    paragraphs,
    text: paragraphs.join('\n\n'),
    removed,
    removedCategories: [...new Set(removed.map((r) => r.category))] as Category[],
    guard: guard ?? null,
    warnings: resultWarnings(document.blocks, paragraphs, removed, guard, decision?.unsureWords, document.inputKind),
  };
  return { document, verdicts, titleBlock, bodyStart: run.first, metadataCandidates: chosen.candidates, result };
}

/**
 * The blocks the output gives as its title, not as paragraphs: the headline the pipeline
 * anchored the article on, and the block the title was chosen from when no paragraph of
 * eight words or more is kept before it (a page that shows its headline again as a
 * heading then says it once).
 */
function titleBlocks(blocks: readonly Block[], verdicts: readonly BlockVerdict[], titleBlock: number | undefined, chosen: number | undefined): Set<number> {
  const skip = new Set(titleBlock === undefined ? [] : [titleBlock]);
  if (chosen === undefined || verdicts[chosen]!.block) return skip;
  for (let i = 0; i < chosen; i++) if (!verdicts[i]!.block && !skip.has(i) && blocks[i]!.features.words >= PARAGRAPH_WORDS) return skip;
  skip.add(chosen);
  return skip;
}

/** What the page says its title is: the markup's <title> and headline, or a text dump's first line when it reads as a title. */
function titleHints(document: Document): TitleHints {
  const hints = document.meta?.hints;
  if (hints) return { pageTitle: hints.pageTitle, markupTitle: hints.headline };
  const first = document.blocks[0];
  return first && first.lines.length === 1 && looksLikeTitle(first.text) ? { pageTitle: first.text } : {};
}

/**
 * The title as the block says it. A dump's first line is the page's <title>, which often
 * carries the site's name ("Headline - Site", "Site | Headline"): that part goes.
 */
function titleText(block: Block, isPageTitle: boolean): string {
  const text = normaliseSpaces(block.text);
  return isPageTitle ? withoutSiteName(text) : text;
}

/** The rules that read a learned template, when switched on, with what was learned for the document's group. */
function withTemplate(rules: Rule[], learned: CleanOptions['template']): Rule[] {
  if (!learned) return rules;
  return rules.map((r) => r.withTemplate?.(learned) ?? r);
}

/** Lines between the title (or the top) and the body, where bylines and datelines stand. */
/** Lines kept, or removed as metadata, between the title (or the top) and the body: where bylines and datelines stand. */
function headerLines(blocks: readonly Block[], verdicts: readonly BlockVerdict[], titleBlock: number | undefined, bodyStart: number) {
  const from = titleBlock === undefined ? 0 : titleBlock + 1;
  const to = bodyStart === -1 ? Math.min(blocks.length, from + 5) : bodyStart;
  return blocks.slice(from, to).flatMap((b) => {
    const v = verdicts[b.index]!;
    return b.lines.filter((_, i) => {
      const category = (v.lines.get(i) ?? v.block)?.category;
      return category === undefined || category === 'metadata';
    });
  });
}
