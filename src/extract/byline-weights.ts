// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { BylineFeature } from './byline-candidates.js';

export const HTML_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: -0.303,
  weights: {before: -0.781, distBefore: -1.256, distAfter: -0.716, byPrefix: 1.062, writtenBy: 0.908, authorLabel: 0.107, otherCredit: -0.136, afterBare: 1.171, nameShape: 0.141, words: -0.043, list: 0.106, cutAtComma: -0.467, dateSameLine: 0.241, dateNear: 0.506, removed: -0.99, inBody: -1.062, isMarkup: 0.682, fromLd: 0.227, fromMeta: 0.268, fromRel: 0.188, sameAsMarkup: 0.249, seenVisible: 1.148, organisation: 0.447, handle: 0.168, segment: 0.047, far: -1.046, labelBelow: 0.193, lowerCase: -0.212, heading: -0.481, sameAsTitle: -0.33, farUnlabelled: -0.922, givenName: 2.089, headlineWord: -0.266},
};
