// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { DateFeature } from './date-candidates.js';

export const TEXT_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -4.308,
  weights: {before: -1.095, distBefore: -0.389, distAfter: -0.537, rankAfter: -0.925, share: -0.297, updated: -1.01, published: -0.219, credit: -0.762, hasTime: 0.252, removed: -0.848, inBody: -0.712, old: 0, isMarkup: 0, ldPublished: 0, ldModified: 0, metaPublished: 0, metaModified: 0, timeElement: 0, sameAsPublished: 0, sameAsModified: 0, seenVisible: 0, visibleCount: 0, outside: 0.853},
};

export const HTML_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -1.32,
  weights: {before: -0.099, distBefore: -0.226, distAfter: -0.223, rankAfter: -0.769, share: 0.739, updated: -0.163, published: 0.063, credit: 0.04, hasTime: 0.056, removed: -0.216, inBody: -0.411, old: 0, isMarkup: -0.716, ldPublished: -0.769, ldModified: -0.354, metaPublished: 0.995, metaModified: -0.74, timeElement: 0.151, sameAsPublished: 0.732, sameAsModified: -0.89, seenVisible: 0.777, visibleCount: -0.304, outside: -0.17},
};
