import { describe, expect, it } from 'vitest';
import { legal } from '../../src/rules/legal.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

describe('rule: legal', () => {
  describe('removes', () => {
    it.each([
      "Opinions expressed by Forbes Contributors are their own.",
      "The views expressed in this article are those of the author and do not necessarily reflect the position of the publisher.",
      '© 2019 Example Media. All rights reserved.',
      '©2019 Forbes Media LLC. All Rights Reserved.',
      'Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy',
      '© Copyright Gannett 2018',
      '© Telegraph Media Group Limited 2019',
      'All rights reserved',
      'Wccftech © 2019 NewAge ADS, LLC. All rights reserved.',
      'This material may not be published, broadcast, rewritten or redistributed.',
      'The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Example Media.',
      'Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy',
      'Privacy Policy',
      'Terms of Use',
      'Terms of Service',
      'Terms & Conditions',
      'Contact us',
      'About Us',
      'Accessibility Statement',
      'Do Not Sell My Personal Information',
      'AdChoices',
      'Your Ad Choices',
      'Your California Privacy Rights',
      'Terms of Service Privacy Notice',
      'Disclaimer | Terms & Conditions | Privacy Policy | Cookie Policy | FAQs | Sitemap | Feedback',
      // German
      'Impressum',
      'Datenschutzerklärung',
      'Nutzungsbedingungen',
      'Copyright © 2019 Example Verlag GmbH. Alle Rechte vorbehalten.',
      'Vervielfältigung nur mit Genehmigung des Verlags.',
      // French
      'Mentions légales',
      'Politique de confidentialité',
      '© 2019 Exemple Presse. Tous droits réservés.',
      'Toute reproduction totale ou partielle est interdite.',
      // Spanish
      'Aviso legal',
      'Política de privacidad',
      'Términos y condiciones',
      '© 2019 Ejemplo Medios. Todos los derechos reservados.',
      'Prohibida su reproducción total o parcial.',
    ])('the line %j', (line) => {
      expect(removesAll(legal, line)).toBe(true);
    });

    it.each([
      ['Terms of Use\nPrivacy Policy\nAccessibility & CC\nAdChoices\nAbout Us\nModern Slavery Act Statement\nAdvertise with us\nNewsletters'],
      ['Kontakt\nImpressum\nDatenschutz\nAGB'],
      ['Contact\nMentions légales\nConfidentialité\nPlan du site'],
      ['Contacto\nAviso legal\nPrivacidad\nAccesibilidad'],
    ])('the footer block %j', (block) => {
      expect(removesAll(legal, block)).toBe(true);
    });

    it('a single weak link beside a footer block', () => {
      expect(removesAll(legal, 'Privacy Policy\nTerms of Use\n\nAccessibility')).toBe(true);
    });

    it('only the copyright line of a mixed block', () => {
      const out = applyRule(legal, 'The minister resigned on Friday.\n© 2019 Example Media. All rights reserved.');
      expect(out.kept).toEqual(['The minister resigned on Friday.']);
      expect(out.removed).toEqual(['© 2019 Example Media. All rights reserved.']);
    });
  });

  describe('keeps', () => {
    it.each([
      "The views expressed by the minister on Tuesday were quickly rejected by the opposition.",
      'Facebook updated its privacy policy on Tuesday, giving regulators in Europe more say over how user data is shared.',
      'The court ruled that the photographer owned the copyright, and that the newspaper had infringed it in 2019.',
      'Copyright law protects the expression of an idea, not the idea itself, the judge wrote.',
      'Copyright 2019 was a record year for infringement filings, the office said.',
      'Users who do not accept the new terms of service by May 25 will lose access to their accounts.',
      'The label said all rights reserved by the artist would revert to her estate.',
      'The ministry said the footage may not be published, broadcast or redistributed until the trial ends.',
      'Contact tracing apps have raised concerns among privacy advocates.',
      'Die Datenschutzbehörde prüft die Nutzungsbedingungen des Konzerns seit November 2019.',
      'La CNIL a rappelé que les mentions légales doivent être accessibles depuis chaque page.',
      'La empresa modificó su política de privacidad tras la multa de la agencia.',
      'Privacy',
      'Accessibility',
      'Contact',
      'Datenschutz',
      '© Reuters',
    ])('the text %j', (text) => {
      expect(keepsAll(legal, text)).toBe(true);
    });

    it('a section heading "Privacy" in an article', () => {
      const out = applyRule(legal, 'The phone ships in three colours.\n\nPrivacy\n\nThe company says it never sells user data.');
      expect(out.removed).toEqual([]);
    });
  });
});
