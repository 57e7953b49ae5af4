/**
 * newsletter: sign-up lines, boxes and their pitches go, in text dumps and in HTML; news
 * about newsletters and pitches that no sign-up line stands beside stay.
 */
import { RuleTester } from '../../src/index.js';
import { newsletter } from '../../src/rules/newsletter.js';
import { BY_PATTERN, page, removedWhole } from '../helpers/rule-cases.js';

const RESIGNED = 'The minister resigned on Friday after a week of pressure from her own party.';
const SUCCESSOR = 'Her successor will be named on Monday, officials said.';
const BOX_IN_BLOCKS = [
  { text: 'The Weekend Edition', reason: 'the title of a sign-up box' },
  { text: 'The best of the week, every Saturday morning in your inbox.', reason: 'the pitch of a sign-up box, beside its sign-up lines' },
  { text: 'Enter your email address', reason: BY_PATTERN },
  { text: 'Subscribe', reason: BY_PATTERN },
];
const BOX = 'a sign-up box: title, pitch and sign-up lines';

new RuleTester().run('newsletter', newsletter, {
  valid: [
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
    // A pitch-like sentence and a heading with no sign-up line beside them.
    'How to vote by post\n\nYour ballot arrives in your mailbox three weeks before the election.\n\nReturn it by Friday, or hand it in at the town hall on election day.',
    // The labels of other forms.
    'Phone *\n\nEmail *\n\nCorreo electrónico *\n\nMay we text you? *',
    // An article’s subheading before its prose.
    'Free issues, paid archives\n\nThe economics are unforgiving for writers who send a newsletter to a few thousand readers, the researchers found.',
    {
      name: 'an HTML article about newsletters keeps its sentences, a quoted call to sign up among them',
      html: page([
        'Substack, which hosts thousands of paid newsletters, raised $65 million in a funding round led by Andreessen Horowitz.',
        '"Sign up for our newsletter," the pop-up said, but she closed it and kept reading about the election.',
        'Readers get the Courier in their inbox every morning, the editor said.',
      ]),
    },
    { name: 'an HTML pitch with no sign-up form beside it', html: page(['Your ballot arrives in your mailbox three weeks before the election.', 'Return it by Friday, or hand it in at the town hall.']) },
  ],
  invalid: [
    removedWhole("Get our weekly California Inc. newsletter", { category: 'newsletter' }),
    removedWhole("Get Quanta Magazine delivered to your inbox", { category: 'newsletter' }),
    removedWhole('Get the Courier in your inbox', { category: 'newsletter' }),
    removedWhole('Get our best stories straight to your inbox!', { category: 'newsletter' }),
    removedWhole('Sign up for our free weekly newsletter', { category: 'newsletter' }),
    removedWhole('Subscribe to our Morning Briefing newsletter', { category: 'newsletter' }),
    removedWhole('Get our daily newsletter', { category: 'newsletter' }),
    removedWhole('Sign up for email newsletters', { category: 'newsletter' }),
    removedWhole('Enter your email address', { category: 'newsletter' }),
    removedWhole('Thank you for signing up!', { category: 'newsletter' }),
    removedWhole('Subscribers agree to the Privacy Policy', { category: 'newsletter' }),
    removedWhole('By signing up, you agree to our Terms of Service and Privacy Policy.', { category: 'newsletter' }),
    removedWhole('Newsletter abonnieren', { category: 'newsletter' }),
    removedWhole('Abonnez-vous à notre newsletter', { category: 'newsletter' }),
    removedWhole('Suscríbete a nuestro boletín', { category: 'newsletter' }),
    removedWhole('Sign up for free', { category: 'newsletter' }),
    removedWhole('Ihre E-Mail-Adresse', { category: 'newsletter' }),
    removedWhole('Jetzt kostenlos abonnieren', { category: 'newsletter' }),
    removedWhole('Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.', { category: 'newsletter' }),
    removedWhole('Sie können den Newsletter jederzeit abbestellen.', { category: 'newsletter' }),
    removedWhole('Votre adresse e-mail', { category: 'newsletter' }),
    removedWhole('Inscrivez-vous gratuitement', { category: 'newsletter' }),
    removedWhole('En vous inscrivant, vous acceptez notre politique de confidentialité.', { category: 'newsletter' }),
    removedWhole('Tu correo electrónico', { category: 'newsletter' }),
    removedWhole('Suscríbete gratis', { category: 'newsletter' }),
    removedWhole('Al suscribirte aceptas nuestra política de privacidad.', { category: 'newsletter' }),
    removedWhole(
      'Our weekly newsletter contains a hand-picked selection of news, features, analysis and more. You will receive it in your mailbox every Friday. Never miss the latest news. Preview',
      { reason: 'addresses the reader with newsletter sign-up wording' },
    ),
    // A sign-up box in one block, in four languages: its title and pitch go with its form.
    removedWhole('The Weekend Edition\nThe best of the week, every Saturday morning in your inbox.\nEnter your email address\nSubscribe', { reason: BOX }),
    removedWhole('Der Morgen-Newsletter\nAlle wichtigen Nachrichten jeden Tag in Ihrem Postfach.\nIhre E-Mail-Adresse\nJetzt anmelden', { reason: BOX }),
    removedWhole("L'essentiel du soir\nLes informations du jour, chaque soir dans votre boîte mail.\nJe m'inscris", { reason: BOX }),
    removedWhole('El boletín de la mañana\nLas noticias del día, cada mañana en tu correo.\nSuscríbete', { reason: BOX }),
    {
      name: 'a box whose title, pitch and form are blocks of their own (as in HTML)',
      text: [RESIGNED, 'The Weekend Edition', 'The best of the week, every Saturday morning in your inbox.', 'Enter your email address', 'Subscribe', SUCCESSOR].join('\n\n'),
      removed: BOX_IN_BLOCKS,
    },
    {
      name: 'a call to sign up for the newsletter beside the box’s form',
      text: 'Newsletter\n\nVerpassen Sie nichts: Melden Sie sich für unseren kostenlosen Newsletter an.\n\nIhre E-Mail-Adresse\nJetzt anmelden',
      removed: [
        { text: 'Newsletter', reason: BY_PATTERN },
        { text: 'Verpassen Sie nichts: Melden Sie sich für unseren kostenlosen Newsletter an.', reason: 'the pitch of a sign-up box, beside its sign-up lines' },
        { text: 'Ihre E-Mail-Adresse' },
        { text: 'Jetzt anmelden' },
      ],
    },
    { name: 'only the sign-up line of a mixed block', text: 'The minister resigned on Friday.\nSign up for our daily newsletter', removed: [{ text: 'Sign up for our daily newsletter', reason: BY_PATTERN }] },
    {
      name: 'a sentence about one e-mail to the reader’s inbox stays, right before the site’s sign-up form',
      text: 'You will get a confirmation in your inbox within minutes.\n\nEnter your email address\nSubscribe',
      removed: [{ text: 'Enter your email address' }, { text: 'Subscribe' }],
    },
    { name: 'a label before a sign-up line stays', text: 'Cloud\n\nAWS\n\nAzure\n\nSubscribe to the newsletter', removed: [{ text: 'Subscribe to the newsletter' }] },
    {
      name: 'an HTML box claimed by its class, after the article',
      html: page([RESIGNED], '<div class="newsletter-signup"><h3>The Weekend Edition</h3><p>The best of the week, every Saturday morning in your inbox.</p></div>'),
      removed: [
        { text: 'The Weekend Edition', category: 'newsletter', reason: 'class or id word "newsletter"' },
        { text: 'The best of the week, every Saturday morning in your inbox.', reason: 'class or id word "newsletter"' },
      ],
    },
    {
      name: 'an HTML box with a neutral class between two paragraphs, by its words',
      html: page([RESIGNED]).replace('</article>', '<div class="box"><h3>The Weekend Edition</h3><p>The best of the week, every Saturday morning in your inbox.</p><p>Enter your email address</p><p><a href="/s">Subscribe</a></p></div><p>' + SUCCESSOR + '</p></article>'),
      removed: BOX_IN_BLOCKS,
    },
  ],
});
