// Prints what the bench measured: one table of this site against the peer (medians, ranges and
// the ratio of each pair of runs), then what the figures are made of.
import type { PageSize } from './built-pages.ts';
import type { Build } from './build.ts';
import type { ModuleShare } from './js-modules.ts';
import { canRunLighthouse, type LighthouseRun } from './lighthouse.ts';
import type { PageWeight } from './page-weights.ts';
import type { Paired } from './paired.ts';
import { LARGER, LIGHTHOUSE_PAGES, MODULE_PAGES, PAGE_TYPES, PEER, quick, TOP_MODULES } from './plan.ts';
import type { PrecacheFile } from './precache.ts';
import { COUNT, format, heading, KB, MS, printTable, ratio, ratioSpread, SECONDS, withRange, type Unit } from './report.ts';
import { pairedRatios, spread } from './stats.ts';

export interface Growth {
  pages: number;
  builds: Paired<Build>;
  largest: PageSize;
  peerLargest: PageSize;
  homeHtml: number;
  peerHomeHtml: number;
  singleFile: number;
}

export interface Results {
  cold: Paired<Build>;
  warm: Paired<Build>;
  mineWeights: Map<string, PageWeight>;
  peerWeights?: Map<string, PageWeight>;
  modules: Map<string, ModuleShare[]>;
  search: Paired<number>;
  lighthouse: Map<string, Paired<LighthouseRun>>;
  precache: PrecacheFile[];
  peerPrecache: PrecacheFile[];
  growth?: Growth;
}

/** A row of the main table: both medians (with ranges) and the ratio, of each pair when `pairs`. */
function row(label: string, mine: number[], peer: number[] | undefined, unit: Unit, pairs = true): string[] {
  const a = spread(mine);
  if (!peer) return [label, withRange(a, unit)];
  const b = spread(peer);
  const figures = [label, withRange(a, unit), withRange(b, unit)];
  const ratios = pairedRatios(mine, peer);
  if (!pairs || ratios.count === 0) return [...figures, ratio(a.median, b.median)];
  // A pair whose peer figure is 0 (a TBT of 0 ms) has no ratio: say how many were left out.
  const left = Math.min(mine.length, peer.length) - ratios.count;
  return [...figures, ratioSpread(ratios) + (left ? `, ${left} ${left === 1 ? 'pair' : 'pairs'} with peer 0 left out` : '')];
}

/** Medians by phase over several builds, in the order the phases ran. */
function phaseMedians(builds: Build[]): Map<string, number> {
  const names = [...new Set(builds.flatMap((b) => Object.keys(b.phases)))];
  return new Map(names.map((name) => [name, spread(builds.map((b) => b.phases[name] ?? 0)).median]));
}

/** A row per build phase with each side's median, '–' where a side has no such phase. */
function phaseRows(mine: Build[], peer: Build[], label = (name: string) => name): string[][] {
  const a = phaseMedians(mine);
  const b = phaseMedians(peer);
  const cell = (medians: Map<string, number>, name: string) => (medians.has(name) ? format(medians.get(name)!, SECONDS) : '–');
  return [...new Set([...a.keys(), ...b.keys()])].map((name) => [label(name), cell(a, name), ...(quick ? [] : [cell(b, name)])]);
}

export function printSummary(r: Results) {
  const peer = !quick;
  heading(
    peer
      ? `This site against ${PEER} on the same chapters, measured in this run. Medians (range); ratios are this site / ${PEER}, of each pair where runs were paired.`
      : 'This site (--quick: no peer, one run each).',
  );
  const rows: string[][] = [peer ? ['', 'this site', PEER, 'ratio'] : ['', 'this site']];
  const times = (b: Paired<Build>) => ({ mine: b.mine.map((x) => x.seconds), peer: peer ? b.peer.map((x) => x.seconds) : undefined });
  rows.push(row(`build, cold (${r.cold.mine.length} ${peer ? 'pairs' : 'run'})`, times(r.cold).mine, times(r.cold).peer, SECONDS));
  rows.push(row(`build, warm (${r.warm.mine.length} ${peer ? 'pairs' : 'run'})`, times(r.warm).mine, times(r.warm).peer, SECONDS));
  if (r.growth)
    rows.push(
      row(`build at ${LARGER.times}× content, cold (${r.growth.builds.mine.length} pairs)`, times(r.growth.builds).mine, times(r.growth.builds).peer, SECONDS),
    );
  for (const type of PAGE_TYPES) {
    const a = r.mineWeights.get(type.path)!;
    const b = r.peerWeights?.get(type.path);
    const bytes = (label: string, pick: (w: PageWeight) => number, unit = KB) =>
      rows.push(row(`${type.label}, ${label}`, [pick(a)], b && [pick(b)], unit, false));
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
      rows.push(
        row(
          `${label}: ${name} (${runs.mine.length} ${runs.mine.length === 1 ? 'run' : 'runs'})`,
          runs.mine.map(pick),
          peer ? runs.peer.map(pick) : undefined,
          unit,
        ),
      );
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
    ...(peer
      ? [
          r.peerPrecache.length
            ? `${format(
                r.peerPrecache.reduce((sum, f) => sum + f.sent, 0),
                KB,
              )} (${r.peerPrecache.length})`
            : '0 KB (no service worker)',
          r.peerPrecache.length ? '' : 'peer 0',
        ]
      : []),
  ]);
  printTable(rows);
  if (!canRunLighthouse) console.log("  Lighthouse skipped: no Chromium found (set CHROMIUM_PATH, or let npm test install Playwright's).");
}

export function printExplanations(r: Results) {
  heading('What the figures are made of');

  heading('Build time by phase, cold, median seconds (the phases add up to the whole):');
  printTable([
    ['phase', 'this site', ...(quick ? [] : [PEER])],
    ...phaseRows(r.cold.mine, r.cold.peer),
    [
      'in all',
      format(spread(r.cold.mine.map((b) => b.seconds)).median, SECONDS),
      ...(quick ? [] : [format(spread(r.cold.peer.map((b) => b.seconds)).median, SECONDS)]),
    ],
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
        ...(rest.length
          ? [
              [
                format(
                  rest.reduce((sum, m) => sum + m.gzip, 0),
                  KB,
                ),
                '',
                `${rest.length} more modules`,
              ],
            ]
          : []),
      ],
      '    ',
    );
  }

  heading('Pages as loaded (gzip; the inline parts are inside the HTML figure, each compressed on its own):');
  const weightRow = (page: string, w: PageWeight) => [
    page,
    String(w.requests),
    ...[w.html, w.css, w.js, w.all, w.inline.css, w.inline.js, w.inline.islandProps].map((bytes) => format(bytes, KB)),
  ];
  printTable([
    ['page', 'requests', 'HTML', 'CSS', 'JS', 'in all', 'inline CSS', 'inline JS', 'island props'],
    ...[...r.mineWeights].map(([path, w]) => weightRow(`/${path}`, w)),
    ...[...(r.peerWeights ?? [])].map(([path, w]) => weightRow(`${PEER}: /${path}`, w)),
  ]);

  heading(
    `First visit precache: ${r.precache.length} files, ${format(
      r.precache.reduce((sum, f) => sum + f.raw, 0),
      KB,
    )} raw; the largest as sent:`,
  );
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
    const size = (page: PageSize) => `${format(page.raw, KB)} / ${format(page.gzip, KB)} (${page.path})`;
    printTable([
      ['', 'this site', PEER],
      ['largest page, HTML raw / gzip', size(g.largest), size(g.peerLargest)],
      ['home page, HTML gzip', format(g.homeHtml, KB), format(g.peerHomeHtml, KB)],
      ['single-file edition', format(g.singleFile, KB), '–'],
      ...phaseRows(g.builds.mine, g.builds.peer, (name) => `build: ${name}`),
    ]);
  }
}
