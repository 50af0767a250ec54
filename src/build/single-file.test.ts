// The single file is made from what components write as data. These pages carry that data and
// nothing else the build could lean on (no site class names, no island format), so a build that
// still reads markup fails here, and so does one that ships a file it could not complete.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import site from '../../content/site.json' with { type: 'json' };
import { ui } from '../data/ui.ts';
import { fill } from '../lib/text.ts';
import { buildSingleFile, SINGLE_FILE_NAME } from './single-file.ts';

const page = (body: string) => `<!doctype html><html lang="en-GB"><head><title>T</title><style>.marker{color:red}</style></head><body>${body}</body></html>`;

const skipLink = '<a href="#main" data-single-file="skip-link">Skip</a>';
const header =
  '<header data-single-file="header"><a href="/"><span data-single-file="site-name">Guide</span></a><div data-single-file="omit"><button>Search</button></div><a href="/checklist/">Checklist</a></header>';
const pageLinks =
  '<nav><a href="/model/" data-single-file-page="/model/">Model</a><a href="/checklist/" data-single-file-page="/checklist/">Checklist</a><a href="/sources/" data-single-file-page="/sources/">Sources</a></nav>';
const widget =
  '<div class="tool" data-widget="checklist"><script type="application/json" data-widget-props>{"steps":[1]}</script><x-island props="[0,{}]"><p id="q-1">Built answer</p></x-island></div>';

const pages = {
  '': page(`${skipLink}${header}<main><h1>Home</h1><p><a href="/model/#why" data-path="/model/">the model</a></p></main>${pageLinks}`),
  'model/': page(`${header}<main><h1>Model</h1><h2 id="why">Why</h2><nav data-single-file="omit"><a href="/checklist/">Next</a></nav></main>`),
  'checklist/': page(`<main><h1>Checklist</h1>${widget}<script type="module">run()</script></main>`),
  'checklist/blank/': page('<main><h1>Blank</h1></main>'),
  // The sources index lists each source's page, and a source's page its further pages.
  'sources/': page(
    `<main><h1>Sources</h1><h2 id="source-002">Report</h2><a href="/sources/002/" data-single-file-page="/sources/002/">Where</a></main>${pageLinks}`,
  ),
  'sources/002/': page(
    '<main><h1>Report (page 1 of 2)</h1><a href="/sources/#source-002">All sources</a><nav><a href="/sources/002/" data-single-file-page="/sources/002/">1</a><a href="/sources/002/2/" data-single-file-page="/sources/002/2/">2</a></nav></main>',
  ),
  'sources/002/2/': page('<main><h1>Report (page 2 of 2)</h1><nav><a href="/sources/002/" rel="prev">Previous page</a></nav></main>'),
};

/** The bank as the build writes it (question-bank.json), with a question's text that would end a script. */
const BANK = { version: '7', questions: [{ id: 's1-a', prompt: 'Is </script> written safely?' }] };

/** Writes the pages into a fresh folder and builds the single file from them. */
async function build(pages: Record<string, string>): Promise<ReturnType<typeof parse>> {
  const dist = mkdtempSync(join(tmpdir(), 'single-file-'));
  try {
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), html);
    }
    writeFileSync(join(dist, 'question-index.json'), '{"q":[]}');
    writeFileSync(join(dist, 'question-bank.json'), JSON.stringify(BANK));
    await buildSingleFile(dist, '/');
    return parse(readFileSync(join(dist, SINGLE_FILE_NAME), 'utf8'));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

describe('the single file, from the data components write', () => {
  let file: ReturnType<typeof parse>;
  beforeAll(async () => {
    file = await build(pages);
  });

  it('holds the listed pages in order, with links between them kept inside the file', () => {
    expect(file.querySelectorAll('.single-file__page').map((e) => e.id)).toEqual([
      'page-home',
      'page-model',
      'page-checklist',
      'page-sources',
      'page-sources-002',
      'page-sources-002-2',
      'page-checklist-blank',
    ]);
    const link = file.querySelector('#page-home a')!;
    expect(link.getAttribute('href')).toBe('#page-model--why');
    expect(file.querySelector('#page-model--why')?.textContent).toBe('Why');
    // A site path printed after a link would mean nothing here.
    expect(link.getAttribute('data-path')).toBeUndefined();
  });

  it('holds the pages a listed page lists, after it, with links between them kept inside the file', () => {
    expect(file.querySelector('#page-sources a')!.getAttribute('href')).toBe('#page-sources-002');
    expect(file.querySelectorAll('#page-sources-002 nav a').map((a) => a.getAttribute('href'))).toEqual(['#page-sources-002', '#page-sources-002-2']);
    expect(file.querySelector('#page-sources-002-2 a')!.getAttribute('href')).toBe('#page-sources-002');
    // An old link to a source's entry on the index still finds it.
    expect(file.querySelector('#page-sources-002 a')!.getAttribute('href')).toBe('#page-sources--source-002');
    expect(file.querySelector('#page-sources--source-002')?.textContent).toBe('Report');
    expect(file.querySelectorAll('.single-file__contents li').map((li) => li.textContent)).toContain('Report (page 2 of 2)');
  });

  it('mounts each widget from its props, with the built HTML inside until the script runs', () => {
    const mount = file.querySelector('#page-checklist [data-widget="checklist"]')!;
    expect(JSON.parse(mount.querySelector('script[data-widget-props]')!.textContent)).toEqual({ steps: [1] });
    // The island's own element is gone; its content stays, with its ids as the widget renders them.
    expect(mount.querySelector('x-island')).toBeNull();
    expect(mount.querySelector('#q-1')?.textContent).toBe('Built answer');
    expect(file.querySelectorAll('script[type="module"]')).toHaveLength(0);
  });

  it('carries the question bank for the checklist and compare to read, as it was written', () => {
    expect(JSON.parse(file.querySelector('script#question-bank')!.textContent)).toEqual(BANK);
  });

  it('reuses the site header and skip link, leaves out what is marked to omit, and brings its own styles', () => {
    expect(file.querySelector('[data-single-file="site-name"]')!.textContent).toBe(fill(ui.singleFile.name, { title: site.title }));
    expect(file.querySelector('header button')).toBeNull();
    expect(file.querySelector('header a[href="#page-checklist"]')).not.toBeNull();
    expect(file.querySelector('body > a[href="#main"]')?.textContent).toBe('Skip');
    expect(file.querySelector('#page-model nav')).toBeNull();
    const css = file.querySelector('style')!.textContent;
    expect(css).toContain('.marker{color:red}');
    expect(css).toContain('.single-file__page + .single-file__page');
  });

  it('stops the build at an island outside a Widget, which the file could not mount', async () => {
    const bare = page('<main><h1>Checklist</h1><x-island props="[0,{}]"><p>Built</p></x-island></main>');
    await expect(build({ ...pages, 'checklist/': bare })).rejects.toThrow(/\/checklist\/ has a <x-island> outside any <Widget>/);
  });

  it('stops the build at a widget the file has no component for', async () => {
    const unknown = page(`<main><h1>Checklist</h1>${widget.replace('data-widget="checklist"', 'data-widget="map"')}</main>`);
    await expect(build({ ...pages, 'checklist/': unknown })).rejects.toThrow(/widget named "map"/);
  });

  it('stops the build when a widget carries no props', async () => {
    const empty = page(`<main><h1>Checklist</h1>${widget.replace(/<script[^]*?<\/script>/, '')}</main>`);
    await expect(build({ ...pages, 'checklist/': empty })).rejects.toThrow(/data-widget-props.*Widget\.astro/);
  });

  it('stops the build when the pages or the header are not marked, naming the component', async () => {
    await expect(build({ ...pages, '': pages[''].replace(pageLinks, '') })).rejects.toThrow(/StepNav\.astro and Footer\.astro/);
    await expect(build({ ...pages, '': pages[''].replace(' data-single-file="header"', '') })).rejects.toThrow(/Header\.astro/);
  });
});
