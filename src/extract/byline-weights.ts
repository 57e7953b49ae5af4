// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { BylineFeature } from './byline-candidates.js';

export const TEXT_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: 0.558,
  weights: {before: -0.996, distBefore: -1.401, distAfter: -0.391, byPrefix: 2.173, writtenBy: 2.062, authorLabel: 0.64, otherCredit: -0.166, afterBare: 2.969, nameShape: 0.564, words: -0.075, list: 0.156, cutAtComma: -1.149, dateSameLine: 1.293, dateNear: 1.552, removed: -1.247, inBody: -0.87, isMarkup: 0, fromLd: 0, fromMeta: 0, fromRel: 0, sameAsMarkup: 0, seenVisible: 0, organisation: 0.447, handle: 0, segment: 0.237, far: -1.073, labelBelow: 0.351, lowerCase: -0.583, heading: -0.273, sameAsTitle: 0, farUnlabelled: -1.326},
};

export const HTML_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: -0.972,
  weights: {before: -0.982, distBefore: -1.317, distAfter: -0.725, byPrefix: 1.448, writtenBy: 1.108, authorLabel: 0.174, otherCredit: -0.026, afterBare: 1.592, nameShape: 0.375, words: -0.093, list: 0.215, cutAtComma: -0.795, dateSameLine: 0.24, dateNear: 0.712, removed: -1.158, inBody: -1.055, isMarkup: 0.765, fromLd: 0.391, fromMeta: 0.375, fromRel: -0.001, sameAsMarkup: 0.386, seenVisible: 1.115, organisation: 0.131, handle: 0.133, segment: 0.072, far: -1.058, labelBelow: 0.258, lowerCase: -0.428, heading: -0.957, sameAsTitle: -0.482, farUnlabelled: -0.854},
};
