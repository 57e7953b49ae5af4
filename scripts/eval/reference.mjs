// Other extractors' figures on the same pages, as ../shared/eval/README.md gives them
// (same scorer; the HTML tools read page.html.gz). Printed beside unboil's own.
export const REFERENCE = {
  dev: [
    { system: 'trafilatura 2.0', input: 'html', f1: 0.957, precision: 0.944, recall: 0.971 },
    { system: 'rs-trafilatura', input: 'html', f1: 0.971, precision: 0.953, recall: 0.99 },
    { system: 'Readability.js 0.6', input: 'html', f1: 0.951, precision: 0.922, recall: 0.981 },
  ],
  'wcxb-articles': [
    { system: 'trafilatura 2.2', input: 'html', f1: 0.931, precision: 0.924, recall: 0.937, wordF1: 0.936, with: 0.867, without: 0.046 },
    { system: 'Readability.js 0.6', input: 'html', f1: 0.926, precision: 0.915, recall: 0.938, wordF1: 0.93, with: 0.856, without: 0.048 },
  ],
  'wcxb-other': [
    { system: 'trafilatura 2.2', input: 'html', f1: 0.674, precision: 0.702, recall: 0.649, wordF1: 0.7, with: 0.625, without: 0.071 },
    { system: 'Readability.js 0.6', input: 'html', f1: 0.621, precision: 0.677, recall: 0.574, wordF1: 0.613, with: 0.541, without: 0.084 },
  ],
};

/** Metadata on wcxb-articles (score-metadata.mjs): share of pages right. */
export const REFERENCE_METADATA = {
  'wcxb-articles': [{ system: 'trafilatura 2.2', input: 'html', title: 0.535, author: 0.621, date: 0.848 }],
};
