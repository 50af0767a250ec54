// npm run bench: builds the site and prints what it costs, beside the figures measured for
// Astro Starlight 0.42 on an 8-page version of this guide. Prints figures; asserts nothing.
//   - per page: HTML, CSS and JS bytes (raw and gzip) and the requests made on load;
//   - build time by phase; Lighthouse (mobile) on home, a step page and the checklist;
//   - how build time and the largest page grow with a guide 10 and 50 times larger.
// Run with Node 24 (it runs TypeScript directly): node tests/bench/bench.ts [--quick]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { launchOptions, systemChromium } from '../support/browser.ts';
import { loadPage, total } from '../support/page-weight.ts';
import { serveFolder } from '../support/static-server.ts';
import site from '../../content/site.json' with { type: 'json' };

const quick = process.argv.includes('--quick');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`.padStart(6);
const pad = (text: string, width: number) => text.padEnd(width);

const STARLIGHT = {
  requests: 10,
  totalGzip: 52,
  jsGzip: 30,
  lighthouse: '100 / 100 / 100 / 100, LCP about 1.3 s',
  axe: '1 violation per page',
  build: 'about 5 s for 8 pages',
};

/** Builds a project folder; returns seconds in all and the seconds of each post-build phase. */
function build(folder: string, env: Record<string, string> = {}): { seconds: number; phases: Record<string, number> } {
  const start = performance.now();
  const log = execFileSync('npx', ['astro', 'build'], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = (performance.now() - start) / 1000;
  const phases: Record<string, number> = {};
  for (const [, name, time] of log.matchAll(/phase ([a-z-]+): ([\d.]+) s/g)) phases[name!] = Number(time);
  return { seconds, phases };
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).map((f) => join(dist, f));
}

function largestPage(dist: string): { file: string; raw: number; gzip: number } {
  return htmlFiles(dist)
    .map((file) => {
      const body = readFileSync(file);
      return { file: file.slice(dist.length), raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw)[0]!;
}

/** A copy of the project whose guide is `times` as large: chapters and questions repeated. */
function syntheticProject(times: number): string {
  const folder = mkdtempSync(join(tmpdir(), `guide-x${times}-`));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(entry, join(folder, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(folder, 'node_modules'));
  const guide = join(folder, 'content/guide');
  const chapters = readdirSync(guide, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  mkdirSync(join(guide, 'synthetic'));
  for (let copy = 1; copy < times; copy++) {
    for (const chapter of chapters) {
      const text = readFileSync(join(guide, chapter), 'utf8')
        .replace(/^title: "(.*)"$/m, `title: "$1 (copy ${copy})"`)
        .replace(/^step: \d+\n/m, '')
        .replace(/^navTitle: .*\n/m, '');
      writeFileSync(join(guide, 'synthetic', `${copy}-${chapter.replace(/\//g, '-')}`), text);
    }
  }
  const questions = join(folder, 'content/questions');
  for (const file of readdirSync(questions)) {
    const text = readFileSync(join(questions, file), 'utf8');
    for (let copy = 1; copy < times; copy++) {
      writeFileSync(join(questions, file.replace('.yaml', `-copy-${copy}.yaml`)), text.replace(/id: (s\d)-/g, `id: $1-copy${copy}-`));
    }
  }
  return folder;
}

async function lighthouseScores(url: string): Promise<string> {
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result!.lhr;
    const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(3);
    const lcp = (lhr.audits['largest-contentful-paint']?.numericValue ?? 0) / 1000;
    return `${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}, LCP ${lcp.toFixed(1)} s`;
  } finally {
    chrome.kill();
  }
}

async function main() {
  console.log('Building the site…');
  const built = build('.');
  const phaseTotal = Object.values(built.phases).reduce((a, b) => a + b, 0);
  console.log(`\nBuild: ${built.seconds.toFixed(1)} s in all (${htmlFiles('dist').length} pages)`);
  console.log(`  astro            ${(built.seconds - phaseTotal).toFixed(2)} s (pages, bundles, npx start-up)`);
  for (const [phase, seconds] of Object.entries(built.phases)) console.log(`  ${pad(phase, 16)} ${seconds.toFixed(2)} s`);

  const { server, url } = await serveFolder('dist', { compress: true });
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  console.log('\nPer page, loaded in Chromium and served gzip-compressed (KB; raw / gzip):');
  console.log(`${pad('page', 30)} ${pad('requests', 9)} ${pad('HTML', 14)} ${pad('CSS', 14)} ${pad('JS', 14)} total gzip`);
  const pages = htmlFiles('dist').map((f) => f.slice('dist/'.length, -'index.html'.length)).sort();
  let stepPage = { requests: 0, total: 0, js: 0 };
  for (const path of pages) {
    const page = await context.newPage();
    const files = await loadPage(page, `${url}${path}`);
    await page.close();
    const cell = (kind: 'html' | 'css' | 'js') => `${kb(total(files, kind, 'raw'))} /${kb(total(files, kind))}`;
    const requests = files.filter((f) => !f.url.includes('(inline')).length;
    console.log(`${pad(`/${path}`, 30)} ${pad(String(requests), 9)} ${cell('html')} ${cell('css')} ${cell('js')} ${kb(total(files))}`);
    if (path === 'steps/1-shared-goals/') stepPage = { requests, total: total(files), js: total(files, 'js') };
  }
  await browser.close();

  console.log('\nStep page beside Starlight 0.42 (same content, 8 pages):');
  console.log(`${pad('', 28)} ${pad('this site', 22)} Starlight`);
  console.log(`${pad('requests on load', 28)} ${pad(String(stepPage.requests), 22)} ${STARLIGHT.requests}`);
  console.log(`${pad('gzip in all', 28)} ${pad(`${kb(stepPage.total).trim()} KB`, 22)} ${STARLIGHT.totalGzip} KB`);
  console.log(`${pad('JavaScript gzip', 28)} ${pad(`${kb(stepPage.js).trim()} KB`, 22)} ${STARLIGHT.jsGzip} KB (94 KB raw of search loaded when idle)`);
  console.log(`${pad('build', 28)} ${pad(`${built.seconds.toFixed(1)} s for ${pages.length} pages`, 22)} ${STARLIGHT.build}`);
  console.log(`${pad('axe WCAG 2.2 AA', 28)} ${pad('0 violations (npm test)', 22)} ${STARLIGHT.axe}`);

  if (systemChromium || process.env.CHROME_PATH) {
    console.log('\nLighthouse, mobile preset (performance / accessibility / best practices / SEO):');
    for (const path of ['', 'steps/1-shared-goals/', 'checklist/']) {
      console.log(`  ${pad(`/${path}`, 26)} ${await lighthouseScores(`${url}${path}`)}`);
    }
    console.log(`  ${pad('Starlight step page', 26)} ${STARLIGHT.lighthouse}`);
  } else {
    console.log('\nLighthouse skipped: no Chromium found (set CHROME_PATH).');
  }
  server.close();

  if (quick) return;
  console.log('\nGrowth with a larger guide (chapters and questions repeated):');
  console.log(`${pad('size', 8)} ${pad('pages', 7)} ${pad('build', 9)} ${pad('single file KB', 15)} largest page (raw / gzip KB)`);
  const singleFile = (dist: string) => kb(statSync(join(dist, site.offlineFile)).size).padEnd(15);
  const base = largestPage('dist');
  console.log(`${pad('1×', 8)} ${pad(String(pages.length), 7)} ${pad(`${built.seconds.toFixed(1)} s`, 9)} ${singleFile('dist')} ${kb(base.raw)} /${kb(base.gzip)}  ${base.file}`);
  for (const times of [10, 50]) {
    const folder = syntheticProject(times);
    try {
      // The largest pages pass workbox's 5 MB precache limit at this size; the default build refuses them.
      const result = build(folder, { MAX_PRECACHE_MB: '100' });
      const largest = largestPage(join(folder, 'dist'));
      const count = htmlFiles(join(folder, 'dist')).length;
      console.log(
        `${pad(`${times}×`, 8)} ${pad(String(count), 7)} ${pad(`${result.seconds.toFixed(1)} s`, 9)} ${singleFile(join(folder, 'dist'))} ${kb(largest.raw)} /${kb(largest.gzip)}  ${largest.file}`,
      );
    } catch (error) {
      console.log(`${pad(`${times}×`, 8)} build failed: ${String((error as { stderr?: string }).stderr ?? error).split('\n').find((l) => /error/i.test(l)) ?? error}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

await main();
