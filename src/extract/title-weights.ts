// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { TitleFeature } from './title-candidates.js';

export const HTML_TITLE_WEIGHTS: LinearModel<TitleFeature> = {
  threshold: -Infinity,
  weights: {distBefore: -0.262, distAfter: -0.566, after: -0.144, heading: 1.183, h1: 1.207, h2: 0.034, h3: -0.072, firstH1: 0.923, words4to16: 0.113, wordsFew: -0.455, wordsMany: -0.245, capitalised: -0.159, endsSentence: -0.212, endsColon: -0.074, question: 0.151, notHeadline: -0.074, removed: -0.089, linkDensity: -0.94, multiLine: -0.035, repeated: 0.048, inLonger: -0.018, pageTitleEq: 0.207, pageTitleIn: 0.735, pageTitleOverlap: 1.235, markupEq: 0.951, markupOverlap: 0.94, proseAfter: -0.674, dateBefore: 0.292, dateAfter: 0.694, bylineBefore: -0.157, bylineAfter: 0.633, firstBlock: -0.168, siteSuffix: -0.652, isMarkup: 0.584, lowerStart: 0.076, part: -1.417, partFirst: -0.183, selfDate: -0.132, selfByline: -0.048, selfName: -0.019, nameBefore: 0.167, nameAfter: -0.077, bodyOverlap: 0.369, elsewhere: 0.059, logWords: 0.074, toParagraph: -0.177, paragraphsBefore: -0.641, prevShaped: 0.054, nextShaped: -0.172, pagePosition: 0.01, nextParagraphOverlap: 0.449, shortRunBefore: 0.095, shortRunAfter: 0.133, widget: -0.554},
};
