/**
 * donation: appeals, their headers, salutations and amount buttons go, in text dumps and
 * in HTML; news about giving and fundraising, and a lone "Donate" menu item's neighbours, stay.
 */
import { RuleTester } from '../../src/index.js';
import { donation } from '../../src/rules/donation.js';
import { STORY, eachBlockRemoved, page, removedWhole } from '../helpers/rule-cases.js';

const MOSCOW_APPEAL = [
  'Subscribers agree to the Privacy Policy',
  'A Message from The Moscow Times:',
  'Dear readers,',
  'We are facing unprecedented challenges. Russia\'s Prosecutor General\'s Office has designated The Moscow Times as an "undesirable" organization, criminalizing our work and putting our staff at risk of prosecution. This follows our earlier unjust labeling as a "foreign agent."',
  'These actions are direct attempts to silence independent journalism in Russia. The authorities claim our work "discredits the decisions of the Russian leadership." We see things differently: we strive to provide accurate, unbiased reporting on Russia.',
  'We, the journalists of The Moscow Times, refuse to be silenced. But to continue our work, we need your help.',
  "Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2. It's quick to set up, and every contribution makes a significant impact.",
  "By supporting The Moscow Times, you're defending open, independent journalism in the face of repression. Thank you for standing with us.",
  'Once\nMonthly\nAnnual\nContinue\npaiment methods\nNot ready to support today?\nRemind me later.',
  'Read more',
];

const INDEPENDENT_APPEAL = [
  'Reuters\nSaturday 19 September 2009 00:00 BST',
  'Your support helps us to tell the story',
  "From reproductive rights to climate change to Big Tech, The Independent is on the ground when the story is developing. Whether it's investigating the financials of Elon Musk's pro-Trump PAC or producing our latest documentary, 'The A Word', which shines a light on the American women fighting for reproductive rights, we know how important it is to parse out the facts from the messaging.",
  'At such a critical moment in US history, we need reporters on the ground. Your donation allows us to keep sending journalists to speak to both sides of the story.',
  'The Independent is trusted by Americans across the entire political spectrum. And unlike many other quality news outlets, we choose not to lock Americans out of our reporting and analysis with paywalls. We believe quality journalism should be available to everyone, paid for by those who can afford it.',
  'Your support makes all the difference.',
  'Nato has proposed a new era of co-operation with Russia, calling for joint work with Moscow and Washington on missile defence after the US scrapped a planned anti-missile system.',
];

const APPEAL = 'appeals to the reader to give, in the publisher’s voice';
const PART = 'part of a donation appeal (header, publisher’s appeal paragraph or buttons next to it)';
const BUTTONS = 'a row of donation amount, frequency and payment buttons';

new RuleTester().run('donation', donation, {
  valid: [
    'The charity said donations had fallen by a third since the pandemic, forcing it to close two shelters.',
    'More than 2,000 people donated to the fundraiser, which raised 150,000 dollars for the family within a week.',
    '"Please donate whatever you can," the mayor said at a news conference on Tuesday. "Every dollar helps."',
    'Public broadcasters in several countries rely on listener donations, and some newspapers now ask readers for contributions rather than erecting paywalls.',
    'The Guardian says more than a million readers have supported its journalism financially in the past three years.',
    'Support for the measure fell to 41 percent in the latest poll, down from 48 percent in March.',
    'If you enjoy hiking, you can support the park by buying an annual pass at the visitor centre.',
    'We need to talk about how our cities fund public transport, and what we are willing to pay for it.',
    'Your donation of 25 dollars will provide a week of meals for a family, the food bank said.',
    'Die Spendenbereitschaft der Deutschen ist im vergangenen Jahr gestiegen, teilte der Deutsche Spendenrat mit.',
    "Les dons aux associations ont progressé de 4 % l'an dernier, selon le baromètre de France générosités.",
    'Las donaciones a la Cruz Roja se duplicaron tras el terremoto, según informó la organización.',
    'Monthly\nAnnual',
    'Please support our troops and their families this holiday season.',
    'When we finally asked our backers to support us, more than half of them pledged on the first day.',
    'The council will consider a contribution of $2 million to the new stadium next month.',
    '„Jeder Euro hilft uns, eine Produktion zu retten“, sagte die Vorsitzende des Fördervereins.',
    'Enjoy the show?',
    // One appeal beside a sentence of news is no line of appeals
    'The union urged members to support local journalism. Few donated.',
    'Support independent journalism. The paper closed anyway in 2019.',
    // A menu that has a "Support Snopes" item among other items.
    "Support Snopes\nSubmit a Topic\nShop Snopes\nWhat's New\nFact Checks\nNews",
    // An amount standing alone between paragraphs of a story.
    'The museum raised its prices on Monday.\n\n$25\n\nThat is what an adult ticket now costs, up from $18 last year.',
    // An opinion column in the first person that sits next to no appeal.
    'The minister resigned on Friday.\n\nWe journalists like to think our reporting changes things. Our readers know better: most of our stories are forgotten within a week, and we should be honest about that.\n\nHer successor will be named next week.',
    // A salutation with no appeal after it.
    'Dear readers,\n\nThe crossword returns next week in its usual place, with a new setter.',
    {
      name: 'an HTML story about a food bank’s fundraising',
      html: page([
        'More than 2,000 people donated to the fundraiser, which raised 150,000 dollars for the family within a week.',
        '"Please donate whatever you can," the mayor said at a news conference on Tuesday. "Every dollar helps."',
        'Your donation of 25 dollars will provide a week of meals for a family, the food bank said.',
      ]),
    },
  ],
  invalid: [
    removedWhole('Donate', { category: 'donation' }),
    removedWhole('Donate now', { category: 'donation' }),
    removedWhole('Support us', { category: 'donation' }),
    removedWhole('Support independent journalism', { category: 'donation' }),
    removedWhole('Please support our journalism today.', { category: 'donation' }),
    removedWhole('Support The Moscow Times!', { category: 'donation' }),
    removedWhole('Make a one-time donation', { category: 'donation' }),
    removedWhole('Become a member', { category: 'donation' }),
    removedWhole('Your support makes all the difference.', { category: 'donation' }),
    removedWhole('Your support helps us to tell the story', { category: 'donation' }),
    removedWhole('Your contribution, no matter how small, helps keep our newsroom running.', { category: 'donation' }),
    removedWhole('Not ready to support today?', { category: 'donation' }),
    removedWhole('Remind me later.', { category: 'donation' }),
    removedWhole('Thank you for your support.', { category: 'donation' }),
    removedWhole('Available for everyone, funded by readers', { category: 'donation' }),
    removedWhole('Support Snopes and make a difference for readers everywhere.', { category: 'donation' }),
    removedWhole('Give with PayPal Give with GoFundMe', { category: 'donation' }),
    // German
    removedWhole('Jetzt unterstützen', { category: 'donation' }),
    removedWhole('Jetzt spenden!', { category: 'donation' }),
    removedWhole('Unterstützen Sie unabhängigen Journalismus', { category: 'donation' }),
    removedWhole('Ihre Unterstützung zählt – schon ab 5 Euro im Monat.', { category: 'donation' }),
    removedWhole('Vielen Dank für Ihre Unterstützung!', { category: 'donation' }),
    // French
    removedWhole('Soutenez-nous', { category: 'donation' }),
    removedWhole('Faire un don', { category: 'donation' }),
    removedWhole('Soutenez Mediapart', { category: 'donation' }),
    removedWhole('Votre soutien compte : chaque don nous permet de rester indépendants.', { category: 'donation' }),
    // Spanish
    removedWhole('Apóyanos', { category: 'donation' }),
    removedWhole('Hazte socio', { category: 'donation' }),
    removedWhole('Hazte socio de elDiario.es', { category: 'donation' }),
    removedWhole('Apoya el periodismo independiente', { category: 'donation' }),
    removedWhole('Tu apoyo es fundamental para seguir informando.', { category: 'donation' }),
    removedWhole('Apoya el periodismo local', { category: 'donation' }),
    // An appeal's heading in the four languages
    removedWhole('Journalism needs your support', { category: 'donation' }),
    removedWhole('Unabhängiger Journalismus braucht Ihre Unterstützung', { category: 'donation' }),
    removedWhole('Le journalisme local a besoin de vous', { category: 'donation' }),
    removedWhole('El periodismo independiente necesita tu apoyo', { category: 'donation' }),
    // A blog's buttons
    removedWhole('Buy me a coffee', { category: 'donation' }),
    removedWhole('Support on Patreon', { category: 'donation' }),
    // Appeals one after another on a line
    removedWhole('Support independent journalism. Donate today.', { category: 'donation' }),
    removedWhole('Jetzt spenden! Vielen Dank für Ihre Unterstützung.', { category: 'donation' }),
    removedWhole('We have a small favour to ask. Millions are turning to us for open, independent, quality news every day. Unlike many others, we have no shareholders. If you can, please support us with a contribution – it only takes a minute.', { category: 'donation' }),
    removedWhole('Do you rely on Snopes reporting? Click here to support it.', { category: 'donation' }),
    removedWhole('You rely on Snopes, and we rely on you. Help preserve this vital resource.\nGive with PayPal Give with GoFundMe', { category: 'donation' }),
    removedWhole('Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einem freiwilligen Beitrag, damit unsere Recherchen für alle frei zugänglich bleiben.', { category: 'donation' }),
    removedWhole('Notre journalisme est indépendant et sans publicité. Soutenez-nous : votre don est déductible des impôts et nous permet de continuer notre travail.', { category: 'donation' }),
    removedWhole('Nuestro periodismo es libre y gratuito gracias a nuestros socios. Hazte socio y ayúdanos a seguir investigando: con tu aportación el periodismo independiente es posible.', { category: 'donation' }),
    removedWhole('Our reporting takes time and money. If you value the Gazette’s coverage of the valley, please consider a small monthly contribution.', { category: 'donation' }),
    removedWhole('Die Zeitung berichtet seit 1950 aus dem Tal. Mit Ihrem Beitrag helfen Sie uns, unabhängig zu bleiben.', { category: 'donation' }),
    removedWhole('Contamos lo que pasa en la comarca. Con tu aportación nos ayudas a seguir haciéndolo.', { category: 'donation' }),
    removedWhole('This blog is free and has no ads. If the posts help you, you can support the blog with a small donation.', { category: 'donation' }),
    removedWhole('Once\nMonthly\nAnnual\nContinue\npaiment methods\nNot ready to support today?\nRemind me later.', { reason: BUTTONS }),
    removedWhole('Einmalig\nMonatlich\n5 €\n10 €\nAnderer Betrag\nJetzt spenden', { reason: BUTTONS }),
    {
      name: 'the whole Moscow Times appeal, headers and publisher paragraphs included, and nothing around it',
      text: MOSCOW_APPEAL.join('\n\n'),
      removed: MOSCOW_APPEAL.slice(1, -1).map((text) => ({ text, category: 'donation' })),
    },
    {
      name: 'the whole Independent appeal between its header and closer, and not the story after it',
      text: INDEPENDENT_APPEAL.join('\n\n'),
      removed: INDEPENDENT_APPEAL.slice(1, -1).map((text) => ({ text, category: 'donation' })),
    },
    removedWhole('Apoya el periodismo local\nContamos lo que pasa en la comarca. Con tu aportación nos ayudas a seguir haciéndolo.\nHazte socio\nHaz una donación', { reason: APPEAL }),
    eachBlockRemoved('Enjoying this blog?\n\nIt is free and has no ads. If the posts help you, you can support the blog with a small donation.\n\nBuy me a coffee'),
    eachBlockRemoved(
      'Dear reader,\n\nOur reporters are out in the storm tonight. Our journalism is free to read because readers like you support it. Please make a contribution today.\n\n$10\n\n$20\n\nOther amount\n\nSupport the Gazette',
    ),
    {
      name: 'a salutation when an appeal follows',
      text: 'Dear readers,\n\nWe need your support to keep our journalism free for everyone. Please donate today.',
      removed: [
        { text: 'Dear readers,', reason: PART },
        { text: 'We need your support to keep our journalism free for everyone. Please donate today.', reason: APPEAL },
      ],
    },
    {
      name: 'a bare "Donate" menu item goes, the column’s last first-person paragraph beside it stays',
      text: 'We journalists owe our readers the truth, and we will keep reporting on this story for as long as it takes.\n\nDonate\n\nAbout us',
      removed: [{ text: 'Donate' }],
    },
    {
      name: 'an HTML appeal box claimed by its class',
      html: page([STORY], '<div class="donation-box"><h3>Journalism needs your support</h3><p>Our reporting takes time and money.</p></div>'),
      removed: [
        { text: 'Journalism needs your support', category: 'donation', reason: 'class or id word "donation"' },
        { text: 'Our reporting takes time and money.', reason: 'class or id word "donation"' },
      ],
    },
    {
      name: 'an HTML appeal with a neutral class inside the article, by its words',
      html: page([STORY]).replace(
        '</article>',
        '<div class="box"><p>Dear readers,</p><p>We need your support to keep our journalism free for everyone. Please donate today.</p></div></article>',
      ),
      removed: [
        { text: 'Dear readers,', reason: PART },
        { text: 'We need your support to keep our journalism free for everyone. Please donate today.', reason: APPEAL },
      ],
    },
  ],
});
