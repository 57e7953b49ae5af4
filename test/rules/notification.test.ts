/**
 * notification: push-notification prompts and their buttons go, in text dumps and in
 * HTML; news about notifications, and a how-to’s ask with no prompt beside it, stay.
 */
import { RuleTester } from '../../src/index.js';
import { notification } from '../../src/rules/notification.js';
import { BY_PATTERN, STORY, page, removedWhole } from '../helpers/rule-cases.js';

const BUTTONS = 'buttons of a notification prompt';

new RuleTester().run('notification', notification, {
  valid: [
    'Chrome will start blocking notification prompts from sites that abuse them, Google said on Thursday.',
    'The app sends push notifications when a storm warning is issued for the user’s area.',
    'Researchers found that constant phone notifications reduce concentration, even when people do not read them.',
    '"Turn on notifications," the message said, but most users ignored it, according to the study.',
    'The full integration will deliver mobile alert message notifications, customized alarm filtering, and waveform images.',
    'Turn on notifications for the Find My app.',
    'You can turn on notifications in your browser settings to stay up to date with the app.',
    'Apple lets users manage notifications for each app separately in the Settings menu.',
    'Das Unternehmen verschickt nach eigenen Angaben täglich Millionen Push-Benachrichtigungen an seine Nutzer.',
    'Les notifications push sont devenues un outil essentiel pour les médias, selon une étude du Reuters Institute.',
    'Las notificaciones del móvil afectan a la concentración, según un estudio de la Universidad de Barcelona.',
    'On an iPhone, open Settings and tap Notifications. You can allow time-sensitive alerts only, or turn notifications off entirely.',
    // A how-to’s ask when no prompt line or button stands beside it.
    'Turn on notifications to get an alert when your parcel arrives.\n\nThe courier then sends a photo of the doorstep as proof of delivery.',
    // Bare buttons beside no prompt.
    'The recipe, step by step\n\nAllow\nLater',
    {
      name: 'an HTML story about notification fatigue',
      html: page([
        'Researchers found that people who turned off push notifications on their phones checked them less often and felt calmer.',
        'Turn on notifications to get an alert when your parcel arrives, the courier advises.',
      ]),
    },
  ],
  invalid: [
    removedWhole('Stay up to date with notifications from The\u00a0Independent', { category: 'notification' }),
    removedWhole('Notifications can be managed in browser preferences.', { category: 'notification' }),
    removedWhole('Allow notifications', { category: 'notification' }),
    removedWhole('Turn on notifications', { category: 'notification' }),
    removedWhole('Get breaking news alerts', { category: 'notification' }),
    removedWhole('Not now', { category: 'notification' }),
    removedWhole('Would you like to receive push notifications from us?', { category: 'notification' }),
    removedWhole('Get notified when we publish a new story', { category: 'notification' }),
    removedWhole('Click "Allow" to receive the latest news.', { category: 'notification' }),
    removedWhole('Notifications', { category: 'notification' }),
    // German
    removedWhole('Benachrichtigungen aktivieren', { category: 'notification' }),
    removedWhole('Push-Benachrichtigungen erlauben', { category: 'notification' }),
    removedWhole('Möchten Sie Benachrichtigungen von uns erhalten?', { category: 'notification' }),
    removedWhole('Nicht jetzt', { category: 'notification' }),
    // French
    removedWhole('Activer les notifications', { category: 'notification' }),
    removedWhole('Voulez-vous recevoir les notifications de notre site ?', { category: 'notification' }),
    removedWhole('Pas maintenant', { category: 'notification' }),
    // Spanish
    removedWhole('Activar notificaciones', { category: 'notification' }),
    removedWhole('¿Quieres recibir notificaciones de las últimas noticias?', { category: 'notification' }),
    removedWhole('Ahora no', { category: 'notification' }),
    removedWhole('Stay up to date with notifications from the Gazette\nNot now\nAllow', { reason: 'a notification prompt with its buttons' }),
    removedWhole('Turn on notifications to get breaking news from the Gazette.\nNo thanks\nTurn on', { reason: 'a notification prompt with its buttons' }),
    removedWhole("Activez les notifications pour suivre l'actualité en direct.\nPas maintenant\nActiver", { reason: 'a notification prompt with its buttons' }),
    removedWhole('¿Quieres recibir alertas de última hora?\nAhora no\nPermitir', { reason: 'a notification prompt with its buttons' }),
    {
      name: 'the Independent prompt, both blocks, and not the headline after it',
      text: 'Stay up to date with notifications from The\u00a0Independent\n\nNotifications can be managed in browser preferences.\n\nNato overture to Russia',
      removed: [
        { text: 'Stay up to date with notifications from The\u00a0Independent', reason: BUTTONS },
        { text: 'Notifications can be managed in browser preferences.', reason: BY_PATTERN },
      ],
    },
    removedWhole('Never miss a story: turn on push notifications in your browser and be the first to know about breaking news.', { reason: 'asks the reader to turn on notifications' }),
    {
      name: 'the bare buttons of a prompt, beside the prompt',
      text: 'Would you like to receive notifications on the latest news?\n\nAllow\nLater',
      removed: [{ text: 'Would you like to receive notifications on the latest news?', reason: BY_PATTERN }, { text: 'Allow\nLater', reason: BUTTONS }],
    },
    {
      name: 'a prompt whose heading, ask and buttons are blocks of their own (as in HTML)',
      text: 'Get breaking news alerts\n\nTurn on notifications to get the latest updates from the Gazette.\n\nNo thanks\n\nTurn on',
      removed: [
        { text: 'Get breaking news alerts', reason: BY_PATTERN },
        { text: 'Turn on notifications to get the latest updates from the Gazette.', reason: BUTTONS },
        { text: 'No thanks', reason: BUTTONS },
        { text: 'Turn on', reason: BUTTONS },
      ],
    },
    {
      name: 'an HTML prompt claimed by its class',
      html: page([STORY], '<div class="webpush"><p>Get breaking news alerts</p><p>No thanks</p></div>'),
      removed: ['Get breaking news alerts', 'No thanks'].map((text) => ({ text, category: 'notification', reason: 'class or id word "webpush"' })),
    },
    {
      name: 'an HTML prompt with a neutral class inside the article, by its words',
      html: page([STORY]).replace('</article>', '<div class="box"><p>Would you like to receive notifications on the latest news?</p><p>Allow</p><p>Later</p></div></article>'),
      removed: [
        { text: 'Would you like to receive notifications on the latest news?', reason: BY_PATTERN },
        { text: 'Allow', reason: BUTTONS },
        { text: 'Later', reason: BUTTONS },
      ],
    },
  ],
});
