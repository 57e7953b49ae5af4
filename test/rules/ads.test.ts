/**
 * ads: ad labels, sponsored-links headers and the headlines under them go, in text dumps
 * and in HTML; news about advertising, and the article after a label, stay.
 */
import { RuleTester } from '../../src/index.js';
import { ads } from '../../src/rules/ads.js';
import { BY_PATTERN, STORY, page, removedWhole } from '../helpers/rule-cases.js';


new RuleTester().run('ads', ads, {
  valid: [
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
    {
      name: 'an HTML story about ad spending',
      html: page(['Advertisers cut their spending on newspaper ads by a fifth last year, the industry body said.', 'Sponsored content now makes up a tenth of the revenue of some publishers.']),
    },
  ],
  invalid: [
    removedWhole("This post may contain affiliate and/or referral links. Please see my disclosure page.", { category: 'ads' }),
    removedWhole("Live Science is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Learn more", { category: 'ads' }),
    removedWhole("Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission.", { category: 'ads' }),
    removedWhole("As an Amazon Associate I earn from qualifying purchases.", { category: 'ads' }),
    removedWhole('Advertisement', { category: 'ads' }),
    removedWhole('ADVERTISEMENT', { category: 'ads' }),
    removedWhole('- Advertisement -', { category: 'ads' }),
    removedWhole('Advertisement - Continue Reading Below', { category: 'ads' }),
    removedWhole('Sponsored', { category: 'ads' }),
    removedWhole('Sponsored links', { category: 'ads' }),
    removedWhole('Sponsored Content', { category: 'ads' }),
    removedWhole('Sponsored by Acme Bank', { category: 'ads' }),
    removedWhole('Ad', { category: 'ads' }),
    removedWhole('Story continues below advertisement', { category: 'ads' }),
    removedWhole('Article continues below', { category: 'ads' }),
    removedWhole('Paid content', { category: 'ads' }),
    removedWhole('Promoted', { category: 'ads' }),
    removedWhole('Promoted Stories', { category: 'ads' }),
    removedWhole('Oracle BrandVoice | Paid Program', { category: 'ads' }),
    removedWhole('Anzeige', { category: 'ads' }),
    removedWhole('- Anzeige -', { category: 'ads' }),
    removedWhole('Werbung', { category: 'ads' }),
    removedWhole('Weiter nach der Anzeige', { category: 'ads' }),
    removedWhole('Publicité', { category: 'ads' }),
    removedWhole('Contenu sponsorisé', { category: 'ads' }),
    removedWhole('La suite après cette publicité', { category: 'ads' }),
    removedWhole('Publicidad', { category: 'ads' }),
    removedWhole('Contenido patrocinado', { category: 'ads' }),
    removedWhole('Sigue leyendo después de la publicidad', { category: 'ads' }),
    {
      name: 'an ad label inside a paragraph block, and only that line',
      text: 'The council approved the budget on Monday.\nAdvertisement\nIt will take effect in April.',
      removed: [{ text: 'Advertisement', reason: BY_PATTERN }],
    },
    {
      name: 'the headlines under a sponsored-links header',
      text: 'Sponsored links\n\nDoctors Stunned By This Simple Trick For Joint Pain\nThe Cars Everyone Wants This Winter Are Surprisingly Cheap\n\nYou Will Not Believe What This Village Looks Like Today',
      removed: [
        { text: 'Sponsored links', reason: BY_PATTERN },
        { text: 'Doctors Stunned By This Simple Trick For Joint Pain\nThe Cars Everyone Wants This Winter Are Surprisingly Cheap', reason: 'headline list under a sponsored-links header' },
        { text: 'You Will Not Believe What This Village Looks Like Today', reason: 'headline list under a sponsored-links header' },
      ],
    },
    {
      name: 'headlines that follow the header in the same block',
      text: 'From Around the Web\nThis Is the Best Time to Book Flights\nRetirees Are Moving to These Cities',
      removed: [
        { text: 'From Around the Web', reason: 'sponsored-links header' },
        { text: 'This Is the Best Time to Book Flights', reason: 'headline under a sponsored-links header' },
        { text: 'Retirees Are Moving to These Cities', reason: 'headline under a sponsored-links header' },
      ],
    },
    {
      name: 'a paid-links header does not take the article paragraph after it',
      text: 'Sponsored links\n\nThe minister said the plan would cut waiting times for hospital treatment by half within two years, according to a statement.',
      removed: [{ text: 'Sponsored links' }],
    },
    {
      name: 'an ad label does not take the next subheading and its paragraph',
      text: 'Advertisement\n\nThe al-Tanf base\n\nThe base sits near the border with Jordan and Iraq and has hosted US troops since 2016, officials said.',
      removed: [{ text: 'Advertisement' }],
    },
    {
      name: 'an HTML ad slot claimed by its class, inside the article',
      html: page([STORY]).replace('</article>', '<div class="advertisement"><p>Advertisement</p><p>Cheap flights to the sun this winter</p></div><p>The works will start in spring.</p></article>'),
      removed: ['Advertisement', 'Cheap flights to the sun this winter'].map((text) => ({ text, category: 'ads', reason: 'class or id word "advertisement"' })),
    },
    {
      name: 'an HTML ad label between paragraphs, by its words',
      html: page([STORY, 'Advertisement', 'The works will start in spring, officials said.']),
      removed: [{ text: 'Advertisement', reason: BY_PATTERN }],
    },
  ],
});
