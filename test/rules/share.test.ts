import { describe, expect, it } from 'vitest';
import { share } from '../../src/rules/share.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

describe('rule: share', () => {
  describe('removes', () => {
    it.each([
      'Share',
      'Share this:',
      'Share this article',
      'Share on Facebook',
      'Share this with Messenger',
      'Share this on WhatsApp',
      'Share to linkedin',
      'Tweet',
      'Copy link',
      'Sharing is caring!',
      'X Share via',
      '858 shares',
      'Share All sharing options for: Browns’ defensive snap counts, stats, and notes: Week 11',
      'Click to share on Twitter (Opens in new window)',
      'Follow us on Twitter',
      'Follow us on:',
      'Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.',
      'Teilen',
      'Artikel teilen',
      'Auf Facebook teilen',
      'Folgen Sie uns auf Instagram',
      'Partager',
      'Partager sur Twitter',
      'Partager cet article',
      'Suivez-nous sur Facebook',
      'Compartir',
      'Compartir en WhatsApp',
      'Compartir esta noticia',
      'Síguenos en Twitter',
    ])('the line %j', (line) => {
      expect(removesAll(share, line)).toBe(true);
    });

    it('a block of network buttons', () => {
      expect(removesAll(share, 'facebook\nlinkedin\ntwitter\nemail\nprint')).toBe(true);
    });

    it('a bar of networks with a stray label among them', () => {
      expect(removesAll(share, 'Share This Article\nReddit\nLinkedIn\nWhatsApp\nEmail\nPrint\nTalk')).toBe(true);
    });

    it('a share header and its buttons in separate blocks', () => {
      const input = 'Share this:\n\nFacebook\nTwitter\nFlipboard\nWhatsApp\nEmail\nCopy';
      expect(removesAll(share, input)).toBe(true);
    });

    it('one network per block, separated by blank lines', () => {
      const input = 'The minister resigned on Friday after weeks of pressure from his own party.\n\nEmail\n\nFacebook\n\nTwitter\n\nEmail\n\nThe vote is expected next week, officials said.';
      const out = applyRule(share, input);
      expect(out.removed).toEqual(['Email', 'Facebook', 'Twitter', 'Email']);
      expect(out.kept).toEqual([
        'The minister resigned on Friday after weeks of pressure from his own party.',
        'The vote is expected next week, officials said.',
      ]);
    });

    it('share lines with their network labels', () => {
      const input = 'Email\n\nShare this with Email\n\nFacebook\n\nShare this with Facebook\n\nMessenger\n\nShare this with Messenger';
      expect(removesAll(share, input)).toBe(true);
    });

    it('the like box of a WordPress share bar', () => {
      expect(removesAll(share, 'Like this:\nLike\nBe the first to like this.')).toBe(true);
    });

    it('only the share line of a mixed block', () => {
      const out = applyRule(share, 'Police closed the road for three hours.\nShare on Facebook');
      expect(out.removed).toEqual(['Share on Facebook']);
      expect(out.kept).toEqual(['Police closed the road for three hours.']);
    });
  });

  describe('keeps', () => {
    it.each([
      'Facebook said on Tuesday that it would add a share button to every post in its news feed.',
      'Alibaba is set to raise up to $12.9bn from its second listing, pricing its shares at a 2.8 per cent discount.',
      'She proceeded to share the hashtag on Twitter, where it quickly became a top trend.',
      '“While I share the frustration and delays to the program, switching horses midstream is not wise,” he said.',
      'Sharing my full letter on the sentencing of the man convicted of threatening my life.',
      'Share this information, please?',
      'Die Aktionäre wollen ihre Anteile teilen, sagte ein Sprecher des Konzerns am Montag.',
      'Les deux pays vont partager leurs données sur le climat, a indiqué le ministère.',
      'El Gobierno decidió compartir la información con las autoridades europeas.',
      'Twitter seemed a bit confused by the campaign:',
      'Fans raced to be the first to like this post, the singer said.',
    ])('the sentence %j', (sentence) => {
      expect(keepsAll(share, sentence)).toBe(true);
    });

    it('a subheading that names a network, followed by prose', () => {
      const input = 'Twitter\n\nTwitter said it would label misleading posts from world leaders, a policy change announced on Tuesday.';
      expect(keepsAll(share, input)).toBe(true);
    });

    it('a list of companies that happens to include one network', () => {
      const input = 'Facebook\nAmazon\nApple\nNetflix\nGoogle';
      expect(keepsAll(share, input)).toBe(true);
    });
  });
});
