/**
 * The article's header: between the headline and the byline or dateline stand the
 * standfirst (a one- or two-sentence summary) and picture captions. They are not the
 * article's body, though they read like it. When a byline or dateline follows the
 * headline closely, the short blocks before the last of them go.
 */
import type { Document } from '../types.js';
import type { BlockVerdict } from './verdicts.js';

/** How many blocks after the headline the byline or dateline may stand. */
const HEADER_REACH = 6;
/** A standfirst or caption is short; a longer block is the body's first paragraph. */
const MAX_HEADER_WORDS = 50;
/** Kept blocks before each byline, dateline or credit: a standfirst, or a caption. */
const MAX_KEPT_BETWEEN = 1;

export function removeHeaderMatter(document: Document, verdicts: BlockVerdict[], title: number | undefined): void {
  if (title === undefined) return;
  const { blocks } = document;
  const end = Math.min(blocks.length, title + 1 + HEADER_REACH);
  // The header is metadata with at most one short kept block before each piece of it.
  let lastMeta = -1;
  let keptSince = 0;
  for (let i = title + 1; i < end; i++) {
    const v = verdicts[i]!;
    if (isMetadata(v, blocks[i]!.lines.length)) {
      lastMeta = i;
      keptSince = 0;
    } else if (!v.block && blocks[i]!.features.words > 0) {
      if (++keptSince > MAX_KEPT_BETWEEN || blocks[i]!.features.words > MAX_HEADER_WORDS) break;
    }
  }
  for (let i = title + 1; i < lastMeta; i++) {
    const v = verdicts[i]!;
    if (v.block || blocks[i]!.features.words === 0) continue;
    v.block = { rule: 'prose/header', category: 'prose', reason: 'standfirst or caption between the headline and the byline' };
  }
}

/** A byline, dateline or credit block: removed whole as metadata, or every line of it. */
function isMetadata(v: BlockVerdict, lines: number): boolean {
  if (v.block) return v.block.category === 'metadata';
  return v.lines.size === lines && [...v.lines.values()].every((l) => l.category === 'metadata');
}
