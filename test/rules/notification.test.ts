import { describe, expect, it } from 'vitest';
import { notification } from '../../src/rules/notification.js';
import { applyRule, keepsAll, removesAll } from '../helpers/rule-harness.js';

describe('rule: notification', () => {
  describe('removes', () => {
    it.each([
      'Stay up to date with notifications from The\u00a0Independent',
      'Notifications can be managed in browser preferences.',
      'Allow notifications',
      'Turn on notifications',
      'Get breaking news alerts',
      'Not now',
      'Would you like to receive push notifications from us?',
      'Get notified when we publish a new story',
      'Click "Allow" to receive the latest news.',
      'Notifications',
      // German
      'Benachrichtigungen aktivieren',
      'Push-Benachrichtigungen erlauben',
      'Möchten Sie Benachrichtigungen von uns erhalten?',
      'Nicht jetzt',
      // French
      'Activer les notifications',
      'Voulez-vous recevoir les notifications de notre site ?',
      'Pas maintenant',
      // Spanish
      'Activar notificaciones',
      '¿Quieres recibir notificaciones de las últimas noticias?',
      'Ahora no',
    ])('the line %j', (line) => {
      expect(removesAll(notification, line)).toBe(true);
    });

    it('the Independent prompt, both blocks, and not the headline after it', () => {
      const out = applyRule(
        notification,
        'Stay up to date with notifications from The\u00a0Independent\n\nNotifications can be managed in browser preferences.\n\nNato overture to Russia',
      );
      expect(out.removed).toHaveLength(2);
      expect(out.kept).toEqual(['Nato overture to Russia']);
    });

    it('a short prompt that asks the reader to turn notifications on', () => {
      expect(removesAll(notification, 'Never miss a story: turn on push notifications in your browser and be the first to know about breaking news.')).toBe(true);
    });

    it('the bare buttons of a prompt, beside the prompt only', () => {
      expect(removesAll(notification, 'Would you like to receive notifications on the latest news?\n\nAllow\nLater')).toBe(true);
      expect(keepsAll(notification, 'The recipe, step by step\n\nAllow\nLater')).toBe(true);
    });

    it.each([
      'Stay up to date with notifications from the Gazette\nNot now\nAllow',
      'Turn on notifications to get breaking news from the Gazette.\nNo thanks\nTurn on',
      "Activez les notifications pour suivre l'actualité en direct.\nPas maintenant\nActiver",
      '¿Quieres recibir alertas de última hora?\nAhora no\nPermitir',
    ])('a prompt with its buttons in one block: %j', (block) => {
      expect(removesAll(notification, block)).toBe(true);
    });

    it('a prompt whose heading, ask and buttons are blocks of their own (as in HTML)', () => {
      const page = 'Get breaking news alerts\n\nTurn on notifications to get the latest updates from the Gazette.\n\nNo thanks\n\nTurn on';
      expect(removesAll(notification, page)).toBe(true);
    });
  });

  describe('keeps', () => {
    it.each([
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
    ])('the sentence %j', (sentence) => {
      expect(keepsAll(notification, sentence)).toBe(true);
    });

    it('a how-to’s ask when no prompt line or button stands beside it', () => {
      const howTo = 'Turn on notifications to get an alert when your parcel arrives.\n\nThe courier then sends a photo of the doorstep as proof of delivery.';
      expect(keepsAll(notification, howTo)).toBe(true);
    });
  });
});
