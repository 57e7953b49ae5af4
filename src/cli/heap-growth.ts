/**
 * How far the heap may grow past what a run keeps alive before V8 collects it in full.
 * bin/unboil.js starts node with 20%, which a JSON Lines run needs: it streams input of any
 * size and must stay small. A run over files needs it less (a thread holds a few documents
 * at a time), and there the tight limit cost up to a third of the speed on HTML pages,
 * whose parse trees fill the heap, and an eighth on text dumps (--jobs 2). Letting the
 * heap double gives back nearly all of that for about 30% more memory.
 *
 * V8 reads this limit at each collection, so it can be changed after start-up; it applies
 * to every thread of the process, so it is set before the worker threads start.
 */
import { setFlagsFromString } from 'node:v8';

const FILE_RUN_HEAP_GROWING_PERCENT = 100;

export function letHeapGrowForFiles(): void {
  setFlagsFromString(`--heap-growing-percent=${FILE_RUN_HEAP_GROWING_PERCENT}`);
}
