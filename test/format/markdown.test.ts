/** --format markdown: the kept article as Markdown, from HTML, from Markdown dumps (their own syntax) and from text dumps. */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/clean.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { ROOT, runCli } from '../helpers/cli.js';

const P1 = 'The council approved the budget on Tuesday evening after a debate that lasted almost four hours, officials said.';
const P2 = 'Opposition members argued that the increase in council tax, the largest in a decade, would fall hardest on pensioners.';

describe('Markdown output', () => {
  it('from HTML: headings, lists, quotes, code and tables as Markdown', () => {
    const html = `<html><head><title>Budget</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
      <h1>Council approves budget</h1><p>${P1}</p><h2>What changes</h2>
      <ol><li>Schools get £4.2m for new roofs and science blocks across the city.</li><li>Roads get £1.1m for repairs before the winter.</li></ol>
      <blockquote><p>These buildings have been patched for twenty years, and the pupils deserve better.</p></blockquote>
      <p>${P2}</p><pre>band  rise
D     4.99%</pre>
      <table><tr><th>Band</th><th>Yearly bill</th></tr><tr><td>D</td><td>£1,932</td></tr></table>
      <p>${P2.replace('Opposition', 'Some')}</p></article></body></html>`;
    const md = formatMarkdown(analyse(html, { inputKind: 'html' }));
    expect(md).toBe(
      [
        '# Council approves budget',
        P1,
        '## What changes',
        '1. Schools get £4.2m for new roofs and science blocks across the city.',
        '1. Roads get £1.1m for repairs before the winter.',
        '> These buildings have been patched for twenty years, and the pupils deserve better.',
        P2,
        '```\nband  rise\nD     4.99%\n```',
        '| Band | Yearly bill |\n| --- | --- |\n| D | £1,932 |',
        P2.replace('Opposition', 'Some'),
      ].join('\n\n') + '\n',
    );
    expect(md).not.toContain('Home');
  });

  const CODE = 'def f(n):\n    if n:\n        return n * f(n - 1)\n    return 1';

  it('keeps code indented as it was, in a fence, from HTML and from a Markdown dump, and in plain text', () => {
    const html = `<html><body><article><h1>How recursion works</h1><p>${P1}</p><pre><code>${CODE}</code></pre><p>${P2}</p></article></body></html>`;
    const fromHtml = analyse(html, { inputKind: 'html' });
    expect(formatMarkdown(fromHtml)).toContain('```\n' + CODE + '\n```');
    expect(fromHtml.result.paragraphs).toContain(CODE);
    const dump = `# How recursion works\n\n${P1}\n\n  \`\`\`python\n  ${CODE.replace(/\n/g, '\n  ')}\n  \`\`\`\n\n${P2}\n`;
    const fromMarkdown = analyse(dump);
    expect(formatMarkdown(fromMarkdown)).toContain('```\n' + CODE + '\n```');
    expect(fromMarkdown.result.paragraphs).toContain(CODE);
  });

  it('keeps the indentation of a first line of code too', () => {
    const code = '    "names": [\n        "a"\n    ]';
    const result = analyse(`<html><body><article><h1>Config</h1><p>${P1}</p><pre>${code}</pre><p>${P2}</p></article></body></html>`, { inputKind: 'html' }).result;
    expect(result.paragraphs).toContain(code);
  });

  it('fences code that holds backticks with more of them', () => {
    const code = 'run ``` here\nand `this`';
    const md = formatMarkdown(analyse(`<html><body><article><h1>Fences</h1><p>${P1}</p><pre>${code}</pre><p>${P2}</p></article></body></html>`, { inputKind: 'html' }));
    expect(md).toContain('````\n' + code + '\n````');
  });

  it('from a Markdown dump: the kept blocks keep their own syntax, links included', () => {
    const dump = readFileSync(join(ROOT, 'fixtures/dumps/council-budget.html2text.md'), 'utf8');
    const md = formatMarkdown(analyse(dump));
    expect(md.startsWith('# Council approves budget with new school funding\n\n')).toBe(true);
    expect(md).toContain('## Council tax rise');
    expect(md).toContain('The city council approved its budget for the coming year on Tuesday evening,\nsetting aside');
    expect(md).not.toContain('[Home](/)');
    expect(md).not.toContain('Privacy Policy');
  });

  it('from a text dump: paragraphs, and list items as items', () => {
    const lynx = readFileSync(join(ROOT, 'fixtures/dumps/council-budget.lynx.txt'), 'utf8');
    const md = formatMarkdown(analyse(lynx), { title: false });
    expect(md.split('\n\n')[0]).toBe('The city council approved its budget for the coming year on Tuesday evening, setting aside an extra £4.2m for school buildings and £1.1m for road repairs.');
    const items = formatMarkdown(analyse(`${P1}\n\n   * Schools get new roofs across the city this year.\n   * Roads get repairs before the winter comes.\n\n${P2}`));
    expect(items).toContain('- Schools get new roofs across the city this year.\n- Roads get repairs before the winter comes.');
  });

  it('escapes text that would read as Markdown', () => {
    const md = formatMarkdown(analyse(`# Not a heading, said the sign on the door of the council chamber on Tuesday evening.\n\n${P1}\n\n${P2}`, { inputKind: 'text' }));
    expect(md).toContain('\\# Not a heading');
  });

  it('is a command-line format, and --out-dir writes .md files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'unboil-md-'));
    const run = await runCli(['--format', 'markdown', '--out-dir', out, 'fixtures/html/council-budget.html', 'fixtures/dumps/council-budget.html2text.md']);
    expect(run.status).toBe(0);
    const files = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
    expect(files).toEqual(['dumps/council-budget.html2text.md', 'html/council-budget.md']);
    expect(readFileSync(join(out, 'html/council-budget.md'), 'utf8')).toMatch(/^# Council approves budget with new school funding\n\n/);
  });
});
