/**
 * Italian phrases of the built-in rules.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';

export const it: PhraseSet = {
  'author-bio': {
    bioVerbs: ['è'],
    roles: ['giornalista', 'scrittore', 'scrittrice'],
  },
  metadata: {
    authorLabels: ['di'],
    months: ['gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre'],
    labels: ['pubblicato', 'aggiornato'],
    connectors: ['di'],
  },
};
