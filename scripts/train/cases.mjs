// The evaluation cases the block model learns from, with the site each comes from and
// the fold that site falls in. Folds go by site, so that a model is never scored on pages
// of a site it saw in training (a site's template would be learned, not the task), and
// by site across sets and inputs: every format of a page stays in one fold.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SETS = ['dev', 'wcxb-articles', 'wcxb-other'];
export const INPUTS = ['html', 'full', 'article', 'lynx', 'w3m', 'html2text', 'htmltotext', 'fold78'];
export const FOLDS = 5;

/** The cases of a set: name, site, fold and page type. */
export function casesOf(setDir) {
  return readdirSync(setDir)
    .filter((c) => statSync(join(setDir, c)).isDirectory() && existsSync(join(setDir, c, 'gold.txt')))
    .sort()
    .map((name) => {
      const meta = existsSync(join(setDir, name, 'meta.json')) ? JSON.parse(readFileSync(join(setDir, name, 'meta.json'), 'utf8')) : {};
      const site = siteOf(meta, name);
      return { name, site, fold: foldOf(site), pageType: meta.page_type ?? null };
    });
}

/** WCXB names the domain; the dev cases give a URL. Without either, the case is its own site. */
function siteOf(meta, name) {
  let host = meta.domain;
  if (!host && meta.url) {
    try {
      host = new URL(meta.url).hostname;
    } catch {
      host = undefined;
    }
  }
  return (host ?? name).toLowerCase().replace(/^www\d?\./, '');
}

/** FNV-1a of the site's name: the same fold on every machine and every run. */
export function foldOf(site) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) hash = Math.imul(hash ^ site.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % FOLDS;
}
