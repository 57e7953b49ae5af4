/**
 * share: share bars, network buttons and "follow us" lines go, in text dumps and in HTML;
 * news about networks, and lists that merely name one, stay.
 */
import { RuleTester } from '../../src/index.js';
import { share } from '../../src/rules/share.js';
import { BY_PATTERN, STORY, page, removedWhole } from '../helpers/rule-cases.js';

const RUN = 'network button in a run of share buttons';

new RuleTester().run('share', share, {
  valid: [
    'Facebook said on Tuesday that it would add a share button to every post in its news feed.',
    'Alibaba is set to raise up to $12.9bn from its second listing, pricing its shares at a 2.8 per cent discount.',
    'She proceeded to share the hashtag on Twitter, where it quickly became a top trend.',
    '“While I share the frustration and delays to the program, switching horses midstream is not wise,” he said.',
    'Sharing my full letter on the sentencing of the man convicted of threatening my life.',
    'Share this information, please?',
    'Die Aktionäre wollen ihre Anteile teilen, sagte ein Sprecher des Konzerns am Montag.',
    'Les deux pays vont partager leurs données sur le climat, a indiqué le ministère.',
    'El Gobierno decidió compartir la información con las autoridades europeas.',
    'Twitter seemed a bit confused by the campaign:',
    'Fans raced to be the first to like this post, the singer said.',
    // A subheading that names a network, followed by prose.
    'Twitter\n\nTwitter said it would label misleading posts from world leaders, a policy change announced on Tuesday.',
    // A list of companies that happens to include one network.
    'Facebook\nAmazon\nApple\nNetflix\nGoogle',
    {
      name: 'an HTML story about a viral post, under a subheading that names the network',
      html: '<html><body><article><h2>Twitter</h2><p>Twitter said it would label misleading posts from world leaders, a policy change announced on Tuesday.</p><p>The photo was shared more than a million times on Facebook within a day.</p></article></body></html>',
    },
  ],
  invalid: [
    removedWhole('Share', { category: 'share' }),
    removedWhole('Share this:', { category: 'share' }),
    removedWhole('Share this article', { category: 'share' }),
    removedWhole('Share on Facebook', { category: 'share' }),
    removedWhole('Share this with Messenger', { category: 'share' }),
    removedWhole('Share this on WhatsApp', { category: 'share' }),
    removedWhole('Share to linkedin', { category: 'share' }),
    removedWhole('Tweet', { category: 'share' }),
    removedWhole('Copy link', { category: 'share' }),
    removedWhole('Sharing is caring!', { category: 'share' }),
    removedWhole('X Share via', { category: 'share' }),
    removedWhole('858 shares', { category: 'share' }),
    removedWhole('Share All sharing options for: Browns’ defensive snap counts, stats, and notes: Week 11', { category: 'share' }),
    removedWhole('Click to share on Twitter (Opens in new window)', { category: 'share' }),
    removedWhole('Follow us on Twitter', { category: 'share' }),
    removedWhole('Follow us on:', { category: 'share' }),
    removedWhole('Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.', { category: 'share' }),
    removedWhole('Teilen', { category: 'share' }),
    removedWhole('Artikel teilen', { category: 'share' }),
    removedWhole('Auf Facebook teilen', { category: 'share' }),
    removedWhole('Folgen Sie uns auf Instagram', { category: 'share' }),
    removedWhole('Partager', { category: 'share' }),
    removedWhole('Partager sur Twitter', { category: 'share' }),
    removedWhole('Partager cet article', { category: 'share' }),
    removedWhole('Suivez-nous sur Facebook', { category: 'share' }),
    removedWhole('Compartir', { category: 'share' }),
    removedWhole('Compartir en WhatsApp', { category: 'share' }),
    removedWhole('Compartir esta noticia', { category: 'share' }),
    removedWhole('Síguenos en Twitter', { category: 'share' }),
    removedWhole('facebook\nlinkedin\ntwitter\nemail\nprint', { reason: 'block of share-network buttons' }),
    removedWhole('Share This Article\nReddit\nLinkedIn\nWhatsApp\nEmail\nPrint\nTalk', { reason: 'share line with network buttons' }),
    {
      name: 'a share header and its buttons in separate blocks',
      text: 'Share this:\n\nFacebook\nTwitter\nFlipboard\nWhatsApp\nEmail\nCopy',
      removed: [{ text: 'Share this:', reason: RUN }, { text: 'Facebook\nTwitter\nFlipboard\nWhatsApp\nEmail\nCopy', reason: 'block of share-network buttons' }],
    },
    {
      name: 'one network per block, separated by blank lines, between paragraphs that stay',
      text: 'The minister resigned on Friday after weeks of pressure from his own party.\n\nEmail\n\nFacebook\n\nTwitter\n\nEmail\n\nThe vote is expected next week, officials said.',
      removed: ['Email', 'Facebook', 'Twitter', 'Email'].map((text) => ({ text, reason: RUN })),
    },
    {
      name: 'share lines with their network labels',
      text: 'Email\n\nShare this with Email\n\nFacebook\n\nShare this with Facebook\n\nMessenger\n\nShare this with Messenger',
      removed: ['Email', 'Share this with Email', 'Facebook', 'Share this with Facebook', 'Messenger', 'Share this with Messenger'].map((text) => ({ text, reason: RUN })),
    },
    removedWhole('Like this:\nLike\nBe the first to like this.', { reason: 'share line with network buttons' }),
    { name: 'only the share line of a mixed block', text: 'Police closed the road for three hours.\nShare on Facebook', removed: [{ text: 'Share on Facebook', reason: BY_PATTERN }] },
    {
      name: 'an HTML share bar claimed by its selector',
      html: page([STORY]).replace('</article>', '<div class="share-buttons"><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul></div></article>'),
      removed: ['Facebook', 'Twitter'].map((text) => ({ text, category: 'share', reason: 'matches selector [class*="share-buttons"]' })),
    },
    {
      name: 'an HTML list of networks under a share line, by its words',
      html: page([STORY]).replace('</article>', '<p>Share this article</p><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li></ul></article>'),
      removed: ['Share this article', 'Facebook', 'Twitter', 'Email'].map((text) => ({ text, reason: RUN })),
    },
  ],
});
