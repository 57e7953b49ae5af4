import { describe, expect, it } from 'vitest';
import { TemplateLearner, documentKeys, isTemplateLine, lineKey } from '../../src/learn/template-model.js';
import { clean } from '../../src/clean.js';
import { fold } from '../helpers/fold.js';

// Template lines no category rule names: only learning finds them.
const MENU = 'Example Daily – your town, your voice';
const BOX = 'Listen to the Example Daily podcast wherever you are';
const FOOTER = 'Example Media Group, 12 Harbour Street, Porttown';

/** A page of the site: its template around an article of its own. */
function page(n: number, ...extra: string[]): string {
  return [MENU, `Headline number ${n} of the day`, `The story of page ${n} tells what happened in town ${n} on that day, and why it mattered to the people there.`, ...extra, BOX, FOOTER].join('\n\n');
}

function learn(pages: string[], group = 'example.com') {
  const learner = new TemplateLearner();
  for (const p of pages) learner.add(group, p);
  return learner.model();
}

describe('template learning', () => {
  it('takes the lines that stand on many pages of a site for its template', () => {
    const model = learn(Array.from({ length: 10 }, (_, n) => page(n)));
    expect(isTemplateLine(model, 'example.com', MENU)).toBe(true);
    expect(isTemplateLine(model, 'example.com', BOX)).toBe(true);
    expect(isTemplateLine(model, 'example.com', '  example daily - your town,  your voice ')).toBe(true);
    expect(isTemplateLine(model, 'example.com', 'Headline number 3 of the day')).toBe(false);
    expect(model.groups['example.com']).toMatchObject({ documents: 10 });
    expect(model.groups['example.com']!.keys).toHaveLength(3);
  });

  it('does not take an article sentence that a few pages repeat', () => {
    const quoted = 'The mayor said the bridge would open in the spring, whatever the weather.';
    const pages = Array.from({ length: 20 }, (_, n) => (n < 2 ? page(n, quoted) : page(n)));
    expect(isTemplateLine(learn(pages), 'example.com', quoted)).toBe(false);
  });

  it('learns nothing from too few pages, and keeps groups apart', () => {
    expect(isTemplateLine(learn([page(1), page(2), page(3)]), 'example.com', MENU)).toBe(false);
    const model = learn(Array.from({ length: 6 }, (_, n) => page(n)), 'a.example');
    expect(isTemplateLine(model, 'b.example', MENU)).toBe(false);
  });

  it('has no key for lines without words or paragraph-long lines', () => {
    expect(lineKey('  ---  ')).toBeUndefined();
    expect(lineKey('word '.repeat(61))).toBeUndefined();
    expect(lineKey('Home | News')).toBe(lineKey('home news'));
  });

  it("gives a document's keys once each, without wordless lines, and learns the same from them as from the text", () => {
    const text = [MENU, '---', MENU.toUpperCase(), BOX, '', FOOTER].join('\n');
    expect([...documentKeys(text)]).toEqual([lineKey(MENU), lineKey(BOX), lineKey(FOOTER)]);
    const pages = Array.from({ length: 7 }, (_, n) => page(n, n < 2 ? 'A line two pages share.' : `A line of page ${n} alone.`));
    const fromKeys = new TemplateLearner();
    for (const p of pages) fromKeys.addKeys('example.com', documentKeys(p));
    expect(fromKeys.model()).toEqual(learn(pages));
    expect(fromKeys.model().groups['example.com']!.keys).toHaveLength(3);
  });
});

describe('rule: template', () => {
  it('removes the learned lines from a page of the site and names itself, keeping the article', () => {
    const pages = Array.from({ length: 8 }, (_, n) => page(n));
    const model = learn(pages);
    const result = clean(page(3, 'Another paragraph of the story, which goes on about the bridge and the people who will use it.'), {
      template: { model, group: 'example.com' },
      disable: ['prose'],
    });
    expect(result.removed.filter((r) => r.rule === 'template').map((r) => r.text)).toEqual([MENU, BOX, FOOTER]);
    expect(result.paragraphs.join('\n')).toContain('The story of page 3');
  });

  it('removes nothing without a learned template, or when switched off', () => {
    const model = learn(Array.from({ length: 8 }, (_, n) => page(n)));
    expect(clean(page(3), { disable: ['prose'] }).removed.filter((r) => r.rule === 'template')).toEqual([]);
    expect(clean(page(3), { template: { model, group: 'example.com' }, disable: ['prose', 'template'] }).removed.filter((r) => r.rule === 'template')).toEqual([]);
  });

  it('learns from hard-wrapped dumps the lines the rules will see: a wrapped notice is one line', () => {
    const notice = 'The town pages are written by the people who live in the towns they cover, and the editors of the section read every one of them before it goes out.';
    const article = (n: number) =>
      Array.from({ length: 3 }, (_, k) => `The story of page ${n} tells what happened in town ${n} on day ${k}, and why it mattered to the people who live there and to those who visit them.`);
    const pages = Array.from({ length: 8 }, (_, n) => fold([MENU, `Headline number ${n}`, ...article(n), notice, FOOTER].join('\n\n'), 72));
    const model = learn(pages);
    expect(isTemplateLine(model, 'example.com', notice)).toBe(true);
    const result = clean(pages[0]!, { template: { model, group: 'example.com' } });
    expect(result.removed.find((r) => r.text === notice)?.rule).toBe('template');
    expect(result.paragraphs).toEqual(article(0));
  });
});
