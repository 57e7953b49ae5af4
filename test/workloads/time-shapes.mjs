/**
 * Times cleaning inputs of several shapes against a normal input of the same size, in the
 * same process, and answers each ratio: the machine's speed cancels out. The normal input
 * is cleaned once for all the shapes.
 * Arguments: { kind: 'text' | 'html', size, shapes: [name, ...], runs? } (each time the
 * fastest of `runs`, 1 by default).
 */
import { clean } from '../../dist/index.js';
import { HTML_SHAPES, TEXT_SHAPES } from './shapes.mjs';
import { args, reply } from './reply.mjs';

const { kind, size, shapes, runs = 1 } = args();
const SHAPES = kind === 'html' ? HTML_SHAPES : TEXT_SHAPES;
const normal = kind === 'html' ? HTML_SHAPES['normal page'] : TEXT_SHAPES['normal text'];

function time(input) {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    clean(input, { inputKind: kind });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

// Compile every rule's patterns on small inputs of each shape before timing anything.
for (const name of shapes) clean(SHAPES[name](3000), { inputKind: kind });
clean(normal(3000), { inputKind: kind });
const normalMs = time(normal(size));
const ratios = Object.fromEntries(shapes.map((name) => [name, time(SHAPES[name](size)) / normalMs]));
reply({ normalMs, ratios });
