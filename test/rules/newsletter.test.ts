import { describe, expect, it } from 'vitest';
import { newsletter } from '../../src/rules/newsletter.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

describe('rule: newsletter', () => {
  describe('removes', () => {
    it.each([
      "Get our weekly California Inc. newsletter",
      "Get Quanta Magazine delivered to your inbox",
      'Get the Courier in your inbox',
      'Get our best stories straight to your inbox!',
      'Sign up for our free weekly newsletter',
      'Subscribe to our Morning Briefing newsletter',
      'Get our daily newsletter',
      'Sign up for email newsletters',
      'Enter your email address',
      'Thank you for signing up!',
      'Subscribers agree to the Privacy Policy',
      'By signing up, you agree to our Terms of Service and Privacy Policy.',
      'Newsletter abonnieren',
      'Abonnez-vous à notre newsletter',
      'Suscríbete a nuestro boletín',
    ])('the line %j', (line) => {
      expect(removesAll(newsletter, line)).toBe(true);
    });

    it('a sign-up box that pitches the newsletter to the reader', () => {
      const box =
        'Our weekly newsletter contains a hand-picked selection of news, features, analysis and more. You will receive it in your mailbox every Friday. Never miss the latest news. Preview';
      expect(removesAll(newsletter, box)).toBe(true);
    });

    it('only the sign-up line of a mixed block', () => {
      const out = applyRule(newsletter, 'The minister resigned on Friday.\nSign up for our daily newsletter');
      expect(out.removed).toEqual(['Sign up for our daily newsletter']);
      expect(out.kept).toEqual(['The minister resigned on Friday.']);
    });
  });

  describe('keeps', () => {
    it.each([
      "The magazine said subscribers get Quanta delivered to their inbox each week.",
      'Readers get the Courier in their inbox every morning, the editor said.',
      'Get the Courier in your inbox, the advertisement said, and thousands did.',
      'The company said its newsletter reached 2 million subscribers last year, up from 1.2 million.',
      'Substack, which hosts thousands of paid newsletters, raised $65 million in a funding round led by Andreessen Horowitz.',
      '"Sign up for our newsletter," the pop-up said, but she closed it and kept reading about the election.',
      'Writers who sign up to the platform keep 90 percent of what their readers pay, the company said.',
      'Der Verlag verschickt seinen Newsletter jeden Morgen an rund 40.000 Leser, sagte ein Sprecher.',
    ])('the sentence %j', (sentence) => {
      expect(keepsAll(newsletter, sentence)).toBe(true);
    });
  });
});
