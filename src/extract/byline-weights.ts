// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { BylineFeature } from './byline-candidates.js';

export const TEXT_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: 0.367,
  weights: {before: -0.783, distBefore: -1.426, distAfter: -0.384, byPrefix: 1.536, writtenBy: 1.516, authorLabel: 0.452, otherCredit: -0.54, afterBare: 2.283, nameShape: 0.37, words: -0.086, list: 0.004, cutAtComma: -1.08, dateSameLine: 1.017, dateNear: 1.292, removed: -0.999, inBody: -0.934, isMarkup: 0, fromLd: 0, fromMeta: 0, fromRel: 0, sameAsMarkup: 0, seenVisible: 0, organisation: 0.916, handle: 0, segment: 0.07, far: -1.12, labelBelow: 0.286, lowerCase: -0.223, heading: -0.052, sameAsTitle: 0, farUnlabelled: -1.319, givenName: 2.43, headlineWord: -0.459},
};

export const HTML_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: -0.333,
  weights: {before: -0.795, distBefore: -1.257, distAfter: -0.713, byPrefix: 1.009, writtenBy: 0.903, authorLabel: 0.101, otherCredit: -0.137, afterBare: 1.169, nameShape: 0.164, words: -0.095, list: 0.092, cutAtComma: -0.656, dateSameLine: 0.269, dateNear: 0.513, removed: -0.996, inBody: -1.031, isMarkup: 0.677, fromLd: 0.223, fromMeta: 0.272, fromRel: 0.183, sameAsMarkup: 0.248, seenVisible: 1.137, organisation: 0.446, handle: 0.167, segment: 0.012, far: -1.007, labelBelow: 0.191, lowerCase: -0.197, heading: -0.485, sameAsTitle: -0.328, farUnlabelled: -0.936, givenName: 2.062, headlineWord: -0.264},
};
