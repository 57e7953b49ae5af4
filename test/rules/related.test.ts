/**
 * related: related-stories headers, "Read more" links, tag lists and the headlines under
 * them go, in text dumps and in HTML; the article’s prose, subheadings, product and
 * ingredient lists after such a header stay, and so does prose about reading more.
 */
import { RuleTester, type InvalidCase } from '../../src/index.js';
import { related } from '../../src/rules/related.js';
import { BY_PATTERN, STORY, page, removedWhole } from '../helpers/rule-cases.js';

const PROSE =
  'The defence ministers of the 28 alliance states will discuss how to move forward on missile defence at a meeting in Bratislava next month.';
const LIST = 'headline list under a related-stories header';
const IN_BLOCK = 'headline under a related-stories header';
const HEADLINES = "Regierung und Opposition streiten über den Haushalt 2025\nLe Sénat adopte le projet de loi sur l'immigration\nEl Congreso aprueba los presupuestos generales del Estado";

/** A German, French or Spanish header with its headlines. */
function headerWithHeadlines(header: string): InvalidCase {
  return { text: `${header}\n\n${HEADLINES}`, removed: [{ text: header, reason: BY_PATTERN }, { text: HEADLINES, reason: LIST }] };
}

new RuleTester().run('related', related, {
  valid: [
    'The two cases are related, police said, but no arrests have been made so far.',
    'Read more about the study in the journal Nature, which published the findings on Wednesday.',
    'The most popular destination among Russian travellers this year was Armenia, the agency said.',
    'Related charges were dropped in March after the key witness withdrew her statement.',
    'Die Ermittler prüfen, ob die beiden Fälle miteinander zusammenhängen, sagte ein Sprecher.',
    'Il faut lire aussi le rapport de la Cour des comptes, estime le député.',
    'Lo más leído del año fue un reportaje sobre la vivienda, según el diario.',
    'Our Picks',
    'US FALLS',
    {
      name: 'an HTML story about reading more, in related stories’ words',
      html: page([
        'Readers who click on related stories read more of the site, and most popular lists drive a third of the traffic, the study found.',
        "Read more about the study on the university's website, the authors said.",
      ]),
    },
  ],
  invalid: [
    removedWhole('Read more', { category: 'related' }),
    removedWhole('Read more »', { category: 'related' }),
    removedWhole('READ MORE', { category: 'related' }),
    removedWhole('Related', { category: 'related' }),
    removedWhole('Related articles', { category: 'related' }),
    removedWhole('Related Stories', { category: 'related' }),
    removedWhole('Related Topics', { category: 'related' }),
    removedWhole('Related Tags:', { category: 'related' }),
    removedWhole('More from Sportsnet', { category: 'related' }),
    removedWhole('More From the Los Angeles Times', { category: 'related' }),
    removedWhole('Most popular', { category: 'related' }),
    removedWhole('Most Read', { category: 'related' }),
    removedWhole('Recommended', { category: 'related' }),
    removedWhole('You may also like', { category: 'related' }),
    removedWhole('You may also like...', { category: 'related' }),
    removedWhole('You may like these posts', { category: 'related' }),
    removedWhole('Continue reading the main story', { category: 'related' }),
    removedWhole('Trending', { category: 'related' }),
    removedWhole("Don't miss", { category: 'related' }),
    removedWhole('More Great WIRED Stories', { category: 'related' }),
    removedWhole('Read more: Tencent profit falls as Alibaba threat and economic woes weigh', { category: 'related' }),
    removedWhole('Related: The 15 Weirdest Galaxies in Our Universe', { category: 'related' }),
    removedWhole('Maharashtra | Sonia Gandhi gives nod to Congress alliance with Shiv Sena: Reports - Read More »»', { category: 'related' }),
    removedWhole('Tags: Alibaba, Hong Kong, IPO', { category: 'related' }),
    removedWhole('Weiterlesen', { category: 'related' }),
    removedWhole('Mehr zum Thema', { category: 'related' }),
    removedWhole('Lesen Sie auch: Regierung plant neue Regeln für Mieten', { category: 'related' }),
    removedWhole('Das könnte Sie auch interessieren', { category: 'related' }),
    removedWhole('Lire aussi', { category: 'related' }),
    removedWhole('À lire aussi', { category: 'related' }),
    removedWhole('Lire aussi : Le gouvernement présente son budget', { category: 'related' }),
    removedWhole('Les plus lus', { category: 'related' }),
    removedWhole('Leer más', { category: 'related' }),
    removedWhole('Te puede interesar', { category: 'related' }),
    removedWhole('Noticias relacionadas', { category: 'related' }),
    removedWhole('Lo más leído', { category: 'related' }),
    removedWhole('Lee también: El Gobierno aprueba la reforma laboral', { category: 'related' }),
    { name: 'the trailing "Read more" of an article', text: `${PROSE}\n\nRead more`, removed: [{ text: 'Read more', reason: BY_PATTERN }] },
    {
      name: 'a header and the headlines in its own block',
      text: 'More from Sportsnet\nEpic singles wins give Canada best Davis Cup Finals start imaginable\nRyan McKenna\nShapovalov, Pospisil give Canada a pair of upsets over Italy at Davis Cup\nCanadian Press',
      removed: [
        { text: 'More from Sportsnet', reason: BY_PATTERN },
        ...['Epic singles wins give Canada best Davis Cup Finals start imaginable', 'Ryan McKenna', 'Shapovalov, Pospisil give Canada a pair of upsets over Italy at Davis Cup', 'Canadian Press'].map((text) => ({ text, reason: IN_BLOCK })),
      ],
    },
    {
      name: 'a header and the headline blocks after it',
      text: 'Related stories\n\nIndia plans incentives to woo 324 foreign manufacturers\n\nDollar rises as US-China relations worsen over HK\n\nChina cuts new benchmark rate to boost economy',
      removed: [
        { text: 'Related stories', reason: BY_PATTERN },
        ...['India plans incentives to woo 324 foreign manufacturers', 'Dollar rises as US-China relations worsen over HK', 'China cuts new benchmark rate to boost economy'].map((text) => ({ text, reason: LIST })),
      ],
    },
    {
      name: 'a numbered most-popular list',
      text: 'Most Popular\n\n1\n\nFire damages historic club in Albany\n\n2\n\nBest of the Capital Region 2019: Pizza\n\n3\n\nPhotos: The mall through the years',
      removed: [
        { text: 'Most Popular', reason: BY_PATTERN },
        ...['1', 'Fire damages historic club in Albany', '2', 'Best of the Capital Region 2019: Pizza', '3', 'Photos: The mall through the years'].map((text) => ({ text, reason: LIST })),
      ],
    },
    {
      name: 'tags under a related-tags header',
      text: 'Related Tags:\n\nDelhi Pollution\nDelhi Smog\nOxygen\nAir Quality',
      removed: [{ text: 'Related Tags:', reason: BY_PATTERN }, { text: 'Delhi Pollution\nDelhi Smog\nOxygen\nAir Quality', reason: LIST }],
    },
    {
      name: 'an inline related box mid-article, but not the prose after it',
      text: `${PROSE}\n\nRelated articles\n\nHong Kong uprising: Protestors send defiant warning to China\nHong Kong protests: 800 students under siege in university\n\n${PROSE}`,
      removed: [
        { text: 'Related articles', reason: BY_PATTERN },
        { text: 'Hong Kong uprising: Protestors send defiant warning to China\nHong Kong protests: 800 students under siege in university', reason: LIST },
      ],
    },
    headerWithHeadlines('Mehr zum Thema'),
    headerWithHeadlines('Sur le même sujet'),
    headerWithHeadlines('Noticias relacionadas'),
    { name: 'the article paragraph after a header stays', text: `Related\n\n${PROSE}`, removed: [{ text: 'Related' }] },
    {
      name: 'a subheading that follows a related box and stands before prose stays',
      text: `Related\n\nGRID’s Stadia Exclusive Mode is All About Endurance Racing\n\nThe al-Tanf base\n\n${PROSE}`,
      removed: [{ text: 'Related' }, { text: 'GRID’s Stadia Exclusive Mode is All About Endurance Racing', reason: LIST }],
    },
    {
      name: 'a product list after a weak "Don\'t miss" header stays',
      text: "Don't Miss:\n\nApple AirPods\n\nAutomatically on, automatically connected\nEasy setup for all your Apple devices",
      removed: [{ text: "Don't Miss:" }],
    },
    {
      name: 'the headline after a "Continue reading" link stays',
      text: `Continue reading the main story\n\nTrump’s Made-for-TV Trade War Keeps World Guessing\n\n${PROSE}`,
      removed: [{ text: 'Continue reading the main story' }],
    },
    {
      name: 'the article headline after a tags header in the same block stays',
      text: 'Filed under:\nEntertainment\nTech\nTV Shows\nStar Trek 4 eyes Fargo, Legion creator Noah Hawley to direct',
      removed: [
        { text: 'Filed under:', reason: BY_PATTERN },
        ...['Entertainment', 'Tech', 'TV Shows'].map((text) => ({ text, reason: 'tag under a tags header' })),
      ],
    },
    {
      name: 'what follows a "Top Stories" item of a menu stays',
      text: 'Business\n\nTop Stories\n\nEntertainment\n\nBeijing tariff demands may expand US-China trade deal\n\nReuters, Washington,',
      removed: [{ text: 'Top Stories' }],
    },
    {
      name: 'an ingredient list is not a headline list',
      text: 'Related\n\nHow to make the perfect pie crust\n\nIngredients\n\n8-9 ripe pears, cored and peeled\n1 tsp cinnamon\n1 tsp nutmeg',
      removed: [{ text: 'Related' }, { text: 'How to make the perfect pie crust', reason: LIST }],
    },
    {
      name: 'an HTML related box claimed by its class',
      html: page([STORY], '<aside class="related-posts"><h3>More stories</h3><ul><li><a href="/a">Harbour wall repairs delayed again</a></li></ul></aside>'),
      removed: ['More stories', 'Harbour wall repairs delayed again'].map((text) => ({ text, category: 'related', reason: 'class or id word "related"' })),
    },
    {
      name: 'an HTML related header inside the article and the linked headlines under it',
      html: page([STORY]).replace(
        '</article>',
        '<h3>Related articles</h3><p><a href="/a">Harbour wall repairs delayed again by the storm</a></p><p><a href="/b">Mayor says the budget will not rise again this year</a></p></article>',
      ),
      removed: [
        { text: 'Related articles', reason: BY_PATTERN },
        { text: 'Harbour wall repairs delayed again by the storm', reason: LIST },
        { text: 'Mayor says the budget will not rise again this year', reason: LIST },
      ],
    },
  ],
});
