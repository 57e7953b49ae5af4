// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { BylineFeature } from './byline-candidates.js';

export const HTML_BYLINE_WEIGHTS: LinearModel<BylineFeature> = {
  threshold: -0.32,
  weights: {before: -0.792, distBefore: -1.259, distAfter: -0.718, byPrefix: 1.009, writtenBy: 0.904, authorLabel: 0.101, otherCredit: -0.136, afterBare: 1.17, nameShape: 0.166, words: -0.089, list: 0.092, cutAtComma: -0.655, dateSameLine: 0.267, dateNear: 0.508, removed: -0.997, inBody: -1.029, isMarkup: 0.673, fromLd: 0.221, fromMeta: 0.269, fromRel: 0.183, sameAsMarkup: 0.247, seenVisible: 1.138, organisation: 0.438, handle: 0.163, segment: 0.013, far: -1.012, labelBelow: 0.191, lowerCase: -0.197, heading: -0.476, sameAsTitle: -0.331, farUnlabelled: -0.937, givenName: 2.063, headlineWord: -0.265},
};
