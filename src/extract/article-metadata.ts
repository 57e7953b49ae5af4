/**
 * The article's title, byline and date, each chosen among the candidates found around
 * its headline by models learned from labelled pages (scripts/learn-metadata.mjs, folds
 * split by site): one for text dumps and one for HTML, where the markup's own values
 * compete with what the page shows. A dump's title and byline are chosen by trees, the
 * rest by weighted sums.
 */
import type { Document } from '../types.js';
import type { BlockVerdict } from '../classify/verdicts.js';
import { best } from './linear-model.js';
import { titleCandidates, type TitleCandidate, type TitleHints } from './title-candidates.js';
import { addressDate, dateCandidates, type DateCandidate } from './date-candidates.js';
import { bylineCandidates, type BylineCandidate } from './byline-candidates.js';
import { HTML_TITLE_WEIGHTS } from './title-weights.js';
import { bestOfDump } from './candidate-ranker.js';
import { HTML_PUBLISHED_WEIGHTS, TEXT_PUBLISHED_WEIGHTS } from './date-weights.js';
import { HTML_BYLINE_WEIGHTS } from './byline-weights.js';

export interface ArticleMetadata {
  title: TitleCandidate | undefined;
  byline: BylineCandidate | undefined;
  published: DateCandidate | undefined;
  /** Everything weighed, for learning the weights. */
  candidates: { title: TitleCandidate[]; byline: BylineCandidate[]; published: DateCandidate[] };
}

export function chooseMetadata(document: Document, verdicts: readonly BlockVerdict[], bodyStart: number, hints: TitleHints, markedTitle: number | undefined): ArticleMetadata {
  const html = document.inputKind === 'html';
  const found = titleCandidates(document, verdicts, bodyStart, hints);
  const titles = html ? found : headlinesOfDump(found);
  const title = bestTitle(html, titles);
  // Bylines and datelines stand around the headline's block (the markup's headline: the block that says it).
  const body = bodyStart === -1 ? 0 : bodyStart;
  const anchor = title?.index ?? markedTitle ?? body;
  const others = [markedTitle ?? anchor, body];
  const dates = dateCandidates(document, verdicts, anchor, others, bodyStart);
  const bylines = bylineCandidates(document, verdicts, anchor, others, bodyStart);
  const dateModel = html ? HTML_PUBLISHED_WEIGHTS : TEXT_PUBLISHED_WEIGHTS;
  return {
    title,
    byline: html ? best(HTML_BYLINE_WEIGHTS, bylines) : bestOfDump('byline', bylines),
    published: addressDate(document, dates, (sameDay) => best({ ...dateModel, threshold: -Infinity }, sameDay)) ?? best(dateModel, dates),
    candidates: { title: titles, byline: bylines, published: dates },
  };
}

/**
 * The title, once the blocks kept are known: a sentence the article keeps as a paragraph
 * is not its title as well (it would stand twice, once as the title and once in the body).
 * A kept heading may be: pages say their headline again as a heading.
 */
export function titleOutsideBody(document: Document, metadata: ArticleMetadata, verdicts: readonly BlockVerdict[], titleBlock: number | undefined): TitleCandidate | undefined {
  const inBody = (c: TitleCandidate) =>
    c.index !== undefined && c.index !== titleBlock && !verdicts[c.index]!.block && c.features.endsSentence === 1;
  if (!metadata.title || !inBody(metadata.title)) return metadata.title;
  return bestTitle(document.inputKind === 'html', metadata.candidates.title.filter((c) => !inBody(c)));
}

/** HTML's title by a weighted sum (its markup says most), a dump's by trees (candidate-ranker.ts). */
function bestTitle(html: boolean, candidates: readonly TitleCandidate[]): TitleCandidate | undefined {
  return html ? best(HTML_TITLE_WEIGHTS, candidates) : bestOfDump('title', candidates);
}

/**
 * In a dump, two kinds of line are no headline while another candidate is: a block a category
 * rule removed (a newsletter box's heading, a donation appeal), and a line that ends in a
 * colon or a comma, which leads into what follows ("A Message from The Moscow Times:"; no
 * gold title of the 1,337 labelled pages ends so). The trees, learned from real pages where
 * such lines seldom stand just above the headline, could not be trusted to say so every time.
 * They are left out before the trees are learned and asked.
 */
function headlinesOfDump(candidates: TitleCandidate[]): TitleCandidate[] {
  const headlines = candidates.filter((c) => c.features.widget === 0 && c.features.endsColon === 0);
  return headlines.length ? headlines : candidates;
}
