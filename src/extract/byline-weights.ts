// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { BylineFeature } from './byline-candidates.js';

export const HTML_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: -0.303,
  weights: {before: -0.779, distBefore: -1.255, distAfter: -0.717, byPrefix: 1.063, writtenBy: 0.908, authorLabel: 0.107, otherCredit: -0.136, afterBare: 1.172, nameShape: 0.141, words: -0.043, list: 0.106, cutAtComma: -0.467, dateSameLine: 0.24, dateNear: 0.504, removed: -0.99, inBody: -1.062, isMarkup: 0.681, fromLd: 0.226, fromMeta: 0.267, fromRel: 0.188, sameAsMarkup: 0.249, seenVisible: 1.148, organisation: 0.442, handle: 0.168, segment: 0.048, far: -1.048, labelBelow: 0.193, lowerCase: -0.212, heading: -0.48, sameAsTitle: -0.331, farUnlabelled: -0.924, givenName: 2.089, headlineWord: -0.265},
};
