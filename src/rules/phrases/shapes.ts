/**
 * How the phrases of each rule are anchored and decorated: a phrase module writes the
 * words ("donate now", "Kommentare"), and the rule's shape adds what every line of its
 * widgets may carry around them (spaces, a colon, "»", an ellipsis). Used by the phrase
 * modules only.
 */

const anchored = (end: string) => (source: string) => new RegExp(`^\\s*(?:${source})${end}`, 'iu');

/** A donation widget line: "Donate now!", "Support us:". */
export const shapeDonationLine = anchored('\\s*[.!:]?\\s*$');

/** A comment-widget line: "Comments", "Leave a comment:", "Loading comments…". */
export const shapeCommentLine = anchored('\\s*[.!:…]*\\s*$');

/** A notification prompt's line: "Allow notifications", "Not now…". */
export const shapeNotificationLine = anchored('\\s*[.!…]*\\s*$');

/** A related-stories header or link, with its trailing decoration: "Read more »", "Related:", "More stories >", "You may also like...". */
export const shapeRelatedHeader = anchored('\\s*(?::|\\.\\.\\.|…|»+|›+|>+|→|\\+|\\s*[-–—]+>?)?\\s*$');

/** A navigation control: "Skip to content", "‹ Menu", "Back to top ↑". */
export const shapeNavigationControl = (source: string) => new RegExp(`^\\s*(?:[«‹<←↑^]\\s*)?(?:${source})\\s*(?::|\\.\\.\\.|…|»|›|>|→|↑|\\^)?\\s*$`, 'iu');

/** Words of a cookie notice, as whole words in any script: "cookies", "Cookie-Einstellungen". */
export const shapeCookieWords = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');

/** An advertisement label with its decoration: "- Advertisement -", "[ Anzeige ]", "— ADVERTISEMENT —", "Advertisement:". */
export const shapeAdLabel = (source: string) => new RegExp(`^[\\s\\-–—_*•·|\\[(<]*(?:${source})[\\s\\-–—_*•·|\\])>:]*$`, 'iu');
