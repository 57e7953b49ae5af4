/**
 * The sources of the built-in rules' phrases, in the order their lists are joined: the
 * language-neutral ones, the languages, then the site and CMS packs that are switched on.
 * A new language module or pack is listed here and nowhere else (see docs/phrases.md).
 */
import type { PhrasePack, PhraseSource } from './phrase-set.js';
import { common } from './common.js';
import { multilingual } from './multilingual.js';
import { en } from './en.js';
import { de } from './de.js';
import { fr } from './fr.js';
import { es } from './es.js';
import { pt } from './pt.js';
import { it } from './it.js';
import { ru } from './ru.js';
import { wordpress } from './packs/wordpress.js';
import { disqus } from './packs/disqus.js';
import { bbc } from './packs/bbc.js';
import { nyt } from './packs/nyt.js';
import { ap } from './packs/ap.js';

export const LANGUAGE_SOURCES: readonly PhraseSource[] = [
  { id: 'common', phrases: common },
  { id: 'multilingual', phrases: multilingual },
  { id: 'en', phrases: en },
  { id: 'de', phrases: de },
  { id: 'fr', phrases: fr },
  { id: 'es', phrases: es },
  { id: 'pt', phrases: pt },
  { id: 'it', phrases: it },
  { id: 'ru', phrases: ru },
];

/** The site and CMS packs, all on unless switched off (--no-pack, "packs" in the config, `disablePacks`). */
export const PHRASE_PACKS: readonly PhrasePack[] = [wordpress, disqus, bbc, nyt, ap];
