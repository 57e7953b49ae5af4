/**
 * BuiltInCategory (src/types.ts) is the list editors offer for a rule's category; nothing
 * in the pipeline reads it. It must name exactly the built-in rules' categories, so that a
 * new rule's category is offered and an old one's is not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

describe('BuiltInCategory', () => {
  it('names the categories of the built-in rules, each once', () => {
    const types = readFileSync(`${ROOT}src/types.ts`, 'utf8');
    const union = /export type BuiltInCategory =([^;]*);/.exec(types)![1]!;
    const listed = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...new Set(builtInRules.map((r) => r.meta.category))].sort());
  });
});
