/**
 * How far the heap may grow past what a run keeps alive before V8 collects it in full.
 * bin/unboil.js starts node with 20%, which a JSON Lines run needs: it streams input of any
 * size and must stay small. A run over files needs it less (a thread holds a few documents
 * at a time), and there the tight limit costs a fifth to a third of the speed, most of it
 * on HTML pages, whose parse trees fill the heap. Letting the heap double again gives back
 * nearly all of that speed for about a third more memory.
 *
 * V8 reads this limit at each collection, so it can be changed after start-up; it applies
 * to every thread of the process, so it is set before the worker threads start.
 */
import { setFlagsFromString } from 'node:v8';

const FILE_RUN_HEAP_GROWING_PERCENT = 100;

export function letHeapGrowForFiles(): void {
  setFlagsFromString(`--heap-growing-percent=${FILE_RUN_HEAP_GROWING_PERCENT}`);
}
