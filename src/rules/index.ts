/** The built-in rule modules, in the order they run. */
import type { Rule } from '../types.js';
import { newsletter } from './newsletter.js';
import { donation } from './donation.js';
import { comments } from './comments.js';
import { notification } from './notification.js';
import { share } from './share.js';
import { related } from './related.js';
import { navigation } from './navigation.js';
import { cookie } from './cookie.js';
import { legal } from './legal.js';
import { ads } from './ads.js';
import { paywall } from './paywall.js';
import { metadata } from './metadata.js';
import { authorBio } from './author-bio.js';
import { template } from './template.js';
import { prose } from './prose.js';

export const builtInRules: readonly Rule[] = [
  newsletter,
  donation,
  comments,
  notification,
  share,
  related,
  navigation,
  cookie,
  legal,
  ads,
  paywall,
  metadata,
  authorBio,
  template,
  prose,
];
