/** The BBC: the panel of its share button, and the labels its pages put before a caption. */
import type { PhrasePack } from '../phrase-set.js';

export const bbc: PhrasePack = {
  meta: {
    id: 'bbc',
    description: 'BBC share panels ("Share this story About sharing", "Close share panel") and caption labels ("Image caption …")',
    defaultOn: true,
  },
  phrases: {
    metadata: {
      captionLeads: [/^(?:image|media) caption\s+\S/iu],
    },
    share: {
      lines: [
        /^share this (story|article|post) about sharing$/iu,
        /^(about sharing|read more about sharing\.?|close share panel|copy this link)$/iu,
      ],
    },
  },
  examples: {
    metadata: ['Image caption The prime minister spoke outside Downing Street on Tuesday', 'Media caption Watch: the moment the new bridge opened'],
    share: ['Share this story About sharing', 'Close share panel'],
  },
};
