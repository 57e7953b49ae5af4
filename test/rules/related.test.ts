import { describe, expect, it } from 'vitest';
import { related } from '../../src/rules/related.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

const PROSE =
  'The defence ministers of the 28 alliance states will discuss how to move forward on missile defence at a meeting in Bratislava next month.';

describe('rule: related', () => {
  describe('removes', () => {
    it.each([
      'Read more',
      'Read more »',
      'READ MORE',
      'Related',
      'Related articles',
      'Related Stories',
      'Related Topics',
      'Related Tags:',
      'More from Sportsnet',
      'More From the Los Angeles Times',
      'Most popular',
      'Most Read',
      'Recommended',
      'You may also like',
      'You may also like...',
      'You may like these posts',
      'Continue reading the main story',
      'Trending',
      "Don't miss",
      'More Great WIRED Stories',
      'Read more: Tencent profit falls as Alibaba threat and economic woes weigh',
      'Related: The 15 Weirdest Galaxies in Our Universe',
      'Maharashtra | Sonia Gandhi gives nod to Congress alliance with Shiv Sena: Reports - Read More »»',
      'Tags: Alibaba, Hong Kong, IPO',
      'Weiterlesen',
      'Mehr zum Thema',
      'Lesen Sie auch: Regierung plant neue Regeln für Mieten',
      'Das könnte Sie auch interessieren',
      'Lire aussi',
      'À lire aussi',
      'Lire aussi : Le gouvernement présente son budget',
      'Les plus lus',
      'Leer más',
      'Te puede interesar',
      'Noticias relacionadas',
      'Lo más leído',
      'Lee también: El Gobierno aprueba la reforma laboral',
    ])('the line %j', (line) => {
      expect(removesAll(related, line)).toBe(true);
    });

    it('the trailing "Read more" of an article', () => {
      const out = applyRule(related, `${PROSE}\n\nRead more`);
      expect(out.removed).toEqual(['Read more']);
      expect(out.kept).toEqual([PROSE]);
    });

    it('a header and the headlines in its own block', () => {
      const input =
        'More from Sportsnet\nEpic singles wins give Canada best Davis Cup Finals start imaginable\nRyan McKenna\nShapovalov, Pospisil give Canada a pair of upsets over Italy at Davis Cup\nCanadian Press';
      expect(removesAll(related, input)).toBe(true);
    });

    it('a header and the headline blocks after it', () => {
      const input =
        'Related stories\n\nIndia plans incentives to woo 324 foreign manufacturers\n\nDollar rises as US-China relations worsen over HK\n\nChina cuts new benchmark rate to boost economy';
      expect(removesAll(related, input)).toBe(true);
    });

    it('a numbered most-popular list', () => {
      const input =
        'Most Popular\n\n1\n\nFire damages historic club in Albany\n\n2\n\nBest of the Capital Region 2019: Pizza\n\n3\n\nPhotos: The mall through the years';
      expect(removesAll(related, input)).toBe(true);
    });

    it('tags under a related-tags header', () => {
      expect(removesAll(related, 'Related Tags:\n\nDelhi Pollution\nDelhi Smog\nOxygen\nAir Quality')).toBe(true);
    });

    it('an inline related box mid-article, but not the prose after it', () => {
      const input = `${PROSE}\n\nRelated articles\n\nHong Kong uprising: Protestors send defiant warning to China\nHong Kong protests: 800 students under siege in university\n\n${PROSE}`;
      const out = applyRule(related, input);
      expect(out.removed).toEqual([
        'Related articles',
        'Hong Kong uprising: Protestors send defiant warning to China\nHong Kong protests: 800 students under siege in university',
      ]);
      expect(out.kept).toEqual([PROSE, PROSE]);
    });

    it('German, French and Spanish headers with their headlines', () => {
      for (const header of ['Mehr zum Thema', 'Sur le même sujet', 'Noticias relacionadas']) {
        const input = `${header}\n\nRegierung und Opposition streiten über den Haushalt 2025\nLe Sénat adopte le projet de loi sur l'immigration\nEl Congreso aprueba los presupuestos generales del Estado`;
        expect(removesAll(related, input)).toBe(true);
      }
    });
  });

  describe('keeps', () => {
    it.each([
      'The two cases are related, police said, but no arrests have been made so far.',
      'Read more about the study in the journal Nature, which published the findings on Wednesday.',
      'The most popular destination among Russian travellers this year was Armenia, the agency said.',
      'Related charges were dropped in March after the key witness withdrew her statement.',
      'Die Ermittler prüfen, ob die beiden Fälle miteinander zusammenhängen, sagte ein Sprecher.',
      'Il faut lire aussi le rapport de la Cour des comptes, estime le député.',
      'Lo más leído del año fue un reportaje sobre la vivienda, según el diario.',
      'Our Picks',
      'US FALLS',
    ])('the sentence or heading %j', (sentence) => {
      expect(keepsAll(related, sentence)).toBe(true);
    });

    it('the article paragraph after a header', () => {
      const out = applyRule(related, `Related\n\n${PROSE}`);
      expect(out.removed).toEqual(['Related']);
      expect(out.kept).toEqual([PROSE]);
    });

    it('a subheading that follows a related box and stands before prose', () => {
      const input = `Related\n\nGRID’s Stadia Exclusive Mode is All About Endurance Racing\n\nThe al-Tanf base\n\n${PROSE}`;
      const out = applyRule(related, input);
      expect(out.kept).toEqual(['The al-Tanf base', PROSE]);
    });

    it('a product list after a weak "Don\'t miss" header', () => {
      const input = "Don't Miss:\n\nApple AirPods\n\nAutomatically on, automatically connected\nEasy setup for all your Apple devices";
      const out = applyRule(related, input);
      expect(out.removed).toEqual(["Don't Miss:"]);
      expect(out.kept).toEqual(['Apple AirPods', 'Automatically on, automatically connected', 'Easy setup for all your Apple devices']);
    });

    it('the headline after a "Continue reading" link', () => {
      const input = `Continue reading the main story\n\nTrump’s Made-for-TV Trade War Keeps World Guessing\n\n${PROSE}`;
      const out = applyRule(related, input);
      expect(out.removed).toEqual(['Continue reading the main story']);
      expect(out.kept).toEqual(['Trump’s Made-for-TV Trade War Keeps World Guessing', PROSE]);
    });

    it('the article headline after a tags header in the same block', () => {
      const input = 'Filed under:\nEntertainment\nTech\nTV Shows\nStar Trek 4 eyes Fargo, Legion creator Noah Hawley to direct';
      const out = applyRule(related, input);
      expect(out.removed).toEqual(['Filed under:', 'Entertainment', 'Tech', 'TV Shows']);
      expect(out.kept).toEqual(['Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct']);
    });

    it('what follows a "Top Stories" item of a menu', () => {
      const input = 'Business\n\nTop Stories\n\nEntertainment\n\nBeijing tariff demands may expand US-China trade deal\n\nReuters, Washington,';
      const out = applyRule(related, input);
      expect(out.removed).toEqual(['Top Stories']);
      expect(out.kept).toContain('Beijing tariff demands may expand US-China trade deal');
    });

    it('an ingredient list is not a headline list', () => {
      const input = 'Related\n\nHow to make the perfect pie crust\n\nIngredients\n\n8-9 ripe pears, cored and peeled\n1 tsp cinnamon\n1 tsp nutmeg';
      const out = applyRule(related, input);
      expect(out.kept).toEqual(['Ingredients', '8-9 ripe pears, cored and peeled', '1 tsp cinnamon', '1 tsp nutmeg']);
    });
  });
});
