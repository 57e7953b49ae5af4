/**
 * Phrases of no language: symbols, numbers, amounts, addresses, decoration.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';

export const common: PhraseSet = {
};
