// npm run bench: this site against Astro Starlight (the peer, pinned in peer/package.json) built
// from the same chapters in the same run, both served with gzip, the two measured alternately.
// Prints one table of medians with the ratio of each pair of runs beside them, then what the
// figures are made of: build phases, each page's JavaScript by module, the inline parts of the
// HTML, the precache, and growth with a larger guide. Times are printed, never asserted.
//
//   node tests/bench/bench.ts [--quick]    (Node 24 runs the TypeScript directly)
//
// --quick measures this site alone, once each, and skips the larger guide.
// Starlight and Lighthouse install into BENCH_DIR (default ~/.cache/secondment-guide-bench).
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { launchOptions } from '../support/browser.ts';
import { serveFolder } from '../support/static-server.ts';
import site from '../../content/site.json' with { type: 'json' };
import peerManifest from './peer/package.json' with { type: 'json' };
import { build, type Build } from './build.ts';
import { installPeer, peerDir } from './install-peer.ts';
import { buildWithSourceMaps, chunkModules, modulesOf, type ModuleShare } from './js-modules.ts';
import { canRunLighthouse, lighthouse, type LighthouseRun } from './lighthouse.ts';
import { pageWeights, type PageWeight } from './page-weights.ts';
import { writePeerSite } from './peer-site.ts';
import { precached } from './precache.ts';
import { COUNT, format, heading, KB, MS, printTable, ratio, SECONDS, withRange, type Unit } from './report.ts';
import { openSearch, QUERIES, SITE_SEARCH, STARLIGHT_SEARCH, timeQuery, type SearchUi } from './search-latency.ts';
import { siteCopy } from './site-copy.ts';
import { pairedRatios, spread } from './stats.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? { builds: 1, lighthouse: 1, searchRounds: 1 } : { builds: 5, lighthouse: 3, searchRounds: 2 };
/** The larger guide: how many times the chapters and questions are repeated, and how many cold pairs are built. */
const LARGER = { times: 10, builds: 3 };
const PEER = `Starlight ${peerManifest.dependencies['@astrojs/starlight']}`;

/** Pages both sites have, compared in the table. */
const PAGE_TYPES = [
  { label: 'home', path: '' },
  { label: 'step 3 (form included)', path: 'steps/3-add-value/' },
  { label: 'case study (a reading page)', path: 'case-study/' },
];
const LIGHTHOUSE_PAGES = PAGE_TYPES.slice(0, 2);
/** Pages whose JavaScript is listed by module: the page types, and this site's tools. */
const MODULE_PAGES = [...PAGE_TYPES, { label: 'checklist', path: 'checklist/' }, { label: 'compare', path: 'compare/' }];
const TOP_MODULES = 8;

interface Paired<T> {
  mine: T[];
  peer: T[];
}

/** Runs `mine` and `peer` `count` times each, alternating which goes first so neither always follows the other. */
async function paired<T>(count: number, mine: (i: number) => T | Promise<T>, peer: ((i: number) => T | Promise<T>) | undefined, what: string): Promise<Paired<T>> {
  const result: Paired<T> = { mine: [], peer: [] };
  if (!process.stdout.isTTY) console.log(`${what} ${count} ${peer ? 'pairs' : count === 1 ? 'run' : 'runs'}…`);
  for (let i = 0; i < count; i++) {
    if (process.stdout.isTTY) process.stdout.write(`\r${what} ${i + 1}/${count}…`);
    if (peer && i % 2 === 1) result.peer.push(await peer(i));
    result.mine.push(await mine(i));
    if (peer && i % 2 === 0) result.peer.push(await peer(i));
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  return result;
}

/** Every page of a built site, as paths under its root ("" for home). */
function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => f.slice(0, -'index.html'.length))
    .sort();
}

function largestPage(dist: string): { path: string; raw: number; gzip: number } {
  return htmlPages(dist)
    .map((path) => {
      const body = readFileSync(join(dist, path, 'index.html'));
      return { path: `/${path}`, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw)[0]!;
}

/** A row of the main table: both medians (with ranges) and the ratio, of each pair when `pairs`. */
function row(label: string, mine: number[], peer: number[] | undefined, unit: Unit, pairs = true): string[] {
  const a = spread(mine);
  if (!peer) return [label, withRange(a, unit)];
  const b = spread(peer);
  return [label, withRange(a, unit), withRange(b, unit), ratio(pairs ? pairedRatios(mine, peer) : a.median / b.median, a.median, b.median)];
}

async function searchLatency(browser: Browser, mineUrl: string, peerUrl: string | undefined): Promise<Paired<number>> {
  const open = async (url: string, ui: SearchUi) => {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await openSearch(page, ui);
    return page;
  };
  const mine = await open(mineUrl, SITE_SEARCH);
  const peer = peerUrl ? await open(peerUrl, STARLIGHT_SEARCH) : undefined;
  const queries = Array.from({ length: RUNS.searchRounds }, () => QUERIES).flat();
  return paired(
    queries.length,
    (i) => timeQuery(mine, SITE_SEARCH, queries[i]!),
    peer && ((i) => timeQuery(peer, STARLIGHT_SEARCH, queries[i]!)),
    'Search, keystroke to results painted:',
  );
}

/** Medians by phase over several builds, in the order the phases ran. */
function phaseMedians(builds: Build[]): Map<string, number> {
  const names = [...new Set(builds.flatMap((b) => Object.keys(b.phases)))];
  return new Map(names.map((name) => [name, spread(builds.map((b) => b.phases[name] ?? 0)).median]));
}

interface Growth {
  pages: number;
  builds: Paired<Build>;
  largest: ReturnType<typeof largestPage>;
  peerLargest?: ReturnType<typeof largestPage>;
  homeHtml: number;
  peerHomeHtml?: number;
  singleFile: number;
}

/** Builds this site and the peer from a guide `times` as large, cold, in pairs. */
async function larger(times: number, pairs: number): Promise<Growth> {
  const copy = siteCopy(times);
  try {
    writePeerSite(peerDir, join(copy, 'content'));
    // Its largest pages pass the precache's default 5 MB limit, which would stop the build.
    const builds = await paired(pairs, () => build(copy, { cold: true, env: { MAX_PRECACHE_MB: '100' } }), () => build(peerDir, { cold: true }), `Building a guide ${times}× as large, cold:`);
    const dist = join(copy, 'dist');
    const peerDist = join(peerDir, 'dist');
    const html = (folder: string) => gzipSync(readFileSync(join(folder, 'index.html')), { level: 9 }).length;
    return {
      pages: htmlPages(dist).length,
      builds,
      largest: largestPage(dist),
      peerLargest: largestPage(peerDist),
      homeHtml: html(dist),
      peerHomeHtml: html(peerDist),
      singleFile: statSync(join(dist, site.offlineFile)).size,
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function printSummary(r: Results) {
  const peer = !quick;
  heading(peer ? `This site against ${PEER} on the same chapters, measured in this run. Medians (range); ratios are this site / ${PEER}, of each pair where runs were paired.` : 'This site (--quick: no peer, one run each).');
  const rows: string[][] = [peer ? ['', 'this site', PEER, 'ratio'] : ['', 'this site']];
  const times = (b: Paired<Build>) => ({ mine: b.mine.map((x) => x.seconds), peer: peer ? b.peer.map((x) => x.seconds) : undefined });
  rows.push(row(`build, cold (${r.cold.mine.length} ${peer ? 'pairs' : 'run'})`, times(r.cold).mine, times(r.cold).peer, SECONDS));
  rows.push(row(`build, warm (${r.warm.mine.length} ${peer ? 'pairs' : 'run'})`, times(r.warm).mine, times(r.warm).peer, SECONDS));
  if (r.growth) rows.push(row(`build at ${LARGER.times}× content, cold (${r.growth.builds.mine.length} pairs)`, times(r.growth.builds).mine, times(r.growth.builds).peer, SECONDS));
  for (const type of PAGE_TYPES) {
    const a = r.mineWeights.get(type.path)!;
    const b = r.peerWeights?.get(type.path);
    const bytes = (label: string, pick: (w: PageWeight) => number, unit = KB) => rows.push(row(`${type.label}, ${label}`, [pick(a)], b && [pick(b)], unit, false));
    bytes('gzip in all', (w) => w.all);
    bytes('HTML gzip', (w) => w.html);
    bytes('CSS gzip', (w) => w.css);
    bytes('JavaScript gzip', (w) => w.js);
    bytes('requests on load', (w) => w.requests, COUNT);
  }
  for (const page of LIGHTHOUSE_PAGES) {
    const runs = r.lighthouse.get(page.path);
    if (!runs) continue;
    const label = `Lighthouse mobile, ${page.label.replace(/ \(.*/, '')}`;
    const metric = (name: string, pick: (run: LighthouseRun) => number, unit: Unit) =>
      rows.push(row(`${label}: ${name} (${runs.mine.length} runs)`, runs.mine.map(pick), peer ? runs.peer.map(pick) : undefined, unit));
    metric('performance', (run) => run.score, COUNT);
    metric('LCP', (run) => run.lcp, MS);
    metric('FCP', (run) => run.fcp, MS);
    metric('TBT', (run) => run.tbt, MS);
  }
  rows.push(row(`search, keystroke to results painted, warm (${r.search.mine.length} queries)`, r.search.mine, peer ? r.search.peer : undefined, MS));
  const sent = r.precache.reduce((sum, f) => sum + f.sent, 0);
  rows.push([
    'first visit precache, as sent (files)',
    `${format(sent, KB)} (${r.precache.length})`,
    ...(peer ? [r.peerPrecache.length ? `${format(r.peerPrecache.reduce((sum, f) => sum + f.sent, 0), KB)} (${r.peerPrecache.length})` : '0 KB (no service worker)', r.peerPrecache.length ? '' : 'peer 0'] : []),
  ]);
  printTable(rows);
  if (!canRunLighthouse) console.log('  Lighthouse skipped: no Chromium found (set CHROMIUM_PATH).');
}

function printExplanations(r: Results) {
  heading('What the figures are made of');

  heading('Build time by phase, cold, median seconds (the phases add up to the whole):');
  const mine = phaseMedians(r.cold.mine);
  const peer = phaseMedians(r.cold.peer);
  const names = [...new Set([...mine.keys(), ...peer.keys()])];
  printTable([
    ['phase', 'this site', ...(quick ? [] : [PEER])],
    ...names.map((name) => [name, mine.has(name) ? format(mine.get(name)!, SECONDS) : '–', ...(quick ? [] : [peer.has(name) ? format(peer.get(name)!, SECONDS) : '–'])]),
    ['in all', format(spread(r.cold.mine.map((b) => b.seconds)).median, SECONDS), ...(quick ? [] : [format(spread(r.cold.peer.map((b) => b.seconds)).median, SECONDS)])],
  ]);

  heading(`This site's JavaScript by module, per page (gzip shared out by minified bytes; top ${TOP_MODULES}):`);
  for (const page of MODULE_PAGES) {
    const modules = r.modules.get(page.path)!;
    const all = modules.reduce((sum, m) => sum + m.gzip, 0);
    console.log(`  /${page.path}  ${format(all, KB)} gzip`);
    const rest = modules.slice(TOP_MODULES);
    printTable(
      [
        ...modules.slice(0, TOP_MODULES).map((m) => [format(m.gzip, KB), `${Math.round((100 * m.gzip) / all)}%`, m.module]),
        ...(rest.length ? [[format(rest.reduce((sum, m) => sum + m.gzip, 0), KB), '', `${rest.length} more modules`]] : []),
      ],
      '    ',
    );
  }

  heading("This site's pages as loaded (gzip; inline parts are inside the HTML figure, each compressed on its own):");
  printTable([
    ['page', 'requests', 'HTML', 'CSS', 'JS', 'in all', 'inline CSS', 'inline JS', 'island props'],
    ...[...r.mineWeights].map(([path, w]) => [
      `/${path}`,
      String(w.requests),
      format(w.html, KB),
      format(w.css, KB),
      format(w.js, KB),
      format(w.all, KB),
      format(w.inline.css, KB),
      format(w.inline.js, KB),
      format(w.inline.islandProps, KB),
    ]),
  ]);
  if (r.peerWeights) {
    console.log(`  ${PEER}:`);
    printTable(
      [...r.peerWeights].map(([path, w]) => [`/${path}`, String(w.requests), format(w.html, KB), format(w.css, KB), format(w.js, KB), format(w.all, KB), format(w.inline.css, KB), format(w.inline.js, KB)]),
      '  ',
    );
  }

  heading(`First visit precache: ${r.precache.length} files, ${format(r.precache.reduce((sum, f) => sum + f.raw, 0), KB)} raw; the largest as sent:`);
  printTable(r.precache.slice(0, 8).map((f) => [format(f.sent, KB), f.url]));

  if (r.lighthouse.size) {
    heading('Lighthouse, other categories (accessibility / best practices / SEO, medians):');
    const scores = (runs: LighthouseRun[]) =>
      [spread(runs.map((x) => x.accessibility)).median, spread(runs.map((x) => x.bestPractices)).median, spread(runs.map((x) => x.seo)).median].join(' / ');
    printTable([...r.lighthouse].map(([path, runs]) => [`/${path}`, `this site ${scores(runs.mine)}`, ...(quick ? [] : [`${PEER} ${scores(runs.peer)}`])]));
  }

  if (r.growth) {
    const g = r.growth;
    heading(`A guide ${LARGER.times}× as large (chapters and questions repeated; ${g.pages} pages on this site):`);
    printTable([
      ['', 'this site', PEER],
      ['largest page, HTML raw / gzip', `${format(g.largest.raw, KB)} / ${format(g.largest.gzip, KB)} (${g.largest.path})`, `${format(g.peerLargest!.raw, KB)} / ${format(g.peerLargest!.gzip, KB)} (${g.peerLargest!.path})`],
      ['home page, HTML gzip', format(g.homeHtml, KB), format(g.peerHomeHtml!, KB)],
      ['single-file edition', format(g.singleFile, KB), '–'],
    ]);
  }
}

interface Results {
  cold: Paired<Build>;
  warm: Paired<Build>;
  mineWeights: Map<string, PageWeight>;
  peerWeights?: Map<string, PageWeight>;
  modules: Map<string, ModuleShare[]>;
  search: Paired<number>;
  lighthouse: Map<string, Paired<LighthouseRun>>;
  precache: ReturnType<typeof precached>;
  peerPrecache: ReturnType<typeof precached>;
  growth?: Growth;
}

async function main() {
  const started = performance.now();
  installPeer();
  const copy = siteCopy(1);
  const servers: { close(): void }[] = [];
  try {
    const mineDist = join(copy, 'dist');
    const peerDist = join(peerDir, 'dist');
    if (!quick) console.log(`Writing the Starlight peer in ${peerDir}: ${writePeerSite(peerDir, 'content')} pages from this guide's chapters.`);

    const buildPeer = (cold: boolean) => (quick ? undefined : () => build(peerDir, { cold }));
    const cold = await paired(RUNS.builds, () => build(copy, { cold: true }), buildPeer(true), 'Building, cold:');
    const warm = await paired(RUNS.builds, () => build(copy, { cold: false }), buildPeer(false), 'Building, warm:');
    console.log('Building this site again with source maps, to name the modules…');
    const mapsDist = buildWithSourceMaps(copy);

    const mine = await serveFolder(mineDist, { compress: true });
    const maps = await serveFolder(mapsDist, { compress: true });
    const peer = quick ? undefined : await serveFolder(peerDist, { compress: true });
    servers.push(mine.server, maps.server, ...(peer ? [peer.server] : []));
    const browser = await chromium.launch(launchOptions);
    console.log('Loading pages…');
    const mineWeights = await pageWeights(browser, mine.url, htmlPages(mineDist));
    const peerWeights = peer && (await pageWeights(browser, peer.url, PAGE_TYPES.map((p) => p.path)));
    const mapsWeights = await pageWeights(browser, maps.url, MODULE_PAGES.map((p) => p.path));
    const chunks = chunkModules(copy);
    const modules = new Map(MODULE_PAGES.map((p) => [p.path, modulesOf(mapsWeights.get(p.path)!.files, mapsDist, maps.url, chunks)]));
    const search = await searchLatency(browser, mine.url, peer?.url);
    await browser.close();

    const lighthouseRuns = new Map<string, Paired<LighthouseRun>>();
    if (canRunLighthouse) {
      for (const page of LIGHTHOUSE_PAGES) {
        const runs = await paired(RUNS.lighthouse, () => lighthouse(`${mine.url}${page.path}`), peer && (() => lighthouse(`${peer.url}${page.path}`)), `Lighthouse on /${page.path}:`);
        lighthouseRuns.set(page.path, runs);
      }
    }
    for (const server of servers.splice(0)) server.close();

    const results: Results = {
      cold,
      warm,
      mineWeights,
      peerWeights,
      modules,
      search,
      lighthouse: lighthouseRuns,
      precache: precached(mineDist),
      peerPrecache: quick ? [] : precached(peerDist),
      growth: quick ? undefined : await larger(LARGER.times, LARGER.builds),
    };
    printSummary(results);
    printExplanations(results);
    console.log(`\nBench finished in ${((performance.now() - started) / 60_000).toFixed(1)} minutes.`);
  } finally {
    for (const server of servers) server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

await main();
