/**
 * React's streaming server rendering (React 18 and later, Next.js's app router) sends a
 * page's slower parts last: each in a hidden segment after the page (<div hidden
 * id="S:1">), with a script that moves it where it belongs, in place of a boundary's
 * fallback (after <!--$?--><template id="B:1">) or of a placeholder (<template
 * id="P:1">). A page saved before those scripts ran, or read without running them, keeps
 * its article in the hidden segments: they are moved into place here, as the browser
 * would. React names a segment and the boundary or placeholder it fills with the same
 * number (and the same prefix, when the page sets one).
 */
import type { AnyNode, ChildNode, Comment, Element, ParentNode } from 'domhandler';
import { DomEdits } from './dom-edits.js';

const SEGMENT_ID = /^(.*)S:([0-9a-f]+)$/;

/** Moves each hidden segment among `named` (the page's elements with an id) into its place. */
export function placeStreamedSegments(named: readonly Element[]): void {
  const edits = new DomEdits();
  const byId = new Map<string, Element>();
  for (const el of named) if (el.attribs.id !== undefined && !byId.has(el.attribs.id)) byId.set(el.attribs.id, el);
  for (const segment of named) {
    const id = SEGMENT_ID.exec(segment.attribs.id ?? '');
    if (!id || !('hidden' in segment.attribs)) continue;
    const [, prefix, n] = id;
    const boundary = byId.get(`${prefix}B:${n}`);
    const slot = byId.get(`${prefix}P:${n}`);
    const place = boundary ?? slot;
    if (!place) {
      // Its place is not in the saved page (scripts and comments stripped): the browser showed it somewhere.
      delete segment.attribs.hidden;
    } else if (canTake(place, segment)) {
      if (place === boundary) fillBoundary(place, segment, edits);
      else fill(place, place.next, segment, edits);
    }
    // Else its place went with a fallback another segment replaced: as in the browser, it stays hidden.
  }
  edits.finish();
}

/** Whether the placeholder is a template still in the page, outside the segment. */
function canTake(place: Element, segment: Element): boolean {
  if (place.name !== 'template') return false;
  let up: ParentNode | null = place.parent;
  for (; up?.parent; up = up.parent) if (up === segment) return false;
  return up?.type === 'root';
}

/**
 * Replaces the boundary's fallback (from <!--$?--> to its matching <!--/$-->, the template
 * included) with the segment's content. Without those comments (a page saved with its
 * comments stripped) the template alone is replaced and the fallback stays.
 */
function fillBoundary(template: Element, segment: Element, edits: DomEdits): void {
  const open = template.prev;
  if (!isComment(open, '$?')) return fill(template, template.next, segment, edits);
  let end: ChildNode | null = template;
  for (let depth = 0; end; end = end.next) {
    if (isComment(end, '/$')) {
      if (depth === 0) break;
      depth--;
    } else if (isComment(end, '$') || isComment(end, '$?') || isComment(end, '$!')) {
      depth++;
    }
  }
  fill(template, end, segment, edits);
  open.data = '$';
}

function isComment(node: AnyNode | null, data: string): node is Comment {
  return node?.type === 'comment' && (node as Comment).data === data;
}

/** Puts the segment's content in place of the siblings from `first` up to `end` (a placeholder: itself alone), and drops the segment. */
function fill(first: ChildNode, end: ChildNode | null, segment: Element, edits: DomEdits): void {
  const content = edits.childrenOf(segment);
  segment.children = [];
  edits.replaceRun(first, end, content);
  edits.remove(segment);
}
