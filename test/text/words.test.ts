import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/text/words.js';

describe('wordsOf', () => {
  it('splits spaced scripts at spaces and punctuation, keeping apostrophes and hyphens', () => {
    expect(wordsOf('It’s a well-known fact, isn’t it?')).toEqual(['It’s', 'a', 'well-known', 'fact', 'isn’t', 'it']);
    expect(wordsOf('Москва — столица России.')).toEqual(['Москва', 'столица', 'России']);
  });

  it('counts Chinese and Japanese text by pairs of characters, so length means the same in every script', () => {
    expect(wordsOf('ショートカットキー')).toEqual(['ショ', 'ート', 'カッ', 'トキ', 'ー']);
    expect(wordsOf('Kindle for PCを起動')).toEqual(['Kindle', 'for', 'PC', 'を起', '動']);
    expect(wordsOf('北京是中国的首都。')).toHaveLength(4);
  });
});
