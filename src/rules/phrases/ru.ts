/**
 * Russian phrases of the built-in rules.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';
import { shapeCommentLine } from './shapes.js';

export const ru: PhraseSet = {
  comments: {
    lines: [
      shapeCommentLine('(?:добавить|оставить|написать) комментарий(?:\\s*отменить ответ)?|отменить ответ|комментари[йия](?:\\s*\\d+)?|ответить'),
    ],
  },
  navigation: {
    homeWords: ['главная'],
  },
};
