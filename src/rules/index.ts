/** The built-in rule modules, in the order they run. */
import type { Rule } from '../types.js';
import { newsletter } from './newsletter.js';
import { cookie } from './cookie.js';
import { legal } from './legal.js';
import { metadata } from './metadata.js';

export const builtInRules: readonly Rule[] = [newsletter, cookie, legal, metadata];
