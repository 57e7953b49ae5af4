/**
 * Phrases of no language: symbols, numbers, marks of time.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';

export const common: PhraseSet = {
  metadata: {
    /** Marks of the time of day that stand between a dateline's words: "7.04 p.m.", "14 h". */
    connectors: ['pm', 'p.m.', 'a.m.', 'h'],
    /** Time zones a time may name: "10:30 GMT", "9 a.m. (EST)". */
    timeZones: [
      'GMT', 'UTC', 'BST', 'CET', 'CEST', 'MEZ', 'MESZ', 'WET', 'WEST', 'EET', 'EEST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT',
      'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'ET', 'PT', 'CT', 'MT', 'IST', 'AMT', 'HKT', 'SGT', 'JST', 'KST', 'AEST', 'AEDT',
      'ACST', 'AWST', 'NZST', 'NZDT', 'WIB', 'WAT', 'EAT', 'SAST', 'MSK', 'ART', 'BRT',
    ],
    /** Photo and wire agencies that credit pictures and copy, as written; a longer name before its prefix ("Getty Images", "Getty"). */
    agencies: [
      'Getty Images', 'Getty', 'Shutterstock', 'iStockphoto', 'iStock', 'Alamy', 'Associated Press', 'ASSOCIATED PRESS', 'AP Photo', 'AP',
      'AFP', 'Reuters', 'REUTERS', 'EPA-EFE', 'EPA', 'EFE', 'dpa', 'DPA', 'picture alliance', 'picture-alliance', 'Keystone', 'ANSA',
      'Xinhua', 'Kyodo', 'Yonhap', 'PTI', 'IANS', 'ANI', 'AAP', 'PA Wire', 'PA Media', 'PA Images', 'Europa Press', 'SIPA', 'Sipa',
      'Imago', 'IMAGO', 'NurPhoto', 'ZUMA Press', 'ZUMA', 'Zuma', 'Corbis', 'WireImage', 'FilmMagic', 'Rex Features', 'REX',
      'Anadolu Agency', 'Anadolu', 'TASS', 'Sputnik', 'UPI', 'NASA', 'Bloomberg', 'Newscom', 'Stringer',
    ],
    /** Agencies whose bare name on a line is always a picture credit. */
    photoAgencies: [
      'Getty Images', 'Getty', 'Shutterstock', 'iStockphoto', 'iStock', 'Alamy', 'picture alliance', 'picture-alliance', 'WireImage',
      'FilmMagic', 'Rex Features', 'NurPhoto', 'Imago', 'IMAGO',
    ],
  },
};
