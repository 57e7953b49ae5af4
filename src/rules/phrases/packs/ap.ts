/** The Associated Press: the slug its wire copy keeps at the top of a story. */
import type { PhrasePack } from '../phrase-set.js';

export const ap: PhrasePack = {
  meta: {
    id: 'ap',
    description: 'Associated Press wire slugs ("AP-US--Trump-Impeachment, 4th Ld-Writethru")',
    defaultOn: true,
  },
  phrases: {
    metadata: {
      // "AP-US--Trump-Impeachment, 4th Ld-Writethru", "BC-EU--Britain-Brexit-Election, 1st Ld-Writethru".
      wireSlugs: [/^[A-Z]{2}(?:-[A-Z]{2,})?--[\w-]+(?:,\s*\d+(?:st|nd|rd|th)\s+(?:Ld|Add|Take)-Writethru)?$/u],
    },
  },
  examples: {
    metadata: ['AP-US--Trump-Impeachment, 4th Ld-Writethru'],
  },
};
