/**
 * How a schema's refusals read: "must be X, not the string "y"", with the key named by
 * the caller. Zod's own messages name types ("expected boolean, received string"); these
 * say what the user may write instead.
 */
import type * as z from 'zod';
import { describe } from '../rule-set/validate-rule.js';

/** An error function for a schema: "must be <expectation>, not <what was there>". */
export const must =
  (expectation: string) =>
  (issue: z.core.$ZodRawIssue): string =>
    `must be ${expectation}, not ${describe(issue.input)}`;
