// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { TitleFeature } from './title-candidates.js';

export const HTML_TITLE_WEIGHTS: LinearModel<TitleFeature> = {
  threshold: -Infinity,
  weights: {distBefore: -0.303, distAfter: -0.579, after: -0.153, heading: 1.231, h1: 1.244, h2: 0.044, h3: -0.071, firstH1: 0.948, words4to16: 0.109, wordsFew: -0.458, wordsMany: -0.245, capitalised: -0.189, endsSentence: -0.214, endsColon: -0.073, question: 0.161, notHeadline: -0.068, removed: -0.117, linkDensity: -0.993, multiLine: -0.016, repeated: 0.043, inLonger: -0.009, pageTitleEq: 0.23, pageTitleIn: 0.739, pageTitleOverlap: 1.234, markupEq: 0.96, markupOverlap: 0.934, proseAfter: -0.687, dateBefore: 0.298, dateAfter: 0.678, bylineBefore: -0.153, bylineAfter: 0.625, firstBlock: -0.176, siteSuffix: -0.654, isMarkup: 0.591, lowerStart: 0.077, part: -1.415, partFirst: -0.18, selfDate: -0.131, selfByline: -0.044, bodyOverlap: 0.376, elsewhere: 0.06, logWords: 0.091, toParagraph: -0.173, paragraphsBefore: -0.625, prevShaped: 0.033, nextShaped: -0.175, pagePosition: 0.028, nextParagraphOverlap: 0.456, shortRunBefore: 0.091, shortRunAfter: 0.121},
};
