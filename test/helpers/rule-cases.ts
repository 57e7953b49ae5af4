/** Shorthands for RuleTester cases that the built-in rules' tests write many of. */
import type { ExpectedRemoval, InvalidCase } from '../../src/index.js';

/** An input the rule removes whole, as one block or one line: a sign-up line, a notice. */
export function removedWhole(text: string, expected: Omit<ExpectedRemoval, 'text'> = {}): InvalidCase {
  return { text, removed: [{ text, ...expected }] };
}

/** A paragraph of a news story that no rule removes, to stand beside what they do. */
export const STORY = 'The council approved the budget on Tuesday after a long debate about the harbour wall and the cost of its repair.';

/** The reason a line pattern gives: "matches /.../". */
export const BY_PATTERN = /^matches \//;

/** An HTML page: the article's paragraphs in an <article>, then whatever follows it. */
export function page(paragraphs: readonly string[], after = ''): string {
  return `<html><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>${after}</body></html>`;
}

/** A text dump whose every block (the lines between blank lines) the rule removes whole. */
export function eachBlockRemoved(text: string, expected: Omit<ExpectedRemoval, 'text'> = {}): InvalidCase {
  return { text, removed: text.split(/\n\s*\n/).map((block) => ({ text: block, ...expected })) };
}
