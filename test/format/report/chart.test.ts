/** The removal charts: one row per category or rule, bars drawn to scale, every value labelled and escaped. */
import { describe, expect, it } from 'vitest';
import { removalChart } from '../../../src/format/report/chart.js';
import { categoryColor } from '../../../src/format/report/category-colors.js';

const rows = [
  { id: 'navigation', chars: 1_500, documents: 8 },
  { id: 'newsletter', chars: 500, documents: 2 },
  { id: 'x<y>', chars: 5, documents: 1 },
];
const widths = (svg: string, kind: 'share' | 'docs') => [...svg.matchAll(new RegExp(`class="bar ${kind}"[^>]* width="(\\d+)"`, 'g'))].map((m) => Number(m[1]));

describe('removalChart', () => {
  const svg = removalChart(rows, { kind: 'category', title: 'Removed by category', chars: 10_000, documents: 10 });

  it('draws one row per total, in the order given, each a filter', () => {
    expect(svg.startsWith('<svg class="chart" id="chart-category"')).toBe(true);
    expect([...svg.matchAll(/data-filter="([^"]*)"/g)].map((m) => m[1])).toEqual(['category:navigation', 'category:newsletter', 'category:x&lt;y&gt;']);
  });

  it('draws shares against an axis that holds the largest (15% on an axis to 20%), and documents against the run', () => {
    expect(svg).toContain('axis to 20%');
    expect(widths(svg, 'share')).toEqual([247, 83, 1]); // 330 px is 20% (15% is 247.5, a hair under in floating point); the smallest still shows
    expect(widths(svg, 'docs')).toEqual([112, 28, 14]); // 140 px is all 10 documents
    expect(svg).toContain('>15.0%<');
    expect(svg).toContain('>0.05%<'); // a share under 0.1% keeps two decimals
    expect(svg).toContain('data-share="0.150000"');
  });

  it('colours a row by its category, and a rule by the category it belongs to', () => {
    expect(svg).toContain(`fill="${categoryColor('navigation')}"`);
    const byRule = removalChart([{ id: 'house-promo', category: 'navigation', chars: 10, documents: 1 }], { kind: 'rule', title: 't', chars: 100, documents: 1 });
    expect(byRule).toContain(`fill="${categoryColor('navigation')}"`);
    expect(byRule).toContain('data-filter="rule:house-promo"');
    expect(byRule).toContain('house-promo (navigation): 10.0% of the text');
  });

  it('escapes names, so that a custom rule cannot put markup in the page', () => {
    expect(svg).not.toContain('x<y>');
    expect(svg).toContain('>x&lt;y&gt;</text>');
  });

  it('says so when nothing was removed', () => {
    expect(removalChart([], { kind: 'rule', title: 't', chars: 100, documents: 1 })).toContain('Nothing was removed');
  });
});

describe('categoryColor', () => {
  it('gives built-in categories their own colours and a custom one always the same spare', () => {
    expect(categoryColor('navigation')).not.toBe(categoryColor('newsletter'));
    expect(categoryColor('promo')).toMatch(/^#[0-9a-f]{6}$/);
    expect(categoryColor('promo')).toBe(categoryColor('promo'));
  });
});
