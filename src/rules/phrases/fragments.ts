/**
 * Pieces of patterns that several phrase modules share: names, counts, and the word lists
 * of patterns written once for several languages (multilingual.ts). A language's word goes
 * into a fragment when the pattern around it is the same in every language.
 */

/** A publication's name after "Support": one to four capitalised words ("The Moscow Times", "Snopes"). */
export const F_PUBLICATION = "(?:the |la |le |el |die |der |das )?[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’&.-]*(?: [\\p{Lu}\\p{N}&][\\p{L}\\p{N}'’&.-]*){0,3}";

/** What a donation appeal asks the reader to back. */
export const F_CAUSE =
  '(?:us|our (?:work|journalism|newsroom|reporting|mission|coverage|site|team)|(?:independent|quality|local|public[- ]interest|non-?profit|fearless|free|trusted) (?:journalism|news|media|reporting|press)|journalism|this (?:site|website|blog|newsletter|podcast|work))';

/** "Comments", "Kommentare", "Commentaires", "Comentarios" and friends. */
export const F_COMMENTS_WORD = '(?:comments?|kommentare|leserkommentare|commentaires?|comentarios?)';

/** A count beside a comment header: "12", "(1.2k)". */
export const F_COUNT = '(?:\\(?\\d[\\d.,]*\\s*[kK]?\\)?)';
