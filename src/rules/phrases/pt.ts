/**
 * Portuguese phrases of the built-in rules.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';
import { shapeRelatedHeader } from './shapes.js';

export const pt: PhraseSet = {
  related: {
    listHeaders: [
      shapeRelatedHeader('(?:artigos|notícias|noticias|matérias|posts|conteúdos) relacionad[oa]s|(?:você|voce) (?:também )?(?:pode|poderá) (?:gostar|se interessar)|mais lidas|mais (?:lidos|vistos)|recomendados para você'),
    ],
    teaserPrefixes: [/leia (?:também|mais)|veja também/iu],
    breadcrumbStarts: ['início'],
  },
  navigation: {
    sectionWords: ['início', 'notícias', 'economia', 'esportes', 'desporto', 'contato', 'busca', 'sobre', 'política'],
    homeWords: ['início'],
  },
  'author-bio': {
    bioVerbs: ['é'],
    roles: ['jornalista', 'colunista'],
  },
  metadata: {
    authorLabels: ['por', 'texto', 'autor', 'autora'],
    months: ['janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro'],
    weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira'],
    labels: ['atualizado', 'atualizada', 'publicação'],
    connectors: ['e', 'às', 'da', 'do'],
  },
};
