/**
 * Caps how deep elements nest before the page is parsed, as browsers do (Chromium attaches
 * elements past 512 levels to the 512th). htmlparser2 keeps its open elements in an array
 * it grows at the front, so each level costs as much as the levels above it: 200,000 nested
 * <div>s took 43 s where a page of the same size takes 5. Pages nest a few dozen levels, so
 * the page is first only read for its depth; only a page deeper than the cap is rewritten,
 * its tags past the cap left out and their text kept.
 */

/** How deep elements may nest, as in Chromium's HTML parser. */
export const MAX_DEPTH = 512;

/** Elements with no content, never open. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'frame', 'isindex']);
/** Elements a parser closes by itself when their like opens (a <p> after an unclosed <p>): they do not deepen a page. */
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rp', 'rt']);
/** Elements whose content is text up to their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** How far down the open elements a closing tag looks for its element before it is taken for a stray one. */
const MATCH_DEPTH = 32;

export function capNesting(html: string): string {
  if (maxDepth(html, MAX_DEPTH) <= MAX_DEPTH) return html;
  return rewrite(html);
}

/** The page's deepest nesting, counted no further than `enough`. */
function maxDepth(html: string, enough: number): number {
  let deepest = 0;
  walkTags(html, (_start, _end, depth) => {
    deepest = Math.max(deepest, depth);
    return deepest > enough;
  });
  return deepest;
}

/** The page without the tags that open or close elements deeper than the cap. */
function rewrite(html: string): string {
  const parts: string[] = [];
  let from = 0;
  walkTags(html, (start, end, depth) => {
    if (depth > MAX_DEPTH) {
      parts.push(html.slice(from, start));
      from = end;
    }
    return false;
  });
  parts.push(html.slice(from));
  return parts.join('');
}

/**
 * Calls `visit` for each tag that opens or closes a nesting element, with its offsets and
 * the depth of the element it opens or closes; stops when `visit` says so. A scan, not a
 * regular expression: each character is read once whatever the markup (a '<' with no '>'
 * after it, a quote left open), so the cost stays linear.
 */
function walkTags(html: string, visit: (start: number, end: number, depth: number) => boolean): void {
  const open: string[] = [];
  let lower: string | undefined;
  let pos = 0;
  for (;;) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) return;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) return;
      pos = end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) return;
    pos = gt + 1;
    const m = /^(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(lt + 1, Math.min(gt, lt + 66)));
    if (!m) continue;
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || SELF_CLOSING.has(name)) continue;
    if (!m[1]) {
      if (html[gt - 1] === '/') continue;
      open.push(name);
      if (visit(lt, pos, open.length)) return;
      if (RAW_TEXT.has(name)) {
        // Its text runs to its closing tag, which may hold anything but that.
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${name}`, pos);
        if (close === -1) return;
        pos = close;
      }
      continue;
    }
    // The element it closes: near the top of the open ones, or it is a stray closing tag.
    let at = open.length - 1;
    while (at >= 0 && at >= open.length - MATCH_DEPTH && open[at] !== name) at--;
    if (at < 0 || open[at] !== name) continue;
    open.length = at;
    if (visit(lt, pos, at + 1)) return;
  }
}
