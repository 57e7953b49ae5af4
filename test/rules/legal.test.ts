/**
 * legal: copyright lines, notices and footer links go, in text dumps and in HTML; news
 * about privacy and rights, and an article’s "Privacy" subheading, stay.
 */
import { RuleTester } from '../../src/index.js';
import { legal } from '../../src/rules/legal.js';
import { BY_PATTERN, removedWhole } from '../helpers/rule-cases.js';

new RuleTester().run('legal', legal, {
  valid: [
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
    // A section heading "Privacy" in an article.
    'The phone ships in three colours.\n\nPrivacy\n\nThe company says it never sells user data.',
    {
      name: 'an HTML story about a privacy ruling and rights',
      html: "<html><body><article><h1>Court rules on privacy</h1><p>The court ruled that the company's privacy policy had misled users about how their data was shared.</p><p>All rights reserved, the label said, but the photographer had never been asked.</p></article></body></html>",
    },
    {
      name: 'an HTML story about tracking, with a "Privacy" subheading',
      html: '<html><body><article><h1>Data fines</h1><p>Regulators said the company used tracking cookies to follow users across the web without their consent.</p><h2>Privacy</h2><p>The company says it never sells user data.</p></article></body></html>',
    },
  ],
  invalid: [
    removedWhole("Opinions expressed by Forbes Contributors are their own.", { category: 'legal' }),
    removedWhole("The views expressed in this article are those of the author and do not necessarily reflect the position of the publisher.", { category: 'legal' }),
    removedWhole('© 2019 Example Media. All rights reserved.', { category: 'legal' }),
    removedWhole('©2019 Forbes Media LLC. All Rights Reserved.', { category: 'legal' }),
    removedWhole('Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', { category: 'legal' }),
    removedWhole('Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy', { category: 'legal' }),
    removedWhole('© Copyright Gannett 2018', { category: 'legal' }),
    removedWhole('© Telegraph Media Group Limited 2019', { category: 'legal' }),
    removedWhole('All rights reserved', { category: 'legal' }),
    removedWhole('Wccftech © 2019 NewAge ADS, LLC. All rights reserved.', { category: 'legal' }),
    removedWhole('This material may not be published, broadcast, rewritten or redistributed.', { category: 'legal' }),
    removedWhole('The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Example Media.', { category: 'legal' }),
    removedWhole('Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy', { category: 'legal' }),
    removedWhole('Privacy Policy', { category: 'legal' }),
    removedWhole('Terms of Use', { category: 'legal' }),
    removedWhole('Terms of Service', { category: 'legal' }),
    removedWhole('Terms & Conditions', { category: 'legal' }),
    removedWhole('Contact us', { category: 'legal' }),
    removedWhole('About Us', { category: 'legal' }),
    removedWhole('Accessibility Statement', { category: 'legal' }),
    removedWhole('Do Not Sell My Personal Information', { category: 'legal' }),
    removedWhole('AdChoices', { category: 'legal' }),
    removedWhole('Your Ad Choices', { category: 'legal' }),
    removedWhole('Your California Privacy Rights', { category: 'legal' }),
    removedWhole('Terms of Service Privacy Notice', { category: 'legal' }),
    removedWhole('Disclaimer | Terms & Conditions | Privacy Policy | Cookie Policy | FAQs | Sitemap | Feedback', { category: 'legal' }),
    // German
    removedWhole('Impressum', { category: 'legal' }),
    removedWhole('Datenschutzerklärung', { category: 'legal' }),
    removedWhole('Nutzungsbedingungen', { category: 'legal' }),
    removedWhole('Copyright © 2019 Example Verlag GmbH. Alle Rechte vorbehalten.', { category: 'legal' }),
    removedWhole('Vervielfältigung nur mit Genehmigung des Verlags.', { category: 'legal' }),
    // French
    removedWhole('Mentions légales', { category: 'legal' }),
    removedWhole('Politique de confidentialité', { category: 'legal' }),
    removedWhole('© 2019 Exemple Presse. Tous droits réservés.', { category: 'legal' }),
    removedWhole('Toute reproduction totale ou partielle est interdite.', { category: 'legal' }),
    // Spanish
    removedWhole('Aviso legal', { category: 'legal' }),
    removedWhole('Política de privacidad', { category: 'legal' }),
    removedWhole('Términos y condiciones', { category: 'legal' }),
    removedWhole('© 2019 Ejemplo Medios. Todos los derechos reservados.', { category: 'legal' }),
    removedWhole('Prohibida su reproducción total o parcial.', { category: 'legal' }),
    removedWhole('Terms of Use\nPrivacy Policy\nAccessibility & CC\nAdChoices\nAbout Us\nModern Slavery Act Statement\nAdvertise with us\nNewsletters', { reason: 'footer block of legal links' }),
    removedWhole('Kontakt\nImpressum\nDatenschutz\nAGB', { reason: 'footer block of legal links' }),
    removedWhole('Contact\nMentions légales\nConfidentialité\nPlan du site', { reason: 'footer block of legal links' }),
    removedWhole('Contacto\nAviso legal\nPrivacidad\nAccesibilidad', { reason: 'footer block of legal links' }),
    {
      name: 'a single weak link beside a footer block',
      text: 'Privacy Policy\nTerms of Use\n\nAccessibility',
      removed: [{ text: 'Privacy Policy\nTerms of Use', reason: 'footer block of legal links' }, { text: 'Accessibility', reason: 'legal link beside legal links' }],
    },
    {
      name: 'only the copyright line of a mixed block',
      text: 'The minister resigned on Friday.\n© 2019 Example Media. All rights reserved.',
      removed: [{ text: '© 2019 Example Media. All rights reserved.', reason: BY_PATTERN }],
    },
    {
      name: 'an HTML footer’s copyright and privacy link',
      html: '<html><body><footer><p>© 2019 Example Media. All rights reserved.</p><p><a href="/privacy">Privacy Policy</a></p></footer></body></html>',
      removed: [
        { text: '© 2019 Example Media. All rights reserved.', category: 'legal', reason: BY_PATTERN },
        { text: 'Privacy Policy', reason: BY_PATTERN },
      ],
    },
  ],
});
