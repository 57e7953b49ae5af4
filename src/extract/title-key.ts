/**
 * A title as it is compared: without case, punctuation or spacing. Shared by the title's
 * finders and candidates, which ask it of the same blocks: one cache computes each once.
 */
import { memoizeByText } from '../text/memo.js';

/** Text compared without case, punctuation or spacing. */
export const titleKey = memoizeByText((text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
