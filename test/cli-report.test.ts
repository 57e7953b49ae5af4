/** --report FILE.html from the command line: over files on threads, JSON Lines on stdin, with failures; where it cannot be written. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers/cli.js';
import { writeReport } from '../src/cli/write-report.js';
import { ReportCollector } from '../src/runner/report-collector.js';
import { RunSummary } from '../src/runner/summary.js';
import { fixtureFiles, fixtureRecords } from './helpers/corpus.js';

let dir: string;
let files: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unboil-report-'));
  files = fixtureFiles(join(dir, 'in'), 5);
});

const sections = (html: string) => [...html.matchAll(/<section class="doc" id="d\d+" data-rules="([^"]*)"/g)].map((m) => m[1]!.trim().split(' '));
const names = (html: string) => [...html.matchAll(/<details(?: open)?><summary><span class="name">([^<]*)<\/span>/g)].map((m) => m[1]);

describe('--report', { timeout: 60_000 }, () => {
  it('over files on two threads: every document with its removals marked, the failures with their causes', async () => {
    const report = join(dir, 'files', 'report.html'); // its folder is made
    const binary = join(dir, 'in', 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const run = await runCli([...files, binary, '--jobs', '2', '--out-dir', join(dir, 'out'), '--report', report]);
    expect(run.status).toBe(1); // the binary file failed
    const html = readFileSync(report, 'utf8');
    expect(names(html)).toEqual(files);
    // Digests came back from the threads: every document has its marks.
    for (const rules of sections(html)) expect(rules.length).toBeGreaterThan(0);
    expect(html.match(/<del data-rule="newsletter"/g)!.length).toBeGreaterThanOrEqual(files.length);
    expect(html).toContain(`<td class="source">${binary}</td><td>`);
    expect(html).toMatch(/<div class="figure">5<span class="of"> of 6<\/span><\/div><div class="label">inputs cleaned/);
    expect(html).toContain('<svg class="chart" id="chart-category"');
    expect(html).toContain(`--report ${report}</code>`);
    // Written atomically: nothing but the page is left beside it.
    expect(readdirSync(join(dir, 'files'))).toEqual(['report.html']);
  });

  it('over JSON Lines on stdin, naming each record by its line', async () => {
    const report = join(dir, 'jsonl.html');
    const records = fixtureRecords(4).map((r) => JSON.stringify(r));
    records.splice(2, 0, '{"text": ');
    const run = await runCli(['--jsonl', '--report', report, '-q'], { input: records.join('\n') + '\n' });
    expect(run.status).toBe(1); // the malformed line
    const html = readFileSync(report, 'utf8');
    expect(names(html)).toEqual(['(stdin):1', '(stdin):2', '(stdin):4', '(stdin):5']);
    expect(html).toMatch(/<td class="source">\(stdin\):3<\/td><td>malformed JSON/);
    expect(JSON.parse(run.stdout.split('\n')[0]!).id).toBe(0); // the records still go to stdout
  });

  it('of one document from stdin', async () => {
    const report = join(dir, 'stdin.html');
    const run = await runCli(['--report', report], { input: readFileSync(files[0]!) });
    expect(run.status).toBe(0);
    expect(names(readFileSync(report, 'utf8'))).toEqual(['(stdin)']);
  });

  it('is a usage error, before any work, where a folder stands or its folder cannot be made, or over an input', async () => {
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    const folder = await runCli([files[0]!, '--report', join(dir, 'a-folder')]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain(`unboil: cannot write --report ${join(dir, 'a-folder')}: a folder stands there`);
    expect(folder.stdout).toBe('');
    const underFile = await runCli([files[0]!, '--report', join(files[1]!, 'r.html')]);
    expect(underFile.status).toBe(2);
    expect(underFile.stderr).toContain('cannot write --report');
    const overInput = await runCli([...files.slice(0, 2), '--report', files[1]!]);
    expect(overInput.status).toBe(2);
    expect(overInput.stderr).toContain(`unboil: --report ${files[1]} would overwrite an input`);
  });

  it('that cannot be written at the end is named on stderr, and the run is told it failed', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const path = join(files[0]!, 'report.html'); // under a file: no folder can be made there
      const written = await writeReport(path, new ReportCollector(), new RunSummary('files', 1).toJSON(), 'unboil', new Chalk({ level: 0 }));
      expect(written).toBe(false);
      expect(stderr).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^unboil: cannot write --report ${path}: `)));
    } finally {
      stderr.mockRestore();
    }
  });

  it('is in --help', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/--report <file>\s+write a review page/);
    expect(help.stdout).toContain('--report review.html');
  });
});
