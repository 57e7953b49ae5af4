/**
 * Cleans one big document made of the fixtures (scripts/big-document.mjs) and answers how
 * long it took and how much memory the process had before: with the peak the reply
 * carries, what cleaning it added. A small document is cleaned first, so that loading
 * the pipeline and compiling the rules' patterns are not counted.
 * Arguments: { kind: 'text' | 'html', megabytes }.
 */
import { clean } from '../../dist/index.js';
import { bigDocument, bigDocumentSources } from '../../scripts/big-document.mjs';
import { args, reply } from './reply.mjs';

const { kind, megabytes } = args();
// The fixtures, not the evaluation cases: the same document wherever the tests run.
const sources = bigDocumentSources(kind, []);
clean(sources[0], { inputKind: kind });
const input = bigDocument(kind, megabytes, sources);
const rssBefore = process.memoryUsage().rss;
const cpu = process.cpuUsage();
const result = clean(input, { inputKind: kind });
const used = process.cpuUsage(cpu);
reply({ megabytes: Buffer.byteLength(input) / 1e6, cpuSeconds: (used.user + used.system) / 1e6, rssBefore, paragraphs: result.paragraphs.length });
