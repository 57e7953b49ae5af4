// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { BylineFeature } from './byline-candidates.js';

export const TEXT_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: 0.891,
  weights: {before: -1.189, distBefore: -1.106, distAfter: -0.35, byPrefix: 2.068, writtenBy: 2.001, authorLabel: 0.864, otherCredit: -0.084, afterBare: 2.932, nameShape: 0.577, words: 0.123, list: 0.336, cutAtComma: -0.432, dateSameLine: 1.726, dateNear: 1.787, removed: -1.127, inBody: -0.622, isMarkup: 0, fromLd: 0, fromMeta: 0, fromRel: 0, sameAsMarkup: 0, seenVisible: 0, organisation: 0.489, handle: 0, segment: 0.254, far: -0.51, labelBelow: 0.34, lowerCase: -0.808},
};

export const HTML_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: 0.461,
  weights: {before: -0.981, distBefore: -1.236, distAfter: -0.596, byPrefix: 1.277, writtenBy: 1.212, authorLabel: 0.128, otherCredit: 0.034, afterBare: 1.729, nameShape: 0.429, words: 0.049, list: 0.312, cutAtComma: -0.048, dateSameLine: 0.714, dateNear: 0.859, removed: -0.8, inBody: -0.835, isMarkup: 1.19, fromLd: 0.532, fromMeta: 0.603, fromRel: 0.057, sameAsMarkup: 0.436, seenVisible: 1.302, organisation: 0.205, handle: -0.012, segment: 0.075, far: -0.495, labelBelow: 0.198, lowerCase: -0.535},
};
