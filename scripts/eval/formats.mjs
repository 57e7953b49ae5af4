// The inputs the evaluation scores: the dumps each case folder holds (full.txt,
// article.txt), the page's HTML, and the same page saved as scrapers save it (lynx, w3m,
// html2text's Markdown, npm's html-to-text, full.txt hard-wrapped at 78 columns). Those
// are made once with the real tools and kept in a cache folder; a tool that is not
// installed is named, and its format left out.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Each input: the file in the case folder it is, or how to make it. `kind` is what --input unboil is given. */
export const FORMATS = {
  html: { file: 'page.html.gz', kind: 'html', label: 'HTML' },
  full: { file: 'full.txt', kind: 'auto', label: 'whole-page dump' },
  article: { file: 'article.txt', kind: 'auto', label: 'article-area dump' },
  fold78: { made: true, kind: 'auto', label: 'full.txt wrapped at 78', tool: 'fold' },
  lynx: { made: true, kind: 'auto', label: 'lynx -dump', tool: 'lynx' },
  w3m: { made: true, kind: 'auto', label: 'w3m -dump', tool: 'w3m' },
  html2text: { made: true, kind: 'auto', label: 'html2text (Markdown)', tool: 'python3 html2text' },
  htmltotext: { made: true, kind: 'auto', label: "npm's html-to-text", tool: 'html-to-text' },
};

/** npm's html-to-text as scrapers call it: its defaults, wrapped at 80 (a dev dependency of unboil). */
const HTML_TO_TEXT_OPTIONS = { wordwrap: 80 };

/** Which leak-free figure the scorer computes for an input: the lines of full.txt or article.txt. */
export const LEAK_BASE = { article: 'article', html: 'article' };

const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import html2text'], { stdio: 'ignore' }).status === 0);

/** Whether the tool that makes a format is here; a sentence naming what is missing otherwise. */
export function missingTool(format) {
  const spec = FORMATS[format];
  if (!spec.made) return null;
  if (format === 'html2text') return PYTHON ? null : "python3's html2text module is not installed (Debian: apt-get install python3-html2text)";
  if (format === 'htmltotext') return resolves('html-to-text') ? null : "npm's html-to-text is not installed (it is a dev dependency: npm ci)";
  const ok = spawnSync(spec.tool, ['--version'], { stdio: 'ignore' }).error === undefined;
  return ok ? null : `${spec.tool} is not installed (Debian: apt-get install ${spec.tool === 'fold' ? 'coreutils' : spec.tool})`;
}

/** The path of a case's input in a format, making it (into `cache`) when it is not made yet. */
export function inputPath(casesDir, name, format, cache) {
  const spec = FORMATS[format];
  if (!spec.made) return join(casesDir, name, spec.file);
  return join(cache, name, `${format}.${format === 'html2text' ? 'md' : 'txt'}`);
}

/** Makes every case's input in `format` that the cache lacks, two tools at a time. */
export async function makeInputs(casesDir, names, format, cache) {
  const todo = names.filter((name) => !existsSync(inputPath(casesDir, name, format, cache)));
  if (todo.length === 0) return;
  console.log(`eval: saving ${todo.length} pages as ${FORMATS[format].label} into ${cache}`);
  for (const name of todo) mkdirSync(join(cache, name), { recursive: true });
  if (format === 'html2text') return html2text(casesDir, todo, cache);
  if (format === 'htmltotext') return htmlToText(casesDir, todo, cache);
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const name = todo[next++];
      writeFileSync(inputPath(casesDir, name, format, cache), await convert(casesDir, name, format, cache));
    }
  };
  await Promise.all([worker(), worker()]);
}

/** One page through lynx, w3m or fold. */
async function convert(casesDir, name, format, cache) {
  if (format === 'fold78') return run('fold', ['-s', '-w', '78', join(casesDir, name, 'full.txt')]);
  const page = join(cache, name, 'page.html');
  writeFileSync(page, gunzipSync(readFileSync(join(casesDir, name, 'page.html.gz'))));
  if (format === 'lynx') return run('lynx', ['-dump', '-nolist', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', '-force_html', page]);
  return run('w3m', ['-dump', '-cols', '80', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', page]);
}

/** Pages through npm's html-to-text, in this process. */
async function htmlToText(casesDir, names, cache) {
  const { convert } = await import('html-to-text');
  for (const name of names) {
    const html = gunzipSync(readFileSync(join(casesDir, name, 'page.html.gz'))).toString('utf8');
    writeFileSync(inputPath(casesDir, name, 'htmltotext', cache), convert(html, HTML_TO_TEXT_OPTIONS));
  }
}

function resolves(module) {
  try {
    createRequire(import.meta.url).resolve(module);
    return true;
  } catch {
    return false;
  }
}

function run(program, args) {
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, LANG: 'C.UTF-8' } });
    const out = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    // A page the tool cannot read becomes an empty input, scored as such.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(out));
    });
  });
}

/** html2text with its defaults, every page in one python process. */
function html2text(casesDir, names, cache) {
  const jobs = names.map((name) => [join(casesDir, name, 'page.html.gz'), inputPath(casesDir, name, 'html2text', cache)]);
  const script = `
import gzip, json, sys, html2text
for source, target in json.load(sys.stdin):
    raw = gzip.open(source).read()
    html = raw.decode('utf-8', errors='replace')
    try:
        text = html2text.HTML2Text().handle(html)
    except Exception as error:
        # As with lynx and w3m, a page the tool cannot read becomes an empty input, scored as such.
        print(f'eval: html2text could not read {source}: {type(error).__name__} {error}', file=sys.stderr)
        text = ''
    open(target, 'w', encoding='utf-8').write(text)
`;
  const result = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify(jobs), stdio: ['pipe', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`html2text failed (exit ${result.status})`);
}
