/**
 * paywall: subscription walls, offers beside them and account lines go, in text dumps and
 * in HTML; news about paywalls and subscriptions stays.
 */
import { RuleTester } from '../../src/index.js';
import { paywall } from '../../src/rules/paywall.js';
import { BY_PATTERN, STORY, page, removedWhole } from '../helpers/rule-cases.js';


new RuleTester().run('paywall', paywall, {
  valid: [
    "Readers who subscribe to the newspaper get it delivered to their door before seven, the publisher said.",
    "Get access to clean water was the goal of the programme, which ran for ten years.",
    'The Times put up a paywall in 2011 and now has more than 9 million subscribers, the company said.',
    'Publishers have experimented with metered paywalls that allow readers a handful of free articles each month before asking them to subscribe.',
    'If you already subscribe to Disney+, you can log in with your existing account on the new app.',
    'You can get a free trial with unlimited access to the full Spotify catalogue for three months.',
    'Subscribers to the streaming service will pay 2 dollars more a month from January.',
    '"Subscribe to continue reading," the screen said, and she closed the tab.',
    'Die Zeitung hat eine Bezahlschranke eingeführt; Abonnenten können alle Artikel weiterhin lesen, teilte der Verlag mit.',
    'Le quotidien a réservé certains articles à ses abonnés depuis 2015, selon son directeur.',
    'El diario cuenta ya con 100.000 suscriptores digitales, según informó la empresa.',
    'When we launched our paywall, readers could read ten free articles a month before they had to subscribe.',
    '$9.99 per month\nCancel anytime',
    {
      name: 'an HTML story about paywalls',
      html: page([
        'More newspapers have put their articles behind a paywall, and subscribers now pay for most of the newsroom, the study found.',
        'Readers who hit the limit of free articles each month are asked to subscribe.',
      ]),
    },
  ],
  invalid: [
    removedWhole("Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", { category: 'paywall' }),
    removedWhole("Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.", { category: 'paywall' }),
    removedWhole("Get access to India's fastest growing financial subscriptions service Moneycontrol Pro for as little as Rs 599 for first year.", { category: 'paywall' }),
    removedWhole('Log in', { category: 'paywall' }),
    removedWhole('Sign In', { category: 'paywall' }),
    removedWhole('Register', { category: 'paywall' }),
    removedWhole('Login/Register', { category: 'paywall' }),
    removedWhole('Subscribe Sign In', { category: 'paywall' }),
    removedWhole('Log in or sign up', { category: 'paywall' }),
    removedWhole('My Account', { category: 'paywall' }),
    removedWhole('Already a subscriber? Log in', { category: 'paywall' }),
    removedWhole('Already have an account? Sign in here.', { category: 'paywall' }),
    removedWhole('Subscribe to continue reading.', { category: 'paywall' }),
    removedWhole('To continue reading, please subscribe or log in.', { category: 'paywall' }),
    removedWhole('You have reached your limit of free articles this month.', { category: 'paywall' }),
    removedWhole("You've read 3 of your 5 free articles.", { category: 'paywall' }),
    removedWhole('This article is for subscribers only.', { category: 'paywall' }),
    removedWhole('Subscribers only', { category: 'paywall' }),
    removedWhole('Subscribe for unlimited access', { category: 'paywall' }),
    removedWhole('Start your free trial', { category: 'paywall' }),
    // German
    removedWhole('Weiterlesen mit SZ Plus', { category: 'paywall' }),
    removedWhole('Jetzt abonnieren und weiterlesen', { category: 'paywall' }),
    removedWhole('Bereits Abonnent? Hier anmelden', { category: 'paywall' }),
    removedWhole('Dieser Artikel ist nur für Abonnenten verfügbar.', { category: 'paywall' }),
    removedWhole('Anmelden', { category: 'paywall' }),
    // French
    removedWhole('Réservé aux abonnés', { category: 'paywall' }),
    removedWhole('Article réservé aux abonnés', { category: 'paywall' }),
    removedWhole('Cet article est réservé aux abonnés.', { category: 'paywall' }),
    removedWhole('Déjà abonné ? Connectez-vous', { category: 'paywall' }),
    removedWhole('Se connecter', { category: 'paywall' }),
    // Spanish
    removedWhole('Contenido exclusivo para suscriptores', { category: 'paywall' }),
    removedWhole('¿Ya eres suscriptor? Inicia sesión', { category: 'paywall' }),
    removedWhole('Suscríbete para seguir leyendo', { category: 'paywall' }),
    removedWhole('Iniciar sesión', { category: 'paywall' }),
    removedWhole('Only subscribers can read the rest of this article. Subscribe now to get unlimited access to our journalism for 99 cents a week.', { category: 'paywall' }),
    removedWhole("You've used up your free stories for this month. Log in or subscribe to keep reading.", { category: 'paywall' }),
    removedWhole('Sie haben Ihr Kontingent an kostenlosen Artikeln erreicht. Lesen Sie weiter mit einem Abo.', { category: 'paywall' }),
    removedWhole('Pour lire la suite de cet article, abonnez-vous dès maintenant : vous avez accès à tous nos contenus.', { category: 'paywall' }),
    removedWhole('Para seguir leyendo este artículo, suscríbete y accede a todos nuestros contenidos.', { category: 'paywall' }),
    {
      name: 'the offer beside a wall, and not the story before it',
      text: 'The council approved the budget on Tuesday after a three-hour debate.\n\nThis article is for subscribers only.\n\n$1 per week for 6 months\nCancel anytime',
      removed: [
        { text: 'This article is for subscribers only.', reason: BY_PATTERN },
        { text: '$1 per week for 6 months\nCancel anytime', reason: 'a subscription offer beside a paywall' },
      ],
    },
    { name: 'only the account line of a mixed block', text: 'Home\nSign In', removed: [{ text: 'Sign In', reason: BY_PATTERN }] },
    {
      name: 'an HTML wall claimed by its class',
      html: page([STORY], '<div class="paywall"><p>Subscribe to keep reading</p><p>Already a subscriber? Log in</p></div>'),
      removed: ['Subscribe to keep reading', 'Already a subscriber? Log in'].map((text) => ({ text, category: 'paywall', reason: 'class or id word "paywall"' })),
    },
    {
      name: 'an HTML wall line inside the article, by its words',
      html: page([STORY, 'This article is for subscribers only.']),
      removed: [{ text: 'This article is for subscribers only.', reason: BY_PATTERN }],
    },
  ],
});
