// HTML mode against Readability with jsdom, both in-process on the same pages: the
// baseline a reader of this project will know.
import { analyse } from '../dist/index.js';

function measure(docs, fn) {
  let failures = 0;
  for (const d of docs.slice(0, 5)) {
    try {
      fn(d);
    } catch {}
  }
  const start = process.hrtime.bigint();
  for (const d of docs) {
    try {
      fn(d);
    } catch {
      failures++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  return { perSecond: docs.length / seconds, mbPerSecond: bytes / 1e6 / seconds, failures };
}

export async function readabilityComparison(pages) {
  let readability;
  try {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    const virtualConsole = new VirtualConsole();
    readability = (html) => {
      const dom = new JSDOM(html, { virtualConsole });
      const article = new Readability(dom.window.document).parse();
      dom.window.close();
      return article;
    };
  } catch {
    console.log('\n(Readability or jsdom not installed: no comparison)');
    return;
  }
  console.log(`\nHTML in-process on ${pages.length} pages, one thread`);
  const row = (name, m) => console.log(`  ${name.padEnd(22)} ${m.perSecond.toFixed(1).padStart(7)} docs/s ${m.mbPerSecond.toFixed(2).padStart(7)} MB/s${m.failures ? `  (${m.failures} failed)` : ''}`);
  const unboil = measure(pages, (h) => analyse(h, { inputKind: 'html' }));
  row('unboil', unboil);
  const base = measure(pages, readability);
  row('Readability + jsdom', base);
  console.log(`  unboil is ${(unboil.perSecond / base.perSecond).toFixed(1)}x Readability`);
}
