// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { BylineFeature } from './byline-candidates.js';

export const TEXT_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: 0.413,
  weights: {before: -1.201, distBefore: -1.186, distAfter: -0.451, byPrefix: 1.63, writtenBy: 1.545, authorLabel: 0.496, otherCredit: -0.516, afterBare: 2.289, nameShape: 0.367, words: -0.06, list: 0.012, cutAtComma: -1.052, dateSameLine: 1.005, dateNear: 1.27, removed: -0.982, inBody: -0.878, isMarkup: 0, fromLd: 0, fromMeta: 0, fromRel: 0, sameAsMarkup: 0, seenVisible: 0, organisation: 0.872, handle: 0, segment: 0.053, far: -1.312, labelBelow: 0.285, lowerCase: -0.222, heading: -0.054, sameAsTitle: 0, farUnlabelled: -1.379, givenName: 2.369, headlineWord: -0.507},
};

export const HTML_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: -0.32,
  weights: {before: -0.794, distBefore: -1.259, distAfter: -0.718, byPrefix: 1.009, writtenBy: 0.903, authorLabel: 0.1, otherCredit: -0.137, afterBare: 1.169, nameShape: 0.166, words: -0.089, list: 0.092, cutAtComma: -0.655, dateSameLine: 0.268, dateNear: 0.51, removed: -0.997, inBody: -1.029, isMarkup: 0.674, fromLd: 0.222, fromMeta: 0.269, fromRel: 0.183, sameAsMarkup: 0.247, seenVisible: 1.138, organisation: 0.443, handle: 0.163, segment: 0.012, far: -1.01, labelBelow: 0.19, lowerCase: -0.197, heading: -0.476, sameAsTitle: -0.331, farUnlabelled: -0.935, givenName: 2.063, headlineWord: -0.266},
};
