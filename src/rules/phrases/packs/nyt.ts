/** The New York Times: the link its pages put where an ad or a module interrupts the story. */
import type { PhrasePack } from '../phrase-set.js';
import { shapeRelatedHeader } from '../shapes.js';

export const nyt: PhrasePack = {
  meta: {
    id: 'nyt',
    description: 'New York Times page chrome ("Continue reading the main story")',
    defaultOn: true,
  },
  phrases: {
    related: {
      linkHeaders: [shapeRelatedHeader('continue reading the main story')],
    },
  },
  examples: {
    related: ['Continue reading the main story'],
  },
};
