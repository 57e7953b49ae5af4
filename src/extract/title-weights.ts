// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { TitleFeature } from './title-candidates.js';

export const TEXT_TITLE_WEIGHTS: LinearModel<TitleFeature> = {
  threshold: -Infinity,
  weights: {distBefore: -0.386, distAfter: -1.074, after: -0.878, heading: 0.937, h1: 1.147, h2: -0.116, h3: -0.095, firstH1: 1.162, words4to16: 1.321, wordsFew: -0.464, wordsMany: -0.893, capitalised: 1.201, endsSentence: -1.369, endsColon: -0.578, question: 0.284, notHeadline: -0.63, removed: -0.581, linkDensity: 0, multiLine: -1.39, repeated: -0.033, inLonger: 0.632, pageTitleEq: -0.035, pageTitleIn: -0.03, pageTitleOverlap: -0.146, markupEq: 0, markupOverlap: 0, proseAfter: 0.462, dateBefore: 0.774, dateAfter: 2.059, bylineBefore: 0.058, bylineAfter: 1.916, firstBlock: -0.396, siteSuffix: -0.623, isMarkup: 0, lowerStart: -0.165, part: -2.122, partFirst: -0.322, selfDate: -0.422, selfByline: -0.319, bodyOverlap: 2.537, elsewhere: -0.102, logWords: 0.74},
};

export const HTML_TITLE_WEIGHTS: LinearModel<TitleFeature> = {
  threshold: -Infinity,
  weights: {distBefore: -0.306, distAfter: -0.846, after: -0.19, heading: 1.276, h1: 1.339, h2: 0.03, h3: -0.116, firstH1: 1.039, words4to16: 0.077, wordsFew: -0.45, wordsMany: -0.283, capitalised: -0.174, endsSentence: -0.238, endsColon: -0.096, question: 0.127, notHeadline: -0.061, removed: -0.109, linkDensity: -1.013, multiLine: -0.024, repeated: 0.029, inLonger: 0.034, pageTitleEq: 0.251, pageTitleIn: 0.781, pageTitleOverlap: 1.366, markupEq: 1.007, markupOverlap: 1.017, proseAfter: -0.47, dateBefore: 0.35, dateAfter: 0.734, bylineBefore: -0.145, bylineAfter: 0.632, firstBlock: -0.237, siteSuffix: -0.677, isMarkup: 0.65, lowerStart: 0.071, part: -1.373, partFirst: -0.184, selfDate: -0.113, selfByline: -0.044, bodyOverlap: 0.474, elsewhere: 0.038, logWords: 0.069},
};
