/** vitest runs without globals here: the RuleTester declares its cases with vitest's describe and it. */
import { describe, it } from 'vitest';
import { RuleTester } from '../../src/rule-tester/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
