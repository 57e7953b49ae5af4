/** Disqus, the comment service: what its embed says where the comments would load. */
import type { PhrasePack } from '../phrase-set.js';

export const disqus: PhrasePack = {
  meta: {
    id: 'disqus',
    description: 'Disqus comment embeds ("Please enable JavaScript to view the comments powered by Disqus.")',
    defaultOn: true,
  },
  phrases: {
    comments: {
      lines: [/^\s*(?:please )?enable javascript to (?:view|see|load|read) the comments\b.{0,60}$/iu],
    },
  },
  examples: {
    comments: ['Please enable JavaScript to view the comments powered by Disqus.'],
  },
};
