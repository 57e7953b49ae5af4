/**
 * "<![CDATA[" belongs to XML: in an HTML page the browser reads it as a comment that ends
 * at the next ">", and goes on with the page. htmlparser2 reads on to the next "]]>",
 * often the end of the file, so a page whose theme prints one in its body (a forum theme
 * does) loses all that follows. The markup such a comment swallowed is parsed again and
 * put in its place, as the browser shows it.
 */
import type { ChildNode, Comment } from 'domhandler';
import { DomEdits } from './dom-edits.js';

const CDATA = '[CDATA[';

/** Pages with more such comments than this keep the rest as they are: each costs a parse of what follows it. */
const MAX_REPARSES = 8;

/** Whether htmlparser2 made the comment of a "<![CDATA[" that swallowed markup. */
export function swallowsMarkup(comment: Comment): boolean {
  return comment.data.startsWith(CDATA) && comment.data.includes('>');
}

/** `parse` gives the nodes of an HTML fragment, outside any page. */
export function restoreSwallowedMarkup(comments: readonly Comment[], parse: (html: string) => ChildNode[]): void {
  const edits = new DomEdits();
  const queue = [...comments];
  for (let parsed = 0; queue.length && parsed < MAX_REPARSES; parsed++) {
    const comment = queue.shift()!;
    if (!comment.parent || insideForeignContent(comment)) continue;
    // htmlparser2 stores "[CDATA[" + the text up to "]]>" + "]]"; the browser's comment ends at the first ">".
    const swallowed = comment.data.slice(CDATA.length, comment.data.endsWith(']]') ? -2 : undefined);
    const nodes = parse(swallowed.slice(swallowed.indexOf('>') + 1));
    edits.replaceRun(comment, comment.next, nodes);
    for (const inner of commentsIn(nodes)) if (swallowsMarkup(inner)) queue.push(inner);
  }
  edits.finish();
}

/** In <svg> and <math> CDATA sections are what they say (and show nothing here anyway). */
function insideForeignContent(node: ChildNode): boolean {
  for (let up = node.parent; up; up = up.parent) if ('name' in up && (up.name === 'svg' || up.name === 'math')) return true;
  return false;
}

function commentsIn(nodes: readonly ChildNode[]): Comment[] {
  const found: Comment[] = [];
  const stack = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'comment') found.push(node as Comment);
    else if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return found;
}
