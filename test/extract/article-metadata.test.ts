import { describe, expect, it } from 'vitest';
import { analyse, clean } from '../../src/clean.js';

const PROSE = [
  'Protein continues to dominate the wellness conversation, and for good reason: it supports muscle recovery, keeps you feeling full and fuels busy days. Experts recommend a steady intake of high-quality protein sources like chicken, fish, lean beef and plant-based proteins.',
  'Fibre is having a moment too. Dietitians say that most adults eat about half of what they need, and that beans, lentils, oats and whole grains are the cheapest way to close the gap without buying anything new or unusual.',
  'Gut health rounds out the list. Fermented foods such as yoghurt, kefir and kimchi show up on more menus every year, and researchers are still working out which of their claimed benefits hold up in careful trials.',
];

describe('the title, byline and date of a text dump', () => {
  it('one block a line: the headline before the body, the name and the dateline under it', () => {
    const dump = ['Skip to content', 'Home', 'Blog', 'Solutions', 'Contact', 'Main > Blog > Top 10 Health and Nutrition Trends to Watch', 'Business', 'Top 10 Health and Nutrition Trends to Watch', 'Kelia Losa Reinoso', 'August 25, 2025', '15 min', ...PROSE, 'Related posts', 'Subscribe to our newsletter'];
    const result = clean(dump.join('\n\n'));
    expect(result.title).toBe('Top 10 Health and Nutrition Trends to Watch');
    expect(result.byline).toBe('Kelia Losa Reinoso');
    expect(result.published).toBe('2025-08-25');
  });

  it('Markdown: the # heading, a linked "By" credit and an "Updated" dateline', () => {
    const dump = [
      '  * [News](https://example.com/news)',
      '  * [Markets](https://example.com/markets)',
      '# Understanding Digital Marketing: Key Types, Channels, and Examples',
      'By [The Example Team](https://example.com/team)',
      'Updated September 28, 2025',
      ...PROSE,
      '## The Bottom Line',
      'Digital marketing keeps changing, and the channels that work today may not be the ones that work in five years, which is why marketers watch the numbers closely.',
    ];
    const result = clean(dump.join('\n\n'), { inputKind: 'markdown' });
    expect(result.title).toBe('Understanding Digital Marketing: Key Types, Channels, and Examples');
    expect(result.byline).toBe('The Example Team');
    expect(result.published).toBe('2025-09-28');
  });

  it('a lynx dump: a byline and a date on one line, split at the separator', () => {
    const wrap = (text: string) => text.replace(/(.{1,72})(?:\s+|$)/g, '   $1\n').trimEnd();
    const dump = ['     * Home', '     * About', '', '                       How Meditation Rewires the Brain', '', '   By Jane Smith | March 5, 2024', '', ...PROSE.map(wrap).flatMap((p) => [p, ''])];
    const result = clean(dump.join('\n'));
    expect(result.title).toBe('How Meditation Rewires the Brain');
    expect(result.byline).toBe('Jane Smith');
    expect(result.published).toBe('2024-03-05');
  });
});

describe('a title is not a paragraph the article keeps', () => {
  it('a long first sentence of the body does not become the title and stand twice', () => {
    const dump = [
      'NATO and Russia: a new start',
      'A NATO spokesman said U.S. officials briefed NATO ambassadors on the U.S. plans on Thursday.',
      'The spokesman said the defense ministers of the 28 alliance states would discuss how to move forward on missile defense in the light of U.S. plans at an Oct. 22-23 meeting in Bratislava.',
      'NATO Secretary-General Anders Fogh Rasmussen said the new U.S. approach would involve NATO to a much greater degree in establishment of missile defense.',
      'Saturday 19 September 2009 00:00 BST',
    ].join('\n\n');
    const result = clean(dump);
    expect(result.paragraphs[0]).toMatch(/^A NATO spokesman said/);
    expect(result.paragraphs).not.toContain(result.title);
    expect(result.title).toBe('NATO and Russia: a new start');
  });
});

describe('a title is said once', () => {
  it('the headline a dump shows twice before the body is the title, not also the first paragraph', () => {
    const dump = ['Page Contents', 'Topics', 'What is Cloud Computing?', 'What is Cloud Computing?', ...PROSE].join('\n\n');
    const result = clean(dump);
    expect(result.title).toBe('What is Cloud Computing?');
    expect(result.paragraphs).toEqual(PROSE);
  });

  it('a heading that stands after a kept paragraph stays in the body', () => {
    const dump = ['Page Contents', PROSE[0]!, 'What is Cloud Computing?', PROSE[1]!, PROSE[2]!].join('\n\n');
    const result = clean(dump);
    expect(result.title).toBe('What is Cloud Computing?');
    expect(result.paragraphs).toEqual([PROSE[0], 'What is Cloud Computing?', PROSE[1], PROSE[2]]);
  });
});

describe('the title, byline and date of an HTML page', () => {
  const page = (head: string, header: string) =>
    `<html lang="en"><head>${head}</head><body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><main><article>${header}${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></main><footer>© 2025 Example Hotels</footer></body></html>`;

  it('takes the headline the page shows over a different og:title', () => {
    const html = page('<title>Travel hacks | Example Hotels</title><meta property="og:title" content="Make the most of your stay with these 10 travel hacks">', '<h1>The Best Hotel Life Hacks and Travel Tips</h1>');
    expect(clean(html).title).toBe('The Best Hotel Life Hacks and Travel Tips');
  });

  it('decodes the entities JSON-LD carries in an author', () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Greek island hopping","author":{"@type":"Person","name":"Maria &amp; Katerina"},"datePublished":"2025-06-02T10:00:00+00:00"}</script>';
    const result = clean(page(ld, '<h1>Greek island hopping</h1>'));
    expect(result.byline).toBe('Maria & Katerina');
    expect(result.published?.slice(0, 10)).toBe('2025-06-02');
  });

  it('reads an author the markup gives as a profile address as the name in it', () => {
    const html = page('<meta name="author" content="https://example.com/user/megan-leanda-berry/">', '<h1>Greek island hopping</h1>');
    expect(clean(html).byline).toBe('Megan Leanda Berry');
  });

  it('gives no author for a template field the site left unfilled, nor the quotes around a name', () => {
    const unfilled = page('<meta name="author" content="page.head.extra.author">', '<h1>Greek island hopping</h1>');
    expect(clean(unfilled).byline).toBeNull();
    const quoted = page('<meta name="author" content="&quot;David Kim&quot;">', '<h1>Greek island hopping</h1>');
    expect(clean(quoted).byline).toBe('David Kim');
  });

  it('dates a page by a meta tag of another name (a journal\'s DC.Date) when it gives no standard one, and not by an expiry', () => {
    expect(clean(page('<meta name="DC.Date" scheme="ISO8601" content="2019-06-25">', '<h1>Greek island hopping</h1>')).published?.slice(0, 10)).toBe('2019-06-25');
    expect(clean(page('<meta name="offer-expires" content="2030-01-01">', '<h1>Greek island hopping</h1>')).published).toBeNull();
  });

  it('dates a page by the day its address gives, over a UTC time that falls on the next day', () => {
    const head = '<link rel="canonical" href="https://example.com/2025/12/18/greek-island-hopping/"><meta property="article:published_time" content="2025-12-19T02:41:41+00:00">';
    const shown = '<h1>Greek island hopping</h1><p><time datetime="2025-12-18T21:41:41-05:00">December 18, 2025</time></p>';
    expect(clean(page(head, shown)).published).toBe('2025-12-18T21:41:41-05:00');
    // No candidate of that day: the bare day. An address without a whole date changes nothing.
    expect(clean(page(head, '<h1>Greek island hopping</h1>')).published).toBe('2025-12-18');
    const undated = head.replace('/2025/12/18/', '/2025/12/');
    expect(clean(page(undated, '<h1>Greek island hopping</h1>')).published?.slice(0, 10)).toBe('2025-12-19');
  });
});

describe('a headline far from where the body seemed to start', () => {
  it('is read above the first paragraph when a long list of short entries puts the main run of prose far down the page', () => {
    const entries = Array.from({ length: 240 }, (_, k) => [`${k + 1}. Mover number ${k + 1}`, `Rating ${(k % 5) + 1} of 5`, 'Get a quote']).flat();
    const dump = [
      ...Array.from({ length: 60 }, (_, k) => `Menu item ${k + 1}`),
      '10 Best Moving Companies in New York (2025 Reviews)',
      PROSE[0]!,
      ...entries,
      'How we chose the best moving companies',
      ...PROSE.slice(1),
      PROSE[0]!.replace('Protein', 'Price'),
    ];
    const titles = analyse(dump.join('\n\n')).metadataCandidates.title.map((c) => c.text);
    expect(titles).toContain('10 Best Moving Companies in New York (2025 Reviews)');
    expect(clean(dump.join('\n\n')).title).toBe('10 Best Moving Companies in New York (2025 Reviews)');
  });
});

describe('bylines and dates far from the headline the dump seemed to have', () => {
  const candidates = (dump: string[], field: 'byline' | 'published') => analyse(dump.join('\n\n')).metadataCandidates[field].map((c) => c.text);

  it('reads a labelled credit whatever the dump did to its label', () => {
    const names = candidates(['Gym Workouts for Beginners', 'By: Paul Fenaroli', 'Written byAAA Travel Editor', ...PROSE], 'byline');
    expect(names).toContain('Paul Fenaroli');
    expect(names).toContain('AAA Travel Editor');
    expect(candidates(['Gym Workouts for Beginners', 'Posted on July 1, 2024 by Infuy', ...PROSE], 'byline')).toContain('Infuy');
  });

  it('reads a name a dump ran into its date, said twice, or followed with a full stop or a dateline label', () => {
    const names = (line: string) => candidates(['Gym Workouts for Beginners', line, ...PROSE], 'byline');
    expect(names('ByKathryn GiuffridaMar 5, 2025 | 6 comments')).toContain('Kathryn Giuffrida');
    expect(names('by Jeffrey ZeldmanNovember 20, 2007')).toContain('Jeffrey Zeldman');
    expect(names('Written by: Colin Gray Colin Gray')).toContain('Colin Gray');
    expect(names('Last updated March 3, 2025 by Erik Demaine.')).toContain('Erik Demaine');
    expect(names('Patrick Clarke Published 10:19am 19 December 2025')).toContain('Patrick Clarke');
    // A month glued to a name only with a whole date after it, and an initial or "Jr." keeps its full stop.
    expect(names('By Tom LeMay 5 things to know')).not.toContain('Tom Le');
    expect(names('By John Smith Jr.')).toContain('John Smith Jr.');
  });

  it('reads the name of a name line that says where the author works', () => {
    const names = candidates(['Gym Workouts for Beginners', 'Shelia R. Cotten, Clemson University', 'March 5, 2024', ...PROSE], 'byline');
    expect(names).toContain('Shelia R. Cotten');
  });

  it('reads a dateline, and a bare name beside it, wherever they stand on the page', () => {
    const menu = Array.from({ length: 60 }, (_, i) => `Menu entry ${i + 1}`);
    const dump = ['A Short Guide to Park Webcams', ...PROSE, ...menu, 'Jonathan Jones', 'Last updated: November 13, 2025', 'Contact Info'];
    expect(candidates(dump, 'published')).toContain('2025-11-13');
    expect(candidates(dump, 'byline')).toContain('Jonathan Jones');
  });

  it('does not take a bare name far from the headline with no dateline beside it', () => {
    const menu = Array.from({ length: 60 }, (_, i) => `Menu entry ${i + 1}`);
    const dump = ['A Short Guide to Park Webcams', ...PROSE, ...menu, 'Jonathan Jones', 'Contact Info'];
    expect(candidates(dump, 'byline')).not.toContain('Jonathan Jones');
  });
});
