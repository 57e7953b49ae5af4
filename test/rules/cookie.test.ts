/**
 * cookie: consent notices, their headings, buttons and panels go, in text dumps and in
 * HTML; news about cookies and consent, and button words beside prose, stay.
 */
import { RuleTester, type InvalidCase } from '../../src/index.js';
import { cookie } from '../../src/rules/cookie.js';
import { STORY, page, removedWhole } from '../helpers/rule-cases.js';

const NOTICE = 'We use cookies to personalise content and ads and to analyse our traffic.';
const MULTILINE = 'cookie notice over several lines';

/** A notice, and the block of buttons after it. */
function withButtons(buttons: string): InvalidCase {
  return {
    name: `the buttons ${JSON.stringify(buttons)} in the block after a notice`,
    text: `${NOTICE}\n\n${buttons}`,
    removed: [
      { text: NOTICE, reason: 'cookie notice' },
      { text: buttons, reason: 'buttons beside a cookie notice' },
    ],
  };
}

new RuleTester().run('cookie', cookie, {
  valid: [
    'The European Court of Justice ruled that websites must obtain active consent before placing cookies on users\' devices.',
    'Regulators said the company used tracking cookies to follow users across the web without their consent.',
    'Under the GDPR, a site that uses cookies to track visitors must tell them why and let them refuse.',
    '"We use cookies to improve your experience," the banner read, but critics said it hid the real purpose.',
    'Google said on Tuesday it would phase out third-party cookies in Chrome within two years.',
    'Die Datenschutzbehörde hat das Unternehmen zu einer Strafe verurteilt, weil es Cookies ohne Einwilligung gesetzt hatte.',
    'La CNIL a infligé une amende de 100 millions d\'euros à Google pour ses cookies publicitaires.',
    'La Agencia Española de Protección de Datos multó a la empresa por instalar cookies sin consentimiento.',
    'She baked chocolate chip cookies for the whole class and we ate them all.',
    'Accept',
    'OK',
    'Settings',
    'Einstellungen',
    // A heading about privacy that opens no notice.
    'Your privacy, their profit\n\nThe company shared the browsing data of its customers with 40 advertisers, the regulator found.',
    // A button word beside ordinary prose.
    'The minister said the plan was final.\n\nAccept\n\nThe opposition rejected it.',
    {
      name: 'an HTML story about a fine over a cookie banner, quoting the banner',
      html: page([
        "The European Court of Justice ruled that websites must obtain active consent before placing cookies on users' devices.",
        '"We use cookies to improve your experience," the banner read, but critics said it hid the real purpose.',
      ]),
    },
  ],
  invalid: [
    removedWhole('We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.', { category: 'cookie' }),
    removedWhole('We use cookies.', { category: 'cookie' }),
    removedWhole('This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.', { category: 'cookie' }),
    removedWhole('This website uses cookies to improve your experience. We\'ll assume you\'re ok with this, but you can opt-out if you wish. Accept Read More', { category: 'cookie' }),
    removedWhole('By continuing to use this site you agree to our use of cookies.', { category: 'cookie' }),
    removedWhole('By choosing I Accept, you consent to our use of cookies and other tracking technologies.', { category: 'cookie' }),
    removedWhole('We and our partners store and access information on your device, such as cookies, to personalise ads and content.', { category: 'cookie' }),
    removedWhole('Cookie settings', { category: 'cookie' }),
    removedWhole('Cookie Policy', { category: 'cookie' }),
    removedWhole('Privacy & Cookies Policy', { category: 'cookie' }),
    removedWhole('Accept all cookies', { category: 'cookie' }),
    removedWhole('Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung unserer Website stimmen Sie dem zu.', { category: 'cookie' }),
    removedWhole('Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu.', { category: 'cookie' }),
    removedWhole('Cookie-Einstellungen', { category: 'cookie' }),
    removedWhole('Alle Cookies akzeptieren', { category: 'cookie' }),
    removedWhole('Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.', { category: 'cookie' }),
    removedWhole('En poursuivant votre navigation sur ce site, vous acceptez l\'utilisation de cookies.', { category: 'cookie' }),
    removedWhole('Paramétrer les cookies', { category: 'cookie' }),
    removedWhole('Politique relative aux cookies', { category: 'cookie' }),
    removedWhole('Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.', { category: 'cookie' }),
    removedWhole('Este sitio web utiliza cookies para mejorar su experiencia de navegación.', { category: 'cookie' }),
    removedWhole('Configurar cookies', { category: 'cookie' }),
    removedWhole('Política de cookies', { category: 'cookie' }),
    withButtons('Accept'),
    withButtons('Accept all'),
    withButtons('Reject all'),
    withButtons('Manage preferences'),
    withButtons('I agree'),
    withButtons('Got it'),
    withButtons('OK'),
    withButtons('Learn more I agree X'),
    withButtons('Alle akzeptieren\nEinstellungen'),
    withButtons('Tout accepter\nTout refuser'),
    withButtons('Aceptar\nConfigurar'),
    removedWhole('We use cookies to give you the best experience.\nAccept\nManage preferences', { reason: MULTILINE }),
    removedWhole('Your privacy\nThis site uses cookies\nto analyse traffic and show ads.\nAccept all', { reason: MULTILINE }),
    {
      name: 'a notice with the heading that opens it',
      text: `We value your privacy\n\n${NOTICE}\n\nAccept all`,
      removed: [
        { text: 'We value your privacy', reason: 'heading of a cookie notice' },
        { text: NOTICE, reason: 'cookie notice' },
        { text: 'Accept all', reason: 'buttons beside a cookie notice' },
      ],
    },
    {
      name: 'a German notice with the heading that opens it',
      text: 'Wir respektieren Ihre Privatsphäre\n\nWir verwenden Cookies, um Inhalte zu personalisieren und unsere Website zu verbessern.',
      removed: [
        { text: 'Wir respektieren Ihre Privatsphäre', reason: 'heading of a cookie notice' },
        { text: 'Wir verwenden Cookies, um Inhalte zu personalisieren und unsere Website zu verbessern.', reason: 'cookie notice' },
      ],
    },
    {
      name: 'panel text beside a notice',
      text: 'This website uses cookies to improve your experience while you navigate through the website.\n\nNecessary cookies are absolutely essential for the website to function properly.',
      removed: [
        { text: 'This website uses cookies to improve your experience while you navigate through the website.', reason: 'cookie notice' },
        { text: 'Necessary cookies are absolutely essential for the website to function properly.', reason: 'cookie panel text beside a cookie notice' },
      ],
    },
    {
      name: 'a story’s paragraph in a panel’s words stays beside the site’s notice',
      text: `Shops may still set necessary cookies, for a basket or a login, without asking for consent.\n\n${NOTICE}`,
      removed: [{ text: NOTICE, reason: 'cookie notice' }],
    },
    {
      name: 'an HTML consent dialog with its heading, notice and button',
      html: page([STORY], `<div id="consent"><h2>We value your privacy</h2><p>${NOTICE}</p><p><a href="#">Accept all</a></p></div>`),
      removed: [
        { text: 'We value your privacy', reason: 'heading of a cookie notice' },
        { text: NOTICE, reason: 'cookie notice' },
        { text: 'Accept all', reason: 'buttons beside a cookie notice' },
      ],
    },
    {
      name: 'an HTML banner with a neutral class after the article, by its words',
      html: page([STORY], `<div class="banner"><p>${NOTICE}</p><p><a href="#">Accept all</a></p></div>`),
      removed: [
        { text: NOTICE, category: 'cookie', reason: 'cookie notice' },
        { text: 'Accept all', reason: 'buttons beside a cookie notice' },
      ],
    },
  ],
});
