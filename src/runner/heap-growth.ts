/**
 * How far the heap may grow past what a run keeps alive before V8 collects it in full.
 * bin/unboil.js starts node with 20%, which a JSON Lines run needs: it streams input of any
 * size and must stay small. A run over files needs it less (a thread holds a few documents
 * at a time), and there the tight limit cost up to a third of the speed on HTML pages,
 * whose parse trees fill the heap, and an eighth on text dumps (--jobs 2). Letting the
 * heap double gives back nearly all of that for about 30% more memory.
 *
 * V8 reads this limit at each collection, so it can be changed after start-up; it applies
 * to every thread of the process, so it is set before the worker threads start (and a
 * thread that meets a large document changes it for all).
 */
import { setFlagsFromString } from 'node:v8';

const FILE_RUN_HEAP_GROWING_PERCENT = 100;

export function letHeapGrowForFiles(): void {
  setFlagsFromString(`--heap-growing-percent=${FILE_RUN_HEAP_GROWING_PERCENT}`);
}

/**
 * A large document is most of what the heap holds while it is cleaned (about ten bytes a
 * character of text dump), so a heap let to double doubles that: a 50 MB dump peaked at
 * 1.09 GB. Growing by half, it peaked at 0.85 GB for 5 to 10% more processor time. A run
 * over files holds to that from its first large document on (pages are far smaller).
 */
const LARGE_DOCUMENT_CHARS = 4_000_000;
const LARGE_DOCUMENT_HEAP_GROWING_PERCENT = 50;
let heldForLargeDocuments = false;

/** Called by a run over files with each document's length before it is cleaned. */
export function fitHeapGrowthTo(chars: number): void {
  if (heldForLargeDocuments || chars < LARGE_DOCUMENT_CHARS) return;
  heldForLargeDocuments = true;
  setFlagsFromString(`--heap-growing-percent=${LARGE_DOCUMENT_HEAP_GROWING_PERCENT}`);
}
