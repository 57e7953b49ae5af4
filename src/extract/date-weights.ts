// Written by scripts/learn-metadata.mjs from the labelled pages of the evaluation set: do not edit by hand.
import type { LinearModel } from './linear-model.js';
import type { DateFeature } from './date-candidates.js';

export const TEXT_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -3.136,
  weights: {before: -0.324, distBefore: -0.268, distAfter: -0.491, rankAfter: -1.098, share: 0.529, updated: -0.492, published: 0.681, credit: -0.085, hasTime: 0.138, removed: -0.297, inBody: -0.275, old: 0, isMarkup: 0, ldPublished: 0, ldModified: 0, metaPublished: 0, metaModified: 0, timeElement: 0, sameAsPublished: 0, sameAsModified: 0, seenVisible: 0, visibleCount: 0, outside: 0.06, farOff: -0.205, tail: -0.014},
};

export const HTML_PUBLISHED_WEIGHTS: LinearModel<DateFeature> = {
  threshold: -2,
  weights: {before: -0.028, distBefore: -0.37, distAfter: -0.485, rankAfter: -0.789, share: 0.45, updated: -0.075, published: 0.318, credit: 0.328, hasTime: -0.055, removed: -0.191, inBody: -0.417, old: 0, isMarkup: -0.714, ldPublished: -0.68, ldModified: -0.379, metaPublished: 1.055, metaModified: -0.681, timeElement: -0.029, sameAsPublished: 0.782, sameAsModified: -0.766, seenVisible: 0.775, visibleCount: -0.375, outside: -0.41, farOff: -0.38, tail: -0.073},
};
