// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { BylineFeature } from './byline-candidates.js';

export const TEXT_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: 0.879,
  weights: {before: -1.28, distBefore: -1.151, distAfter: -0.385, byPrefix: 1.982, writtenBy: 1.893, authorLabel: 0.825, otherCredit: -0.083, afterBare: 2.896, nameShape: 0.55, words: -0.011, list: 0.364, cutAtComma: -0.425, dateSameLine: 1.58, dateNear: 1.771, removed: -1.153, inBody: -0.668, isMarkup: 0, fromLd: 0, fromMeta: 0, fromRel: 0, sameAsMarkup: 0, seenVisible: 0, organisation: 0.465, handle: 0, segment: 0.302, far: -0.538, labelBelow: 0.333, lowerCase: -0.806},
};

export const HTML_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: 0.461,
  weights: {before: -0.981, distBefore: -1.236, distAfter: -0.596, byPrefix: 1.277, writtenBy: 1.212, authorLabel: 0.128, otherCredit: 0.034, afterBare: 1.729, nameShape: 0.429, words: 0.049, list: 0.312, cutAtComma: -0.048, dateSameLine: 0.714, dateNear: 0.859, removed: -0.8, inBody: -0.835, isMarkup: 1.19, fromLd: 0.532, fromMeta: 0.603, fromRel: 0.057, sameAsMarkup: 0.436, seenVisible: 1.302, organisation: 0.205, handle: -0.012, segment: 0.075, far: -0.495, labelBelow: 0.198, lowerCase: -0.535},
};
