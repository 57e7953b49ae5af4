/**
 * The rule claims around each block of a page: the block-level elements above it that a
 * rule claims (rule-claims.ts), outermost first. Whether each claim stands is settled by
 * what the element holds (settle-claims.ts).
 */
import type { Element } from 'domhandler';
import { BLOCK_TAGS } from '../../parse/html/walk.js';
import type { Claim, RuleClaims } from './rule-claims.js';

export interface ClaimAt {
  element: Element;
  claim: Claim;
}

/** Claims kept per block: nested widgets (comment replies) can go thousands deep. */
const MAX_CLAIMS = 6;

const NONE: readonly ClaimAt[] = [];

/** `ancestors`: per block, its block-level ancestors, innermost first (as the walk gives them). */
export function claimsPerBlock(ancestors: readonly (readonly Element[])[], claims: RuleClaims): (readonly ClaimAt[])[] {
  // Each element's claims are those of the element above plus its own: kept per element,
  // so that a page's blocks share the work, and found without recursion (pages nest deep).
  const known = new Map<Element, readonly ClaimAt[]>();
  const claimsAt = (innermost: Element | undefined): readonly ClaimAt[] => {
    const unknown: Element[] = [];
    let above = NONE;
    for (let el = innermost; el; el = parentElement(el)) {
      const found = known.get(el);
      if (found) {
        above = found;
        break;
      }
      unknown.push(el);
    }
    for (let i = unknown.length - 1; i >= 0; i--) {
      const el = unknown[i]!;
      const claim = BLOCK_TAGS.has(el.name) && el.name !== 'body' ? claims.claim(el) : undefined;
      if (claim && above.length < MAX_CLAIMS) above = [...above, { element: el, claim }];
      known.set(el, above);
    }
    return above;
  };
  return ancestors.map((chain) => claimsAt(chain[0]));
}

/** The element around `el`; undefined at the document's root. */
function parentElement(el: Element): Element | undefined {
  const parent = el.parent;
  return parent && 'name' in parent ? (parent as Element) : undefined;
}
