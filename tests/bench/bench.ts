// npm run bench: this site against Astro Starlight (the peer, pinned in peer/package.json) built
// from the same chapters in the same run, both served with gzip, the two measured alternately.
// Prints one table of medians with the ratio of each pair of runs beside them, then what the
// figures are made of: build phases, each page's JavaScript by module, the inline parts of the
// HTML, the precache, and growth with a larger guide. Times are printed, never asserted.
//
//   node tests/bench/bench.ts [--quick]    (Node 24 runs the TypeScript directly)
//
// --quick measures this site alone, once each, and skips the larger guide (see plan.ts).
// Starlight and Lighthouse install into BENCH_DIR (default ~/.cache/secondment-guide-bench).
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../support/browser.ts';
import { serveFolder } from '../support/static-server.ts';
import site from '../../content/site.json' with { type: 'json' };
import { build } from './build.ts';
import { htmlPages, largestPage, pageSize } from './built-pages.ts';
import { installPeer, peerDir } from './install-peer.ts';
import { buildWithSourceMaps, chunkModules, modulesOf } from './js-modules.ts';
import { canRunLighthouse, lighthouse, type LighthouseRun } from './lighthouse.ts';
import { pageWeights } from './page-weights.ts';
import { paired, type Paired } from './paired.ts';
import { writePeerSite } from './peer-site.ts';
import { LARGER, LIGHTHOUSE_PAGES, MODULE_PAGES, PAGE_TYPES, quick, RUNS } from './plan.ts';
import { precached } from './precache.ts';
import { printExplanations, printSummary, type Growth, type Results } from './print-results.ts';
import { searchLatency } from './search-latency.ts';
import { siteCopy } from './site-copy.ts';

/** Builds this site and the peer from a guide `times` as large, cold, in pairs. */
async function larger(times: number, pairs: number): Promise<Growth> {
  const copy = siteCopy(times);
  try {
    writePeerSite(peerDir, join(copy, 'content'));
    // Its largest pages pass the precache's default 5 MB limit, which would stop the build.
    const builds = await paired(
      pairs,
      () => build(copy, { cold: true, env: { MAX_PRECACHE_MB: '100' } }),
      () => build(peerDir, { cold: true }),
      `Building a guide ${times}× as large, cold:`,
    );
    const dist = join(copy, 'dist');
    const peerDist = join(peerDir, 'dist');
    return {
      pages: htmlPages(dist).length,
      builds,
      largest: largestPage(dist),
      peerLargest: largestPage(peerDist),
      homeHtml: pageSize(dist, '').gzip,
      peerHomeHtml: pageSize(peerDist, '').gzip,
      singleFile: statSync(join(dist, site.offlineFile)).size,
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
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
    const cold = await paired(RUNS.coldBuilds, () => build(copy, { cold: true }), buildPeer(true), 'Building, cold:');
    const warm = await paired(RUNS.warmBuilds, () => build(copy, { cold: false }), buildPeer(false), 'Building, warm:');
    console.log('Building this site again with source maps, to name the modules…');
    const mapsDist = buildWithSourceMaps(copy);

    const mine = await serveFolder(mineDist, { compress: true });
    const maps = await serveFolder(mapsDist, { compress: true });
    const peer = quick ? undefined : await serveFolder(peerDist, { compress: true });
    servers.push(mine.server, maps.server, ...(peer ? [peer.server] : []));
    const browser = await chromium.launch(launchOptions);
    console.log('Loading pages…');
    const mineWeights = await pageWeights(browser, mine.url, htmlPages(mineDist));
    const peerWeights =
      peer &&
      (await pageWeights(
        browser,
        peer.url,
        PAGE_TYPES.map((p) => p.path),
      ));
    const mapsWeights = await pageWeights(
      browser,
      maps.url,
      MODULE_PAGES.map((p) => p.path),
    );
    const chunks = chunkModules(copy);
    const modules = new Map(MODULE_PAGES.map((p) => [p.path, modulesOf(mapsWeights.get(p.path)!.files, mapsDist, maps.url, chunks)]));
    const search = await searchLatency(browser, mine.url, peer?.url, RUNS.searchRounds);
    await browser.close();

    const lighthouseRuns = new Map<string, Paired<LighthouseRun>>();
    if (canRunLighthouse) {
      for (const page of LIGHTHOUSE_PAGES) {
        const runs = await paired(
          RUNS.lighthouse,
          () => lighthouse(`${mine.url}${page.path}`),
          peer && (() => lighthouse(`${peer.url}${page.path}`)),
          `Lighthouse on /${page.path}:`,
        );
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
