/** The BBC: the panel of its share button. */
import type { PhrasePack } from '../phrase-set.js';

export const bbc: PhrasePack = {
  meta: {
    id: 'bbc',
    description: 'BBC share panels ("Share this story About sharing", "Close share panel")',
    defaultOn: true,
  },
  phrases: {
    share: {
      lines: [
        /^share this (story|article|post) about sharing$/iu,
        /^(about sharing|read more about sharing\.?|close share panel|copy this link)$/iu,
      ],
    },
  },
  examples: {
    share: ['Share this story About sharing', 'Close share panel'],
  },
};
