// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { TitleFeature } from './title-candidates.js';

export const TEXT_TITLE_WEIGHTS: LinearModel<TitleFeature> = {
  threshold: -Infinity,
  weights: {distBefore: -0.418, distAfter: -1.091, after: -0.81, heading: 0.936, h1: 1.173, h2: -0.127, h3: -0.109, firstH1: 1.162, words4to16: 1.456, wordsFew: -1.284, wordsMany: -0.202, capitalised: 0.829, endsSentence: -1.122, endsColon: -0.542, question: 0.32, notHeadline: -0.589, removed: -0.695, linkDensity: 0, multiLine: -1.338, repeated: -0.23, inLonger: 0.564, pageTitleEq: -0.026, pageTitleIn: -0.031, pageTitleOverlap: -0.1, markupEq: 0, markupOverlap: 0, proseAfter: 0.44, dateBefore: 0.832, dateAfter: 2.114, bylineBefore: 0.027, bylineAfter: 2.045, firstBlock: -0.373, siteSuffix: -0.547, isMarkup: 0, lowerStart: -0.257, part: -1.945, partFirst: -0.26, selfDate: -0.443, selfByline: -0.342, bodyOverlap: 2.672},
};

export const HTML_TITLE_WEIGHTS: LinearModel<TitleFeature> = {
  threshold: -Infinity,
  weights: {distBefore: -0.301, distAfter: -0.838, after: -0.191, heading: 1.291, h1: 1.351, h2: 0.033, h3: -0.122, firstH1: 1.049, words4to16: 0.118, wordsFew: -0.477, wordsMany: -0.245, capitalised: -0.176, endsSentence: -0.211, endsColon: -0.094, question: 0.131, notHeadline: -0.06, removed: -0.104, linkDensity: -1.018, multiLine: -0.025, repeated: 0.051, inLonger: 0.027, pageTitleEq: 0.244, pageTitleIn: 0.781, pageTitleOverlap: 1.363, markupEq: 0.99, markupOverlap: 1.014, proseAfter: -0.447, dateBefore: 0.359, dateAfter: 0.744, bylineBefore: -0.142, bylineAfter: 0.64, firstBlock: -0.242, siteSuffix: -0.67, isMarkup: 0.601, lowerStart: 0.068, part: -1.369, partFirst: -0.181, selfDate: -0.112, selfByline: -0.044, bodyOverlap: 0.508},
};
