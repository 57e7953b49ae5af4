/**
 * Times cleaning an input of one shape against normal text of the same size, in the same
 * process, and answers the ratio: the machine's speed cancels out.
 * Arguments: { shape, size, kind? } (kind 'text', the default, or 'html').
 */
import { clean } from '../../dist/index.js';
import { TEXT_SHAPES, normalText } from './shapes.mjs';
import { args, reply } from './reply.mjs';

const { shape, size, kind = 'text' } = args();
const make = TEXT_SHAPES[shape];
if (!make) throw new Error(`no shape named ${shape}`);

/** The faster of two runs, in milliseconds. */
function time(input) {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    clean(input, { inputKind: kind });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

// Compile every rule's patterns for both kinds of string (Latin-1 and two-byte) before timing anything.
clean(make(2000), { inputKind: kind });
clean(normalText(2000), { inputKind: kind });
const normal = time(normalText(size));
const shaped = time(make(size));
reply({ normalMs: normal, shapedMs: shaped, ratio: shaped / normal });
