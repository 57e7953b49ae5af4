// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { TitleFeature } from './title-candidates.js';

export const HTML_TITLE_WEIGHTS: LinearModel<TitleFeature> = {
  threshold: -Infinity,
  weights: {distBefore: -0.29, distAfter: -0.577, after: -0.153, heading: 1.186, h1: 1.209, h2: 0.032, h3: -0.067, firstH1: 0.917, words4to16: 0.112, wordsFew: -0.449, wordsMany: -0.248, capitalised: -0.161, endsSentence: -0.215, endsColon: -0.075, question: 0.154, notHeadline: -0.073, removed: -0.066, linkDensity: -0.933, multiLine: -0.016, repeated: 0.049, inLonger: -0.016, pageTitleEq: 0.222, pageTitleIn: 0.734, pageTitleOverlap: 1.231, markupEq: 0.952, markupOverlap: 0.932, proseAfter: -0.668, dateBefore: 0.294, dateAfter: 0.654, bylineBefore: -0.155, bylineAfter: 0.615, firstBlock: -0.172, siteSuffix: -0.653, isMarkup: 0.582, lowerStart: 0.076, part: -1.417, partFirst: -0.181, selfDate: -0.136, selfByline: -0.048, bodyOverlap: 0.374, elsewhere: 0.067, logWords: 0.082, toParagraph: -0.154, paragraphsBefore: -0.646, prevShaped: 0.025, nextShaped: -0.182, pagePosition: 0.017, nextParagraphOverlap: 0.452, shortRunBefore: 0.098, shortRunAfter: 0.128, widget: -0.552},
};
