import { describe, expect, it } from 'vitest';
import { cookie } from '../../src/rules/cookie.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

describe('rule: cookie', () => {
  describe('removes', () => {
    it.each([
      'We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.',
      'We use cookies.',
      'This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.',
      'This website uses cookies to improve your experience. We\'ll assume you\'re ok with this, but you can opt-out if you wish. Accept Read More',
      'By continuing to use this site you agree to our use of cookies.',
      'By choosing I Accept, you consent to our use of cookies and other tracking technologies.',
      'We and our partners store and access information on your device, such as cookies, to personalise ads and content.',
      'Cookie settings',
      'Cookie Policy',
      'Privacy & Cookies Policy',
      'Accept all cookies',
      'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung unserer Website stimmen Sie dem zu.',
      'Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu.',
      'Cookie-Einstellungen',
      'Alle Cookies akzeptieren',
      'Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.',
      'En poursuivant votre navigation sur ce site, vous acceptez l\'utilisation de cookies.',
      'Paramétrer les cookies',
      'Politique relative aux cookies',
      'Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.',
      'Este sitio web utiliza cookies para mejorar su experiencia de navegación.',
      'Configurar cookies',
      'Política de cookies',
    ])('the notice or link %j', (line) => {
      expect(removesAll(cookie, line)).toBe(true);
    });

    it.each([
      ['Accept'],
      ['Accept all'],
      ['Reject all'],
      ['Manage preferences'],
      ['I agree'],
      ['Got it'],
      ['OK'],
      ['Learn more I agree X'],
      ['Alle akzeptieren\nEinstellungen'],
      ['Tout accepter\nTout refuser'],
      ['Aceptar\nConfigurar'],
    ])('the buttons %j in the block after a notice', (buttons) => {
      const out = applyRule(cookie, `We use cookies to personalise content and ads and to analyse our traffic.\n\n${buttons}`);
      expect(out.kept).toEqual([]);
    });

    it('the buttons inside the notice block', () => {
      expect(removesAll(cookie, 'We use cookies to give you the best experience.\nAccept\nManage preferences')).toBe(true);
    });

    it('a notice written over several short lines', () => {
      expect(removesAll(cookie, 'Your privacy\nThis site uses cookies\nto analyse traffic and show ads.\nAccept all')).toBe(true);
    });

    it.each([
      'We value your privacy\n\nWe use cookies to personalise content and ads and to analyse our traffic.\n\nAccept all',
      'Wir respektieren Ihre Privatsphäre\n\nWir verwenden Cookies, um Inhalte zu personalisieren und unsere Website zu verbessern.',
    ])('a notice with the heading that opens it: %j', (page) => {
      expect(removesAll(cookie, page)).toBe(true);
    });

    it('panel text beside a notice', () => {
      const out = applyRule(
        cookie,
        'This website uses cookies to improve your experience while you navigate through the website.\n\nNecessary cookies are absolutely essential for the website to function properly.',
      );
      expect(out.kept).toEqual([]);
    });
  });

  describe('keeps', () => {
    it.each([
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
    ])('the text %j', (text) => {
      expect(keepsAll(cookie, text)).toBe(true);
    });

    it('a heading about privacy that opens no notice', () => {
      expect(keepsAll(cookie, 'Your privacy, their profit\n\nThe company shared the browsing data of its customers with 40 advertisers, the regulator found.')).toBe(true);
    });

    it('a story’s paragraph in a panel’s words beside the site’s notice', () => {
      const story = 'Shops may still set necessary cookies, for a basket or a login, without asking for consent.';
      const out = applyRule(cookie, `${story}\n\nWe use cookies to personalise content and ads and to analyse our traffic.`);
      expect(out.kept).toEqual([story]);
    });

    it('a button word beside ordinary prose', () => {
      const out = applyRule(cookie, 'The minister said the plan was final.\n\nAccept\n\nThe opposition rejected it.');
      expect(out.removed).toEqual([]);
    });
  });
});
