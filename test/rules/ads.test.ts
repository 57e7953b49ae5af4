import { describe, expect, it } from 'vitest';
import { ads } from '../../src/rules/ads.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

describe('rule: ads', () => {
  describe('removes', () => {
    it.each([
      "This post may contain affiliate and/or referral links. Please see my disclosure page.",
      "Live Science is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Learn more",
      "Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission.",
      "As an Amazon Associate I earn from qualifying purchases.",
      'Advertisement',
      'ADVERTISEMENT',
      '- Advertisement -',
      'Advertisement - Continue Reading Below',
      'Sponsored',
      'Sponsored links',
      'Sponsored Content',
      'Sponsored by Acme Bank',
      'Ad',
      'Story continues below advertisement',
      'Article continues below',
      'Paid content',
      'Promoted',
      'Promoted Stories',
      'Oracle BrandVoice | Paid Program',
      'Anzeige',
      '- Anzeige -',
      'Werbung',
      'Weiter nach der Anzeige',
      'Publicité',
      'Contenu sponsorisé',
      'La suite après cette publicité',
      'Publicidad',
      'Contenido patrocinado',
      'Sigue leyendo después de la publicidad',
    ])('the line %j', (line) => {
      expect(removesAll(ads, line)).toBe(true);
    });

    it('an ad label inside a paragraph block, and only that line', () => {
      const out = applyRule(ads, 'The council approved the budget on Monday.\nAdvertisement\nIt will take effect in April.');
      expect(out.removed).toEqual(['Advertisement']);
      expect(out.kept).toEqual(['The council approved the budget on Monday.', 'It will take effect in April.']);
    });

    it('the headlines under a sponsored-links header', () => {
      const input =
        'Sponsored links\n\nDoctors Stunned By This Simple Trick For Joint Pain\nThe Cars Everyone Wants This Winter Are Surprisingly Cheap\n\nYou Will Not Believe What This Village Looks Like Today';
      expect(removesAll(ads, input)).toBe(true);
    });

    it('headlines that follow the header in the same block', () => {
      expect(removesAll(ads, 'From Around the Web\nThis Is the Best Time to Book Flights\nRetirees Are Moving to These Cities')).toBe(true);
    });
  });

  describe('keeps', () => {
    it.each([
      "Amazon pays sites a commission of up to 10 percent on sales made through affiliate links, the report found.",
      "The agency will earn a commission on every ticket it sells, the mayor said.",
      'The company said advertising revenue rose 12 percent in the third quarter, driven by video.',
      'Paid political ads are not the problem. Our perceptions are.',
      'The advertisement, which ran during the Super Bowl, drew complaints from viewers.',
      'The event was sponsored by several local businesses and a regional bank, organisers said.',
      'Hey Twitter, the whole point of this ad campaign is to raise awareness.',
      'Der Konzern gab im vergangenen Jahr mehr als 200 Millionen Euro für Werbung aus.',
      'La publicité en ligne représente désormais la moitié des recettes du groupe.',
      'La publicidad institucional del Gobierno creció un 20 % el año pasado.',
      'Promotion',
      'Advertising',
    ])('the sentence or heading %j', (sentence) => {
      expect(keepsAll(ads, sentence)).toBe(true);
    });

    it('a paid-links header does not take the article paragraph after it', () => {
      const input =
        'Sponsored links\n\nThe minister said the plan would cut waiting times for hospital treatment by half within two years, according to a statement.';
      const out = applyRule(ads, input);
      expect(out.removed).toEqual(['Sponsored links']);
      expect(out.kept).toHaveLength(1);
    });

    it('an ad label does not take the next subheading and its paragraph', () => {
      const input =
        'Advertisement\n\nThe al-Tanf base\n\nThe base sits near the border with Jordan and Iraq and has hosted US troops since 2016, officials said.';
      const out = applyRule(ads, input);
      expect(out.removed).toEqual(['Advertisement']);
      expect(out.kept[0]).toBe('The al-Tanf base');
    });
  });
});
