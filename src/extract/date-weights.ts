// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { DateFeature } from './date-candidates.js';

export const TEXT_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -3.866,
  weights: {before: 0.113, distBefore: -0.706, distAfter: -0.619, rankAfter: -1.08, share: 0.488, updated: -0.624, published: 0.631, credit: 0.04, hasTime: 0.032, removed: -0.151, inBody: -0.372, old: 0, isMarkup: 0, ldPublished: 0, ldModified: 0, metaPublished: 0, metaModified: 0, timeElement: 0, sameAsPublished: 0, sameAsModified: 0, seenVisible: 0, visibleCount: 0, outside: 0.163, farOff: 0.066, tail: 0.176, metaDated: 0, metaUpdated: 0},
};

export const HTML_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -1.726,
  weights: {before: -0.053, distBefore: -0.403, distAfter: -0.475, rankAfter: -0.788, share: 0.354, updated: -0.129, published: 0.239, credit: 0.269, hasTime: -0.043, removed: -0.248, inBody: -0.404, old: 0, isMarkup: -0.523, ldPublished: -0.697, ldModified: -0.349, metaPublished: 1.035, metaModified: -0.692, timeElement: -0.041, sameAsPublished: 0.735, sameAsModified: -0.805, seenVisible: 0.903, visibleCount: -0.395, outside: -0.374, farOff: -0.349, tail: -0.073, metaDated: 0.285, metaUpdated: -0.064},
};
