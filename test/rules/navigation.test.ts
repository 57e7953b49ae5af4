import { describe, expect, it } from 'vitest';
import { navigation } from '../../src/rules/navigation.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

const PROSE = 'Officials said the road would stay closed until Friday while engineers inspect the damaged bridge.';

describe('rule: navigation', () => {
  describe('removes', () => {
    it.each([
      'Skip to main content',
      'Skip to navigation',
      'Skip to content',
      'Menu',
      'Search',
      'Search for:',
      'Close',
      '×',
      'Sections',
      'Site Index',
      'Back to top',
      'Back To Main Menu',
      'toggle main navigation',
      'Toggle navigation',
      'You are at:',
      'You are here: Home » News » Politics',
      'Home > World > Europe',
      'Home / News / Business / Markets',
      'Previous article',
      'Next Post »',
      'Previous Next',
      'Next article: Kidnapped girl, 8, rescued by police in dramatic footage',
      'Zum Inhalt springen',
      'Suche',
      'Nach oben',
      'Startseite > Politik > Ausland',
      'Aller au contenu principal',
      'Rechercher',
      'Retour en haut de la page',
      'Article suivant',
      'Saltar al contenido',
      'Buscar',
      'Volver arriba',
      'Noticia anterior',
    ])('the line %j', (line) => {
      expect(removesAll(navigation, line)).toBe(true);
    });

    it('a menu block of section names', () => {
      expect(removesAll(navigation, 'Home\nNews\nPolitics\nBusiness\nOpinion\nSport\nVideo')).toBe(true);
    });

    it('a menu with site-specific items among section names', () => {
      expect(removesAll(navigation, 'News\nAll News\nGalleries\nLists\nBox Office\nTrailers\nFestivals\nReviews\nInterviews\nVideo\nPodcasts')).toBe(true);
    });

    it('a German, a French and a Spanish menu', () => {
      expect(removesAll(navigation, 'Startseite\nPolitik\nWirtschaft\nKultur\nSport')).toBe(true);
      expect(removesAll(navigation, 'Accueil\nPolitique\nÉconomie\nInternational\nCulture')).toBe(true);
      expect(removesAll(navigation, 'Portada\nInternacional\nEconomía\nDeportes\nCultura')).toBe(true);
    });

    it('a menu of one item per block', () => {
      const input = `${PROSE}\n\nHome\n\nNews\n\nSport\n\nBusiness\n\nWeather\n\n${PROSE}`;
      const out = applyRule(navigation, input);
      expect(out.removed).toEqual(['Home', 'News', 'Sport', 'Business', 'Weather']);
      expect(out.kept).toEqual([PROSE, PROSE]);
    });

    it('a breadcrumb written one crumb a line, but not the headline that ends it', () => {
      const out = applyRule(navigation, 'Home\nFact Checks\nPolitics\nDoes Marie Yovanovitch Have a Net Worth of $17 Million?');
      expect(out.removed).toEqual(['Home', 'Fact Checks', 'Politics']);
      expect(out.kept).toEqual(['Does Marie Yovanovitch Have a Net Worth of $17 Million?']);
    });

    it('a menu of links joined by bars', () => {
      expect(removesAll(navigation, 'News | Sport | Business | Culture | Weather')).toBe(true);
    });

    it('the control lines of a mixed block, not its sentence', () => {
      const out = applyRule(navigation, `Skip to main content\n${PROSE}`);
      expect(out.removed).toEqual(['Skip to main content']);
      expect(out.kept).toEqual([PROSE]);
    });
  });

  describe('keeps', () => {
    it.each([
      PROSE,
      'The restaurant’s menu changes every week, and the chef said she would close the kitchen in August.',
      'Search teams found the missing hikers near the summit on Sunday morning.',
      'Next week the committee will vote on the proposal, the chairman said.',
      'Home prices rose 4 percent in October, the fastest pace in two years.',
      'The previous government had promised to skip the reform entirely.',
      'Die Suche nach den Vermissten wurde am Abend eingestellt, teilte die Polizei mit.',
      'La recherche sur le cancer a reçu 30 millions d’euros, selon le ministère.',
      'El menú del restaurante cambia cada semana, explicó el chef.',
      'US FALLS',
      'The al-Tanf base',
      'Our Picks',
    ])('the sentence or heading %j', (sentence) => {
      expect(keepsAll(navigation, sentence)).toBe(true);
    });

    it('a list of product features', () => {
      expect(keepsAll(navigation, 'GPS\nOptical heart sensor\nDigital Crown\nS3 with dual-core processor\nAccelerometer and gyroscope\nSwim proof')).toBe(true);
    });

    it('a list of positions in a sports story', () => {
      expect(keepsAll(navigation, 'Defensive Line\n\nLinebacker\n\nCornerback\n\nSafety')).toBe(true);
    });

    it('a list of ingredients', () => {
      expect(keepsAll(navigation, 'Ingredients\n\n8-9 ripe pears, cored and peeled\n1 tsp cinnamon\n1 tsp nutmeg\n1 tsp ground ginger')).toBe(true);
    });

    it('a headline with a bar that is not a breadcrumb', () => {
      expect(keepsAll(navigation, 'Opinion | Republicans Are Following Trump to Nowhere - The New York Times')).toBe(true);
    });

    it('subheadings that happen to be section words, each followed by prose', () => {
      const input = `Politics\n\n${PROSE}\n\nBusiness\n\n${PROSE}\n\nSport\n\n${PROSE}`;
      expect(keepsAll(navigation, input)).toBe(true);
    });
  });
});
