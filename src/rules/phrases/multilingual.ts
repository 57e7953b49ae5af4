/**
 * Patterns that cover several languages in one expression, most of them built from the
 * shared word lists of fragments.ts ("Comments", "Kommentare", "Commentaires" ...). A
 * language is added to them by adding its words to the fragment; a pattern of one
 * language belongs in that language's module.
 * Data only: lists by rule id and list name (see docs/phrases.md).
 */
import type { PhraseSet } from './phrase-set.js';
import { shapeAdLabel, shapeCommentLine, shapeNavigationControl, shapeRelatedHeader } from './shapes.js';
import { F_ACCOUNT_BUTTON, F_ACCOUNT_SEPARATOR, F_COMMENTS_WORD, F_COUNT, F_RIGHTS_RESERVED, F_SHARE, F_YEAR } from './fragments.js';

export const multilingual: PhraseSet = {
  donation: {
    buttons: [
      // An amount, maybe per period: "$5", "10 €", "£3 / month", "5 € pro Monat" ("per" words of several languages).
      /^\s*(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|eur|usd|gbp))(?:\s*(?:\/|per|a|each|every)\s*(?:month|year|mo|yr|monat|jahr|mois|an|mes|año))?\s*$/iu,
    ],
  },
  comments: {
    lines: [
      // Headers and counts: "Comments (12)", "12 Kommentare", "Commentaires : fermés".
      shapeCommentLine(`${F_COMMENTS_WORD}(?:\\s*${F_COUNT})?(?:\\s*\\(\\+\\))?`),
      shapeCommentLine(`${F_COUNT}\\s*(?:post )?${F_COMMENTS_WORD}(?:\\s*\\(\\+\\))?`),
      shapeCommentLine(`(?:${F_COMMENTS_WORD}|discussion)\\s*[:|]\\s*(?:\\d+|open thread|closed)`),
      // Italian and Portuguese buttons and headers.
      shapeCommentLine('(?:lascia|scrivi|aggiungi) un commento|commenti(?:\\s*\\d+)?|(?:deixe|deixar|escreva|adicione) (?:um |seu )?comentário|comentários(?:\\s*\\d+)?'),
      // Required fields of a comment form: "Имя *", "Nome *", "Nombre *".
      shapeCommentLine('(?:имя|комментарий|nome|nombre|nom|commento|comentário)\\s*\\*'),
    ],
  },
  share: {
    lines: [
      // "Share", "Teilen", "Partager:", "Compartir".
      new RegExp(`^${F_SHARE}( this| it| now)?\\s*[:!]?$`, 'iu'),
      // Share counts: "858 shares", "1,2k partages", "12 mal geteilt".
      /^[\d.,]+\s*[km]?\s*(shares?|total shares|partages|compartidos|veces compartido|mal geteilt)$/iu,
    ],
  },
  related: {
    listHeaders: [/^\s*(?:more|mehr|plus|más|mais)\s*:\s*$/iu],
    tagHeaders: [shapeRelatedHeader('themen|schlagworte|schlagwörter|mots-clés|mots clés|thèmes associés|sujets|etiquetas|temas|tags relacionados')],
    weakHeaders: [shapeRelatedHeader('verpassen sie nicht|siehe auch|(?:à|a) ne pas manquer|ne manquez pas|no te (?:lo )?pierdas|ver (?:también|tambien)|veja também')],
    linkLines: [/^(?:tags|topics|related tags|related topics|filed under|schlagwörter|themen|mots-clés|etiquetas|temas)\s*:\s*\S.{0,200}$/iu],
    /** "Maharashtra | Sonia Gandhi gives nod to alliance - Read More »»": a ticker item with its link. */
    trailingLinks: [/^.{3,200}?\s(?:[-–—|:]\s*)(?:read more|read full story|weiterlesen|lire la suite|leer más|leia mais)\s*(?:»+|›+|>+|…|\.\.\.)?$/iu],
  },
  navigation: {
    controls: [
      // Previous / next in German, French and Spanish
      shapeNavigationControl('(?:vorheriger|nächster|voriger) (?:artikel|beitrag)|(?:article|billet) (?:précédent|suivant)|précédent|suivant|(?:artículo|articulo|noticia|nota) (?:anterior|siguiente)|(?:siguiente|anterior) (?:artículo|articulo|noticia|nota)|anterior|siguiente|vorherige|nächste'),
      // "You are here:" with or without its trail
      /^(?:you are (?:here|at)|du bist hier|sie sind hier|sie befinden sich hier|vous êtes ici|usted está aquí|estás (?:aquí|en)|está en|você está aqui)(?:\s*:\s*\S.{0,160}|\s*:?)$/iu,
    ],
    /** "Previous article: <headline>", "Next story – <headline>". */
    previousNextHeadlines: [/^(?:[«‹<←]\s*)?(?:previous|prev|next|vorheriger|nächster) (?:article|story|post|entry|artikel|beitrag)\s*[:–—-]?\s+\S.{0,160}$/iu],
  },
  legal: {
    /** Copyright lines: the sign or the word, a year, a holder, "All rights reserved" in any language. */
    notices: [
      // "Copyright 2019 The Associated Press. All rights reserved. This material may not be ...", "Copyright © 2019, ..."
      new RegExp(`^(?:[Cc]opyright|COPYRIGHT)\\s*(?:©|\\([cC]\\))[\\s\\S]{0,400}$`, 'u'),
      new RegExp(`^(?:[Cc]opyright|COPYRIGHT)\\s+${F_YEAR}(?:\\s*[-–—]\\s*${F_YEAR})?[,.]?\\s+(?:by\\s+)?[\\p{Lu}\\d@][\\s\\S]{0,400}$`, 'u'),
      // "copyright Inexhibit 2019", "© Copyright Gannett 2018", "© Telegraph Media Group Limited 2019"
      new RegExp(`^(?:©\\s*)?[Cc]opyright\\s+[^.!?]{1,80}\\b${F_YEAR}\\b[^.!?]{0,60}$`, 'u'),
      // "© 2019 Example Media. All rights reserved.", "©2019 Forbes Media LLC", "(c) 2019 ..."
      new RegExp(`^(?:©|&copy;)\\s*(?:[Cc]opyright\\s*)?${F_YEAR}[\\s\\S]*$`, 'u'),
      // "© ScienceAlert Pty Ltd. All rights reserved.", "© The Detroit News, a Digital First Media Newspaper", "© Sky UK 2019"
      new RegExp(`^©\\s*[^©]{1,200}(?:${F_YEAR}|${F_RIGHTS_RESERVED}|\\b(?:Inc|Ltd|LLC|GmbH|AG|SA|S\\.A\\.|plc|Corp|Corporation|Limited|Media|Group|Company|Network|Newspapers?|Publishing)\\b\\.?)[\\s\\S]{0,300}$`, 'iu'),
      // "All rights reserved.", "Wccftech © 2019 NewAge ADS, LLC. All rights reserved.", "@2016 - PenciDesign. All Right Reserved."
      new RegExp(`^${F_RIGHTS_RESERVED}\\.?$`, 'iu'),
      new RegExp(`^[^.!?]{0,120}(?:©|[Cc]opyright|@?${F_YEAR})[^!?]{0,120}[.,|–—-]\\s*${F_RIGHTS_RESERVED}\\b[\\s\\S]{0,300}$`, 'u'),
      // "Wccftech © 2019 NewAge ADS", "The contents of this site are ©2019 Capitol Hill Publishing Corp."
      new RegExp(`^[^©]{0,80}©\\s*${F_YEAR}\\b[^©]{0,200}$`, 'u'),
    ],
  },
  ads: {
    lines: [
      // Other languages commonly met in scraped news
      shapeAdLabel('pubblicità|pubblicita|contenuto sponsorizzato|reklama|реклама|iklan|advertentie|gesponsord'),
    ],
  },
  paywall: {
    lines: [
      // Account chrome: "Log in / Register", "Anmelden | Registrieren".
      new RegExp(`^\\s*${F_ACCOUNT_BUTTON}(?:${F_ACCOUNT_SEPARATOR}${F_ACCOUNT_BUTTON}){0,3}\\s*$`, 'iu'),
    ],
    offers: [
      // A price per period: "$1 a week", "9,99 € pro Monat", "2 € par mois".
      /^\s*(?:just |only |from )?[$€£]\s?\d[\d.,]*\s*(?:\/|per|a|for)\s*(?:\d+ )?(?:week|month|year|wk|mo|yr|weeks|months|woche|monat|jahr|semaine|mois|an|semana|mes|año)\b.{0,40}$/iu,
    ],
  },
  metadata: {
    /** Particles of names from many languages, lowercase between capitalised names: "Ursula van der ...", "bin", "ibn". */
    connectors: ['van', 'ter', 'ten', 'bin', 'al', 'ibn', 'z'],
    /** Dutch, which has no module of its own: "door Jan de Vries". */
    authorLabels: ['door'],
  },
};
