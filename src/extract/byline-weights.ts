// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { BylineFeature } from './byline-candidates.js';

export const TEXT_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: 0.56,
  weights: {before: -1.381, distBefore: -1.218, distAfter: -0.434, byPrefix: 1.871, writtenBy: 1.758, authorLabel: 0.804, otherCredit: -0.079, afterBare: 2.859, nameShape: 0.535, words: -0.145, list: 0.394, cutAtComma: -0.424, dateSameLine: 1.419, dateNear: 1.726, removed: -1.167, inBody: -0.688, isMarkup: 0, fromLd: 0, fromMeta: 0, fromRel: 0, sameAsMarkup: 0, seenVisible: 0, organisation: 0.443, handle: 0, segment: 0.36, far: -0.563, labelBelow: 0.322, lowerCase: -0.803, heading: -0.291, sameAsTitle: 0},
};

export const HTML_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: -1.082,
  weights: {before: -1.209, distBefore: -1.413, distAfter: -0.809, byPrefix: 0.988, writtenBy: 0.958, authorLabel: 0.096, otherCredit: 0.026, afterBare: 1.495, nameShape: 0.395, words: -0.075, list: 0.312, cutAtComma: -0.057, dateSameLine: 0.334, dateNear: 0.873, removed: -0.973, inBody: -0.782, isMarkup: 0.66, fromLd: 0.344, fromMeta: 0.412, fromRel: -0.098, sameAsMarkup: 0.281, seenVisible: 1.216, organisation: 0.104, handle: 0.118, segment: 0.071, far: -0.798, labelBelow: 0.201, lowerCase: -0.585, heading: -1.014, sameAsTitle: -0.506},
};
