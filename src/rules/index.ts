/** The built-in rule modules, in the order they run. */
import type { Rule } from '../types.js';
import { newsletter } from './newsletter.js';

export const builtInRules: readonly Rule[] = [newsletter];
