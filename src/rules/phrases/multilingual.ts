/**
 * Patterns that cover several languages in one expression, most of them built from the
 * shared word lists of fragments.ts ("Comments", "Kommentare", "Commentaires" ...). A
 * language is added to them by adding its words to the fragment; a pattern of one
 * language belongs in that language's module.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';
import { shapeCommentLine } from './shapes.js';
import { F_COMMENTS_WORD, F_COUNT } from './fragments.js';

export const multilingual: PhraseSet = {
  donation: {
    buttons: [
      // An amount, maybe per period: "$5", "10 €", "£3 / month", "5 € pro Monat" ("per" words of several languages).
      /^\s*(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|eur|usd|gbp))(?:\s*(?:\/|per|a|each|every)\s*(?:month|year|mo|yr|monat|jahr|mois|an|mes|año))?\s*$/iu,
    ],
  },
  comments: {
    lines: [
      // Headers and counts: "Comments (12)", "12 Kommentare", "Commentaires : fermés".
      shapeCommentLine(`${F_COMMENTS_WORD}(?:\\s*${F_COUNT})?(?:\\s*\\(\\+\\))?`),
      shapeCommentLine(`${F_COUNT}\\s*(?:post )?${F_COMMENTS_WORD}(?:\\s*\\(\\+\\))?`),
      shapeCommentLine(`(?:${F_COMMENTS_WORD}|discussion)\\s*[:|]\\s*(?:\\d+|open thread|closed)`),
      // Italian and Portuguese buttons and headers.
      shapeCommentLine('(?:lascia|scrivi|aggiungi) un commento|commenti(?:\\s*\\d+)?|(?:deixe|deixar|escreva|adicione) (?:um |seu )?comentário|comentários(?:\\s*\\d+)?'),
      // Required fields of a comment form: "Имя *", "Nome *", "Nombre *".
      shapeCommentLine('(?:имя|комментарий|nome|nombre|nom|commento|comentário)\\s*\\*'),
    ],
  },
};
