import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { emptyVerdicts } from '../../src/classify/verdicts.js';
import { applyContext, findMainRun, findRunAfterTitle } from '../../src/classify/context-pass.js';

const PARAGRAPHS = [
  'The council approved the plan on Tuesday, and the work on the new bridge will start in the spring of next year.',
  'Residents who spoke at the meeting were divided, with some worried about the noise and others glad of the shorter trip.',
  'The budget of the project has grown twice since it was first proposed, and the mayor said she expected no further rise.',
  'A second vote on the financing is planned for next month, when the regional government will say how much it can give.',
];
const P = (n: number) => PARAGRAPHS[n - 1]!;

function settle(source: string, removed: Record<number, 'comments' | 'donation'> = {}) {
  const doc = parseText(source);
  const verdicts = emptyVerdicts(doc.blocks.length);
  for (const [i, category] of Object.entries(removed)) verdicts[Number(i)]!.block = { rule: category, category, reason: 'test' };
  const run = findMainRun(doc, verdicts);
  applyContext(doc, verdicts, run);
  return { run, kept: doc.blocks.filter((b) => !verdicts[b.index]!.block).map((b) => b.text), verdicts };
}

describe('context pass', () => {
  it('keeps the main run of prose with its subheadings and drops menus and headline lists around it', () => {
    const source = ['Home\nWorld\nBusiness', P(1), 'A Subheading Here', P(2), P(3), 'Most Read Stories\nAnother Headline Here\nThird Headline'].join('\n\n');
    const { kept, verdicts } = settle(source);
    expect(kept).toEqual([P(1), 'A Subheading Here', P(2), P(3)]);
    expect(verdicts[0]!.block?.rule).toBe('prose/before-article');
    expect(verdicts[5]!.block?.rule).toBe('prose/after-article');
  });

  it('does not let a removed widget inside the article split it', () => {
    const source = [P(1), 'Support us', 'Your gift keeps our reporting free for everyone. Please give today.', P(2)].join('\n\n');
    expect(settle(source, { 1: 'donation', 2: 'donation' }).kept).toEqual([P(1), P(2)]);
  });

  it('drops everything after a comment-section header that follows the article', () => {
    const source = [P(1), P(2), 'Join the conversation', 'I think this is a great decision and I hope it will be done soon, wrote one reader.', P(3)].join('\n\n');
    const { kept, verdicts } = settle(source, { 2: 'comments' });
    expect(kept).toEqual([P(1), P(2)]);
    expect(verdicts[4]!.block?.rule).toBe('prose/after-comments');
  });

  it('gives a short block between two removed blocks of one category to that widget', () => {
    const source = [P(1), 'Support our journalism', 'Dear readers,', 'Every contribution counts, and we need yours.', P(2)].join('\n\n');
    const { verdicts } = settle(source, { 1: 'donation', 3: 'donation' });
    expect(verdicts[2]!.block?.category).toBe('donation');
  });

  it('finds no run in a document without prose and removes nothing', () => {
    const { run, kept } = settle('Home\n\nNews\n\nSport');
    expect(run.first).toBe(-1);
    expect(kept).toEqual(['Home', 'News', 'Sport']);
  });

  it('does not end the article at a comment form that stands above it', () => {
    const source = ['Name (required)', 'Email (required)', P(1), P(2), P(3)].join('\n\n');
    const { kept } = settle(source, { 0: 'comments', 1: 'comments' });
    expect(kept).toEqual([P(1), P(2), P(3)]);
  });

  it('keeps a list the article introduces with a colon', () => {
    const list = 'June 9 -- Coral Sky Amphitheatre, West Palm Beach\nJune 11 -- MidFlorida Credit Union Amphitheatre, Tampa\nJune 12 -- Daily\'s Place, Jacksonville';
    const source = [P(1), `${P(2)} The dates of the tour:`, list, 'Home\nNews\nSport\nWeather'].join('\n\n');
    expect(settle(source).kept).toEqual([P(1), `${P(2)} The dates of the tour:`, list]);
  });

  it('does not take a long run of names and headlines without stop words for prose', () => {
    const headlines =
      '1 Photo sparks Greta Thunberg conspiracy theories 2 Obama aides allegedly left Trump team notes 3 Surgeons remove petroleum jelly from bodybuilder biceps 4 Harry Connick Jr. blasts Frank Sinatra 5 Tom Hanks discovers Mister Rogers family link 6 Hong Kong civilians rescue students trapped inside campus';
    const { run } = settle([headlines, P(1), P(2)].join('\n\n'));
    expect(run.first).toBe(1);
  });

  it('keeps a table of figures inside the article', () => {
    const table = [
      'Pos Player Plays Stats',
      'DL Larry Ogunjobi 63 85% 1 tackle',
      'DL Myles Garrett 58 78% 2 tackles 1 sack',
      'DL Sheldon Richardson 60 81% 4 tackles',
      'LB Joe Schobert 74 100% 7 tackles 3 assists',
      'LB Mack Wilson 74 100% 1 tackle 4 assists',
      'LB Sione Takitaki 6 8% No stats registered',
    ].join('\n');
    expect(settle([P(1), table, P(2), P(3)].join('\n\n')).kept).toEqual([P(1), table, P(2), P(3)]);
  });

  it('drops a block that says again what a kept block said', () => {
    const caption = 'The new bridge as the architects drew it';
    const { kept, verdicts } = settle([P(1), caption, P(2), caption, P(3)].join('\n\n'));
    expect(kept).toEqual([P(1), caption, P(2), P(3)]);
    expect(verdicts[3]!.block?.rule).toBe('prose/repeat');
  });

  it('does not let the article said again at the end of the page draw the page\'s tail into it', () => {
    const source = [P(1), P(2), P(3), 'More: city news', 'Charlie Wood', `${P(1)} ${P(2)} ${P(3)}`].join('\n\n');
    const { kept, verdicts } = settle(source);
    expect(kept).toEqual([P(1), P(2), P(3)]);
    expect(verdicts[5]!.block).toBeDefined();
  });

  it('keeps the copy of a paragraph that stands in the article when the other stood in a teaser above it', () => {
    const menu = 'Home\nNews\nSport\nWeather\nTravel\nCulture\nOpinion\nVideo\nPodcasts\nJobs';
    const source = [P(2), menu, menu.split('\n').reverse().join('\n'), 'Login\nRegister\nContact\nAbout\nHelp\nShop', P(1), P(2), P(3)].join('\n\n');
    const { kept, verdicts } = settle(source);
    expect(kept).toEqual([P(1), P(2), P(3)]);
    expect(verdicts[0]!.block?.rule).toBe('prose/before-article');
  });
  it('does not take a list of short headline lines for prose, however many words it holds', () => {
    const list = [
      'News',
      "Jason Gough's forecast: A bit of a break, but for how long?",
      'A.M. Roundup: State lawmakers call ethics panel unsatisfactory after...',
      'Sports',
      "UAlbany football's Eli Mencer overcomes own doubts",
      'News',
      'Limo operator statements to be allowed in court, judge rules',
      'Entertainment',
      "'Saved by the Bell' actor in local film having premiere",
    ].join('\n');
    const { kept } = settle([P(1), P(2), P(3), 'JANIE HAR', list].join('\n\n'));
    expect(kept).toEqual([P(1), P(2), P(3)]);
  });

  it('takes a list of figures for the article when it is all the page has', () => {
    const calendar = ['1a etapa: 10 de março – Interlagos', '2a etapa: 8 de abril – Curitiba', '3a etapa: 22 de abril – Velopark', '4a etapa: 06 de maio – Londrina', '5a etapa: 20 de maio – Santa Cruz do Sul', '6a etapa: 5 de agosto – Corrida do Milhão'].join('\n');
    const notice = 'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão publicados.';
    const { kept } = settle(['Home\nNews\nSport\nWeather', 'Calendário da Stock Car 2018', calendar, 'Tags', notice].join('\n\n'));
    expect(kept).toContain(calendar);
  });
});

describe('the run after a title', () => {
  const doc = (blocks: string[]) => parseText(blocks.join('\n\n'));

  it('starts after the headline that repeats the page title', () => {
    const d = doc(['New bridge approved - City News', P(4), P(3), 'New bridge approved', P(1), P(2)]);
    const run = findRunAfterTitle(d, emptyVerdicts(d.blocks.length), 3, false);
    expect([run.first, run.last]).toEqual([4, 5]);
  });

  it('yields to a stronger run before a doubtful title', () => {
    const d = doc(['New bridge approved', P(1), P(2), P(3), 'Share this story', 'New bridge approved', 'Short words here.']);
    const run = findRunAfterTitle(d, emptyVerdicts(d.blocks.length), 5, true);
    expect([run.first, run.last]).toEqual([1, 3]);
  });
});
