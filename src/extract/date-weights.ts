// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { DateFeature } from './date-candidates.js';

export const TEXT_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -3.811,
  weights: {before: -0.089, distBefore: -0.62, distAfter: -0.613, rankAfter: -1.123, share: 0.507, updated: -0.562, published: 0.634, credit: 0.04, hasTime: 0.107, removed: -0.208, inBody: -0.205, old: 0, isMarkup: 0, ldPublished: 0, ldModified: 0, metaPublished: 0, metaModified: 0, timeElement: 0, sameAsPublished: 0, sameAsModified: 0, seenVisible: 0, visibleCount: 0, outside: 0.026, farOff: 0.095, tail: 0.052},
};

export const HTML_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -1.974,
  weights: {before: -0.019, distBefore: -0.371, distAfter: -0.471, rankAfter: -0.807, share: 0.39, updated: -0.054, published: 0.319, credit: 0.331, hasTime: -0.054, removed: -0.182, inBody: -0.427, old: 0, isMarkup: -0.654, ldPublished: -0.687, ldModified: -0.388, metaPublished: 1.054, metaModified: -0.683, timeElement: 0.05, sameAsPublished: 0.776, sameAsModified: -0.766, seenVisible: 0.764, visibleCount: -0.384, outside: -0.395, farOff: -0.365, tail: -0.082},
};
