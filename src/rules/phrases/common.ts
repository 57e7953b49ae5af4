/**
 * Phrases of no language: symbols, numbers, marks of time.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';

export const common: PhraseSet = {
  metadata: {
    /** Marks of the time of day that stand between a dateline's words: "7.04 p.m.", "14 h". */
    connectors: ['pm', 'p.m.', 'a.m.', 'h'],
  },
};
