// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { TitleFeature } from './title-candidates.js';

export const HTML_TITLE_WEIGHTS: LinearModel<TitleFeature> = {
  threshold: -Infinity,
  weights: {distBefore: -0.293, distAfter: -0.577, after: -0.153, heading: 1.187, h1: 1.209, h2: 0.032, h3: -0.066, firstH1: 0.923, words4to16: 0.111, wordsFew: -0.449, wordsMany: -0.246, capitalised: -0.164, endsSentence: -0.213, endsColon: -0.075, question: 0.152, notHeadline: -0.073, removed: -0.064, linkDensity: -0.933, multiLine: -0.016, repeated: 0.049, inLonger: -0.019, pageTitleEq: 0.221, pageTitleIn: 0.735, pageTitleOverlap: 1.235, markupEq: 0.953, markupOverlap: 0.935, proseAfter: -0.67, dateBefore: 0.293, dateAfter: 0.66, bylineBefore: -0.155, bylineAfter: 0.613, firstBlock: -0.172, siteSuffix: -0.653, isMarkup: 0.582, lowerStart: 0.077, part: -1.416, partFirst: -0.181, selfDate: -0.134, selfByline: -0.048, selfName: -0.019, nameBefore: 0.126, nameAfter: -0.068, bodyOverlap: 0.377, elsewhere: 0.067, logWords: 0.081, toParagraph: -0.151, paragraphsBefore: -0.646, prevShaped: 0.027, nextShaped: -0.187, pagePosition: 0.018, nextParagraphOverlap: 0.454, shortRunBefore: 0.097, shortRunAfter: 0.129, widget: -0.553},
};
