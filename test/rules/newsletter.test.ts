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
      'Sign up for free',
      'Ihre E-Mail-Adresse',
      'Jetzt kostenlos abonnieren',
      'Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.',
      'Sie können den Newsletter jederzeit abbestellen.',
      'Votre adresse e-mail',
      'Inscrivez-vous gratuitement',
      'En vous inscrivant, vous acceptez notre politique de confidentialité.',
      'Tu correo electrónico',
      'Suscríbete gratis',
      'Al suscribirte aceptas nuestra política de privacidad.',
    ])('the line %j', (line) => {
      expect(removesAll(newsletter, line)).toBe(true);
    });

    it('a sign-up box that pitches the newsletter to the reader', () => {
      const box =
        'Our weekly newsletter contains a hand-picked selection of news, features, analysis and more. You will receive it in your mailbox every Friday. Never miss the latest news. Preview';
      expect(removesAll(newsletter, box)).toBe(true);
    });

    it.each([
      ['English', 'The Weekend Edition\nThe best of the week, every Saturday morning in your inbox.\nEnter your email address\nSubscribe'],
      ['German', 'Der Morgen-Newsletter\nAlle wichtigen Nachrichten jeden Tag in Ihrem Postfach.\nIhre E-Mail-Adresse\nJetzt anmelden'],
      ['French', "L'essentiel du soir\nLes informations du jour, chaque soir dans votre boîte mail.\nJe m'inscris"],
      ['Spanish', 'El boletín de la mañana\nLas noticias del día, cada mañana en tu correo.\nSuscríbete'],
    ])('a %s sign-up box in one block: its title and pitch go with its form', (_, box) => {
      expect(removesAll(newsletter, box)).toBe(true);
    });

    it('a box whose title, pitch and form are blocks of their own (as in HTML)', () => {
      const page =
        'The minister resigned on Friday after a week of pressure from her own party.\n\nThe Weekend Edition\n\nThe best of the week, every Saturday morning in your inbox.\n\nEnter your email address\n\nSubscribe\n\nHer successor will be named on Monday, officials said.';
      expect(applyRule(newsletter, page).kept).toEqual([
        'The minister resigned on Friday after a week of pressure from her own party.',
        'Her successor will be named on Monday, officials said.',
      ]);
    });

    it('a call to sign up for the newsletter beside the box’s form', () => {
      const page = 'Newsletter\n\nVerpassen Sie nichts: Melden Sie sich für unseren kostenlosen Newsletter an.\n\nIhre E-Mail-Adresse\nJetzt anmelden';
      expect(removesAll(newsletter, page)).toBe(true);
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
      'Once you register, check your inbox: the council sends a confirmation link that expires after 24 hours.',
      '“Every Saturday morning in your inbox,” the advertisement promised, next to a photo of the editor.',
    ])('the sentence %j', (sentence) => {
      expect(keepsAll(newsletter, sentence)).toBe(true);
    });

    it('a pitch-like sentence and a heading with no sign-up line beside them', () => {
      const page =
        'How to vote by post\n\nYour ballot arrives in your mailbox three weeks before the election.\n\nReturn it by Friday, or hand it in at the town hall on election day.';
      expect(keepsAll(newsletter, page)).toBe(true);
    });

    it('a sentence about one e-mail to the reader’s inbox, right before the site’s sign-up form', () => {
      const last = 'You will get a confirmation in your inbox within minutes.';
      const out = applyRule(newsletter, `${last}\n\nEnter your email address\nSubscribe`);
      expect(out.kept).toEqual([last]);
    });

    it('a label before a sign-up line, and the labels of other forms', () => {
      expect(applyRule(newsletter, 'Cloud\n\nAWS\n\nAzure\n\nSubscribe to the newsletter').kept).toEqual(['Cloud', 'AWS', 'Azure']);
      expect(keepsAll(newsletter, 'Phone *\n\nEmail *\n\nCorreo electrónico *\n\nMay we text you? *')).toBe(true);
    });

    it('an article’s subheading before its prose', () => {
      const page =
        'Free issues, paid archives\n\nThe economics are unforgiving for writers who send a newsletter to a few thousand readers, the researchers found.';
      expect(keepsAll(newsletter, page)).toBe(true);
    });
  });
});
