import { describe, expect, it } from 'vitest';
import { donation } from '../../src/rules/donation.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

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

describe('rule: donation', () => {
  describe('removes', () => {
    it.each([
      'Donate',
      'Donate now',
      'Support us',
      'Support independent journalism',
      'Please support our journalism today.',
      'Support The Moscow Times!',
      'Make a one-time donation',
      'Become a member',
      'Your support makes all the difference.',
      'Your support helps us to tell the story',
      'Your contribution, no matter how small, helps keep our newsroom running.',
      'Not ready to support today?',
      'Remind me later.',
      'Thank you for your support.',
      'Available for everyone, funded by readers',
      'Support Snopes and make a difference for readers everywhere.',
      'Give with PayPal Give with GoFundMe',
      // German
      'Jetzt unterstützen',
      'Jetzt spenden!',
      'Unterstützen Sie unabhängigen Journalismus',
      'Ihre Unterstützung zählt – schon ab 5 Euro im Monat.',
      'Vielen Dank für Ihre Unterstützung!',
      // French
      'Soutenez-nous',
      'Faire un don',
      'Soutenez Mediapart',
      'Votre soutien compte : chaque don nous permet de rester indépendants.',
      // Spanish
      'Apóyanos',
      'Hazte socio',
      'Hazte socio de elDiario.es',
      'Apoya el periodismo independiente',
      'Tu apoyo es fundamental para seguir informando.',
      'Apoya el periodismo local',
      // An appeal's heading in the four languages
      'Journalism needs your support',
      'Unabhängiger Journalismus braucht Ihre Unterstützung',
      'Le journalisme local a besoin de vous',
      'El periodismo independiente necesita tu apoyo',
      // A blog's buttons
      'Buy me a coffee',
      'Support on Patreon',
      // Appeals one after another on a line
      'Support independent journalism. Donate today.',
      'Jetzt spenden! Vielen Dank für Ihre Unterstützung.',
    ])('the line %j', (line) => {
      expect(removesAll(donation, line)).toBe(true);
    });

    it.each([
      'We have a small favour to ask. Millions are turning to us for open, independent, quality news every day. Unlike many others, we have no shareholders. If you can, please support us with a contribution – it only takes a minute.',
      'Do you rely on Snopes reporting? Click here to support it.',
      'You rely on Snopes, and we rely on you. Help preserve this vital resource.\nGive with PayPal Give with GoFundMe',
      'Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einem freiwilligen Beitrag, damit unsere Recherchen für alle frei zugänglich bleiben.',
      'Notre journalisme est indépendant et sans publicité. Soutenez-nous : votre don est déductible des impôts et nous permet de continuer notre travail.',
      'Nuestro periodismo es libre y gratuito gracias a nuestros socios. Hazte socio y ayúdanos a seguir investigando: con tu aportación el periodismo independiente es posible.',
      'Our reporting takes time and money. If you value the Gazette’s coverage of the valley, please consider a small monthly contribution.',
      'Die Zeitung berichtet seit 1950 aus dem Tal. Mit Ihrem Beitrag helfen Sie uns, unabhängig zu bleiben.',
      'Contamos lo que pasa en la comarca. Con tu aportación nos ayudas a seguir haciéndolo.',
      'This blog is free and has no ads. If the posts help you, you can support the blog with a small donation.',
    ])('the appeal paragraph %j', (block) => {
      expect(removesAll(donation, block)).toBe(true);
    });

    it('a row of amount, frequency and payment buttons', () => {
      expect(removesAll(donation, 'Once\nMonthly\nAnnual\nContinue\npaiment methods\nNot ready to support today?\nRemind me later.')).toBe(true);
      expect(removesAll(donation, 'Einmalig\nMonatlich\n5 €\n10 €\nAnderer Betrag\nJetzt spenden')).toBe(true);
    });

    it('the whole Moscow Times appeal, headers and publisher paragraphs included, and nothing around it', () => {
      const out = applyRule(donation, MOSCOW_APPEAL.join('\n\n'));
      expect(out.removed).toEqual(MOSCOW_APPEAL.slice(1, -1));
      expect(out.kept).toEqual(['Subscribers agree to the Privacy Policy', 'Read more']);
    });

    it('the whole Independent appeal between its header and closer, and not the story after it', () => {
      const out = applyRule(donation, INDEPENDENT_APPEAL.join('\n\n'));
      expect(out.removed).toEqual(INDEPENDENT_APPEAL.slice(1, -1));
      expect(out.kept).toEqual(['Reuters', 'Saturday 19 September 2009 00:00 BST', INDEPENDENT_APPEAL[6]]);
    });

    it('an appeal in one block with its heading and buttons, which are not a menu', () => {
      expect(removesAll(donation, 'Apoya el periodismo local\nContamos lo que pasa en la comarca. Con tu aportación nos ayudas a seguir haciéndolo.\nHazte socio\nHaz una donación')).toBe(true);
    });

    it('a blog’s appeal under a question that names the blog', () => {
      expect(removesAll(donation, 'Enjoying this blog?\n\nIt is free and has no ads. If the posts help you, you can support the blog with a small donation.\n\nBuy me a coffee')).toBe(true);
    });

    it('amount buttons that stand one a block, as an HTML list gives them, after the appeal', () => {
      const appeal =
        'Dear reader,\n\nOur reporters are out in the storm tonight. Our journalism is free to read because readers like you support it. Please make a contribution today.\n\n$10\n\n$20\n\nOther amount\n\nSupport the Gazette';
      expect(removesAll(donation, appeal)).toBe(true);
    });

    it('a salutation only when an appeal follows', () => {
      expect(removesAll(donation, 'Dear readers,\n\nWe need your support to keep our journalism free for everyone. Please donate today.')).toBe(true);
      expect(keepsAll(donation, 'Dear readers,\n\nThe crossword returns next week in its usual place, with a new setter.')).toBe(true);
    });
  });

  describe('keeps', () => {
    it.each([
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
    ])('the text %j', (text) => {
      expect(keepsAll(donation, text)).toBe(true);
    });

    it('a menu that has a "Support Snopes" item among other items', () => {
      const out = applyRule(donation, "Support Snopes\nSubmit a Topic\nShop Snopes\nWhat's New\nFact Checks\nNews");
      expect(out.kept).toEqual(['Support Snopes', 'Submit a Topic', 'Shop Snopes', "What's New", 'Fact Checks', 'News']);
    });

    it('the last first-person paragraph of a column beside a bare "Donate" menu item', () => {
      const last = 'We journalists owe our readers the truth, and we will keep reporting on this story for as long as it takes.';
      const out = applyRule(donation, `${last}\n\nDonate\n\nAbout us`);
      expect(out.removed).toEqual(['Donate']);
      expect(out.kept).toEqual([last, 'About us']);
    });

    it('an amount standing alone between paragraphs of a story', () => {
      const story = 'The museum raised its prices on Monday.\n\n$25\n\nThat is what an adult ticket now costs, up from $18 last year.';
      expect(keepsAll(donation, story)).toBe(true);
    });

    it('an opinion column in the first person that sits next to no appeal', () => {
      const column =
        'We journalists like to think our reporting changes things. Our readers know better: most of our stories are forgotten within a week, and we should be honest about that.';
      expect(keepsAll(donation, `The minister resigned on Friday.\n\n${column}\n\nHer successor will be named next week.`)).toBe(true);
    });
  });
});
