// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { DateFeature } from './date-candidates.js';

export const TEXT_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -3.775,
  weights: {before: 0.033, distBefore: -0.596, distAfter: -0.6, rankAfter: -1.053, share: 0.515, updated: -0.547, published: 0.648, credit: 0.014, hasTime: 0.094, removed: -0.096, inBody: -0.262, old: 0, isMarkup: 0, ldPublished: 0, ldModified: 0, metaPublished: 0, metaModified: 0, timeElement: 0, sameAsPublished: 0, sameAsModified: 0, seenVisible: 0, visibleCount: 0, outside: 0.134, farOff: -0.035, tail: 0.066},
};

export const HTML_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -1.974,
  weights: {before: -0.019, distBefore: -0.371, distAfter: -0.471, rankAfter: -0.807, share: 0.39, updated: -0.054, published: 0.319, credit: 0.331, hasTime: -0.054, removed: -0.182, inBody: -0.427, old: 0, isMarkup: -0.654, ldPublished: -0.687, ldModified: -0.388, metaPublished: 1.054, metaModified: -0.683, timeElement: 0.05, sameAsPublished: 0.776, sameAsModified: -0.766, seenVisible: 0.764, visibleCount: -0.384, outside: -0.395, farOff: -0.365, tail: -0.082},
};
