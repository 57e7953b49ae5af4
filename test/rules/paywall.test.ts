import { describe, expect, it } from 'vitest';
import { paywall } from '../../src/rules/paywall.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

describe('rule: paywall', () => {
  describe('removes', () => {
    it.each([
      "Subscribe to WIRED and stay smart with more of your favorite Ideas writers.",
      "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.",
      "Get access to India's fastest growing financial subscriptions service Moneycontrol Pro for as little as Rs 599 for first year.",
      'Log in',
      'Sign In',
      'Register',
      'Login/Register',
      'Subscribe Sign In',
      'Log in or sign up',
      'My Account',
      'Already a subscriber? Log in',
      'Already have an account? Sign in here.',
      'Subscribe to continue reading.',
      'To continue reading, please subscribe or log in.',
      'You have reached your limit of free articles this month.',
      "You've read 3 of your 5 free articles.",
      'This article is for subscribers only.',
      'Subscribers only',
      'Subscribe for unlimited access',
      'Start your free trial',
      // German
      'Weiterlesen mit SZ Plus',
      'Jetzt abonnieren und weiterlesen',
      'Bereits Abonnent? Hier anmelden',
      'Dieser Artikel ist nur für Abonnenten verfügbar.',
      'Anmelden',
      // French
      'Réservé aux abonnés',
      'Article réservé aux abonnés',
      'Cet article est réservé aux abonnés.',
      'Déjà abonné ? Connectez-vous',
      'Se connecter',
      // Spanish
      'Contenido exclusivo para suscriptores',
      '¿Ya eres suscriptor? Inicia sesión',
      'Suscríbete para seguir leyendo',
      'Iniciar sesión',
    ])('the line %j', (line) => {
      expect(removesAll(paywall, line)).toBe(true);
    });

    it.each([
      'Only subscribers can read the rest of this article. Subscribe now to get unlimited access to our journalism for 99 cents a week.',
      "You've used up your free stories for this month. Log in or subscribe to keep reading.",
      'Sie haben Ihr Kontingent an kostenlosen Artikeln erreicht. Lesen Sie weiter mit einem Abo.',
      'Pour lire la suite de cet article, abonnez-vous dès maintenant : vous avez accès à tous nos contenus.',
      'Para seguir leyendo este artículo, suscríbete y accede a todos nuestros contenidos.',
    ])('the wall %j', (block) => {
      expect(removesAll(paywall, block)).toBe(true);
    });

    it('the offer beside a wall, and not the story before it', () => {
      const story = 'The council approved the budget on Tuesday after a three-hour debate.';
      const out = applyRule(paywall, `${story}\n\nThis article is for subscribers only.\n\n$1 per week for 6 months\nCancel anytime`);
      expect(out.kept).toEqual([story]);
    });

    it('only the account line of a mixed block', () => {
      const out = applyRule(paywall, 'Home\nSign In');
      expect(out.removed).toEqual(['Sign In']);
      expect(out.kept).toEqual(['Home']);
    });
  });

  describe('keeps', () => {
    it.each([
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
    ])('the text %j', (text) => {
      expect(keepsAll(paywall, text)).toBe(true);
    });
  });
});
