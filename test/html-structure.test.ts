/** HTML pages end to end: text the page repeats, and the lists that go with a removed header. */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const long = (topic: string) =>
  `The ${topic} plan, which the council approved on Tuesday after a long and heated debate, will cost more than expected, officials said, and work is due to start in the spring.`;

function article(inner: string): string {
  return `<html><head><meta property="og:title" content="Harbour plan approved"></head><body><article><h1>Harbour plan approved</h1>
    <div class="article-body">${inner}</div></article></body></html>`;
}

describe('HTML: repeated text', () => {
  it('drops every copy of a paragraph the page shows twice, and keeps short repeated cells', () => {
    const slide = '<div class="slide"><p>The old pier at dawn on Tuesday, seen from the harbour wall by our photographer.</p></div>';
    const table = '<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2023</td><td>1m</td></tr></table><table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>2m</td></tr></table>';
    const { paragraphs } = clean(article(`<p>${long('harbour')}</p>${slide}<p>${long('bridge')}</p>${slide}${table}<p>${long('ferry')}</p>`), { inputKind: 'html' });
    expect(paragraphs.join(' ')).not.toContain('old pier');
    expect(paragraphs.filter((p) => p === 'Year')).toHaveLength(2);
    expect(paragraphs).toContain(long('ferry'));
  });
});

describe('HTML: lists that belong to a removed header', () => {
  it('drops a list of links under a related-stories header inside the article, one list per item or not', () => {
    const items = ['Harbour fees rise again', 'Ferry timetable changes in May', 'Bridge repairs delayed'].map((t, i) => `<ul><li><h4><a href="/s${i}">${t}</a></h4></li></ul>`).join('');
    const { paragraphs } = clean(article(`<p>${long('harbour')}</p><h4>More:</h4>${items}<p>${long('bridge')}</p><p>${long('ferry')}</p>`), { inputKind: 'html' });
    expect(paragraphs).toEqual([long('harbour'), long('bridge'), long('ferry')]);
  });

  it('keeps a list of the article\'s own points after an ordinary paragraph', () => {
    const list = '<ul><li>New roofs for three schools</li><li>A science block</li><li>Repairs to the old pier</li></ul>';
    const { paragraphs } = clean(article(`<p>${long('harbour')}</p><p>The money will pay for:</p>${list}<p>${long('bridge')}</p>`), { inputKind: 'html' });
    expect(paragraphs).toContain('A science block');
    expect(paragraphs).toContain('Repairs to the old pier');
  });
});
