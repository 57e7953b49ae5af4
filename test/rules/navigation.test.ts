/**
 * navigation: menus, breadcrumbs and control lines go, in text dumps and in HTML; lists of
 * features, positions and ingredients, headlines with a bar, and subheadings that are
 * section words before prose, stay.
 */
import { RuleTester } from '../../src/index.js';
import { navigation } from '../../src/rules/navigation.js';
import { BY_PATTERN, removedWhole } from '../helpers/rule-cases.js';

const PROSE = 'Officials said the road would stay closed until Friday while engineers inspect the damaged bridge.';
const MENU = 'block of menu labels with section names';
const CRUMBS = 'breadcrumb trail, one crumb a line';

new RuleTester().run('navigation', navigation, {
  valid: [
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
    // A list of product features.
    'GPS\nOptical heart sensor\nDigital Crown\nS3 with dual-core processor\nAccelerometer and gyroscope\nSwim proof',
    // A list of positions in a sports story.
    'Defensive Line\n\nLinebacker\n\nCornerback\n\nSafety',
    // A list of ingredients.
    'Ingredients\n\n8-9 ripe pears, cored and peeled\n1 tsp cinnamon\n1 tsp nutmeg\n1 tsp ground ginger',
    // A headline with a bar that is not a breadcrumb.
    'Opinion | Republicans Are Following Trump to Nowhere - The New York Times',
    // Subheadings that happen to be section words, each followed by prose.
    `Politics\n\n${PROSE}\n\nBusiness\n\n${PROSE}\n\nSport\n\n${PROSE}`,
    {
      name: 'HTML subheadings that are section words, each followed by prose',
      html: `<html><body><article><h2>Politics</h2><p>${PROSE}</p><h2>Business</h2><p>Shops on the high street said they had lost half their trade since the bridge closed.</p></article></body></html>`,
    },
  ],
  invalid: [
    removedWhole('Skip to main content', { category: 'navigation' }),
    removedWhole('Skip to navigation', { category: 'navigation' }),
    removedWhole('Skip to content', { category: 'navigation' }),
    removedWhole('Menu', { category: 'navigation' }),
    removedWhole('Search', { category: 'navigation' }),
    removedWhole('Search for:', { category: 'navigation' }),
    removedWhole('Close', { category: 'navigation' }),
    removedWhole('×', { category: 'navigation' }),
    removedWhole('Sections', { category: 'navigation' }),
    removedWhole('Site Index', { category: 'navigation' }),
    removedWhole('Back to top', { category: 'navigation' }),
    removedWhole('Back To Main Menu', { category: 'navigation' }),
    removedWhole('toggle main navigation', { category: 'navigation' }),
    removedWhole('Toggle navigation', { category: 'navigation' }),
    removedWhole('You are at:', { category: 'navigation' }),
    removedWhole('You are here: Home » News » Politics', { category: 'navigation' }),
    removedWhole('Home > World > Europe', { category: 'navigation' }),
    removedWhole('Home / News / Business / Markets', { category: 'navigation' }),
    removedWhole('Previous article', { category: 'navigation' }),
    removedWhole('Next Post »', { category: 'navigation' }),
    removedWhole('Previous Next', { category: 'navigation' }),
    removedWhole('Next article: Kidnapped girl, 8, rescued by police in dramatic footage', { category: 'navigation' }),
    removedWhole('Zum Inhalt springen', { category: 'navigation' }),
    removedWhole('Suche', { category: 'navigation' }),
    removedWhole('Nach oben', { category: 'navigation' }),
    removedWhole('Startseite > Politik > Ausland', { category: 'navigation' }),
    removedWhole('Aller au contenu principal', { category: 'navigation' }),
    removedWhole('Rechercher', { category: 'navigation' }),
    removedWhole('Retour en haut de la page', { category: 'navigation' }),
    removedWhole('Article suivant', { category: 'navigation' }),
    removedWhole('Saltar al contenido', { category: 'navigation' }),
    removedWhole('Buscar', { category: 'navigation' }),
    removedWhole('Volver arriba', { category: 'navigation' }),
    removedWhole('Noticia anterior', { category: 'navigation' }),
    removedWhole('Home\nNews\nPolitics\nBusiness\nOpinion\nSport\nVideo', { reason: MENU }),
    removedWhole('News\nAll News\nGalleries\nLists\nBox Office\nTrailers\nFestivals\nReviews\nInterviews\nVideo\nPodcasts', { reason: MENU }),
    // A German, a French and a Spanish menu.
    removedWhole('Startseite\nPolitik\nWirtschaft\nKultur\nSport', { reason: CRUMBS }),
    removedWhole('Accueil\nPolitique\nÉconomie\nInternational\nCulture', { reason: CRUMBS }),
    removedWhole('Portada\nInternacional\nEconomía\nDeportes\nCultura', { reason: CRUMBS }),
    {
      name: 'a menu of one item per block',
      text: `${PROSE}\n\nHome\n\nNews\n\nSport\n\nBusiness\n\nWeather\n\n${PROSE}`,
      removed: ['Home', 'News', 'Sport', 'Business', 'Weather'].map((text) => ({ text, reason: 'menu item in a run of menu items' })),
    },
    {
      name: 'a breadcrumb written one crumb a line, but not the headline that ends it',
      text: 'Home\nFact Checks\nPolitics\nDoes Marie Yovanovitch Have a Net Worth of $17 Million?',
      removed: ['Home', 'Fact Checks', 'Politics'].map((text) => ({ text, reason: CRUMBS })),
    },
    removedWhole('News | Sport | Business | Culture | Weather', { reason: 'menu bar of separated links' }),
    { name: 'the control lines of a mixed block, not its sentence', text: `Skip to main content\n${PROSE}`, removed: [{ text: 'Skip to main content', reason: BY_PATTERN }] },
    {
      name: 'an HTML menu claimed by its <nav> element',
      html: `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav><article><p>${PROSE}</p></article></body></html>`,
      removed: ['Home', 'News', 'Sport'].map((text) => ({ text, category: 'navigation', reason: 'matches selector nav' })),
    },
    {
      name: 'an HTML skip link, by its words',
      html: `<html><body><div class="top"><p><a href="#main">Skip to main content</a></p></div><article><p>${PROSE}</p></article></body></html>`,
      removed: [{ text: 'Skip to main content', reason: BY_PATTERN }],
    },
  ],
});
