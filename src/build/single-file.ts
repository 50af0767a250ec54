// The single-file offline edition: every page's content, the styles and the widgets in one HTML
// file that works when opened straight from disk. It is made from the built pages themselves,
// so it always matches the site, and its script is a classic one (no modules, no network).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse, type HTMLElement } from 'node-html-parser';
import site from '../../content/site.json' with { type: 'json' };
import { ui } from '../data/ui.ts';
import { fill } from '../lib/text.ts';

/** The file's name in the built site (content/site.json); the footer links to it. */
export const SINGLE_FILE_NAME = site.offlineFile;

const ENTRY = fileURLToPath(new URL('../widgets/single-file/main.ts', import.meta.url));
const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];
/** The id of the contents list's heading, where "Guide contents" and "Back to guide contents" lead. */
const CONTENTS_ID = 'single-file-contents';

/** Turns Astro's serialised island props back into plain values. */
function decodeProps(encoded: string): Record<string, unknown> {
  const value = ([type, data]: [number, unknown]): unknown => {
    if (type === 1) return (data as [number, unknown][]).map(value);
    if (type === 0 && typeof data === 'object' && data !== null) {
      return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, value(v as [number, unknown])]));
    }
    return data;
  };
  return Object.fromEntries(Object.entries(JSON.parse(encoded) as Record<string, [number, unknown]>).map(([k, v]) => [k, value(v)]));
}

/** "/steps/1-shared-goals/" becomes "page-steps-1-shared-goals"; "/" becomes "page-home". */
const pageId = (path: string) => `page-${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}`;

async function bundleScript(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'import.meta.env.BASE_URL': '"/"' },
    legalComments: 'none',
  });
  // A closing script tag inside the code would end the inline script early.
  return result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
}

/** Every stylesheet the built pages use, linked or inline, once each, in page order. */
async function collectCss(dist: string, documents: HTMLElement[], base: string): Promise<string> {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const document of documents) {
    for (const element of document.querySelectorAll('link[rel="stylesheet"], style')) {
      const css = element.tagName === 'LINK'
        ? await readFile(join(dist, element.getAttribute('href')!.slice(base.length)), 'utf8')
        : element.textContent;
      if (!seen.has(css)) {
        seen.add(css);
        parts.push(css);
      }
    }
  }
  return parts.join('\n');
}

/** Text made safe to place in HTML. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Builds the single file in <dist> from the built pages; returns its size in bytes. */
export async function buildSingleFile(dist: string, base: string): Promise<number> {
  const read = async (path: string) => parse(await readFile(join(dist, path.slice(1), 'index.html'), 'utf8'));
  const home = await read('/');
  // The reading order and the footer's pages, as the built navigation lists them.
  const linked = [...home.querySelectorAll('.guide-nav a, .site-footer a')]
    .map((a) => a.getAttribute('href')!)
    .filter((href) => href.startsWith(base) && href.endsWith('/'))
    .map((href) => `/${href.slice(base.length)}`);
  const paths = ['/', ...new Set([...linked, '/checklist/blank/'])];
  const documents = await Promise.all(paths.map((path) => (path === '/' ? home : read(path))));
  const ids = Object.fromEntries(paths.map((path) => [path, pageId(path)]));
  const titles = Object.fromEntries(documents.map((document, i) => [paths[i]!, document.querySelector('main h1')!.textContent.trim()]));
  // Ids inside islands stay as they are, because the widgets render them again in the browser
  // (question ids are unique across the guide); every other id gets its page's prefix.
  const widgetIds = Object.fromEntries(documents.map((document, i) => [paths[i]!, new Set(document.querySelectorAll('main astro-island [id]').map((e) => e.id))]));

  /** The id a link on the page at `from` leads to in this file, or undefined if it leaves the guide. */
  const inFile = (href: string, from: string): string | undefined => {
    const [pathPart = '', hash = ''] = href.startsWith('#') ? [from, href.slice(1)] : href.startsWith(base) ? href.slice(base.length - 1).split('#') : [];
    const page = ids[pathPart];
    if (!page) return undefined;
    // The step spine is not in this file: the contents list takes its place.
    if (hash === 'guide-contents') return CONTENTS_ID;
    if (!hash) return page;
    return widgetIds[pathPart]!.has(hash) ? hash : `${page}--${hash}`;
  };

  const sections = documents.map((document, index) => {
    const path = paths[index]!;
    const prefix = `${ids[path]}--`;
    const main = document.querySelector('main')!;
    main.querySelectorAll('.pagination').forEach((e) => e.remove());

    // Islands become plain mount points for the classic script, keeping the built HTML as fallback.
    for (const island of main.querySelectorAll('astro-island')) {
      const widget = /\/(AssessmentForm|ChecklistApp|CompareApp)\./.exec(island.getAttribute('component-url') ?? '')?.[1];
      const mount = parse('<div></div>').firstChild as HTMLElement;
      if (widget) {
        mount.setAttribute('data-widget', widget);
        mount.setAttribute('data-props', JSON.stringify(decodeProps(island.getAttribute('props') ?? '{}')));
      }
      mount.set_content(island.innerHTML);
      island.replaceWith(mount);
    }
    main.querySelectorAll('script, style').forEach((e) => e.remove());
    // Site paths printed after links mean nothing in one file, where every page is a section.
    main.querySelectorAll('[data-path]').forEach((e) => e.removeAttribute('data-path'));

    // Ids repeat between pages (every step has "why-this-step-matters"), so prefix them.
    const inWidget = (e: HTMLElement) => e.closest('[data-widget]') !== null;
    for (const element of main.querySelectorAll('[id]')) if (!inWidget(element)) element.id = prefix + element.id;
    for (const element of main.querySelectorAll(ID_REFERENCES.map((a) => `[${a}]`).join(','))) {
      if (inWidget(element)) continue;
      for (const attribute of ID_REFERENCES) {
        const value = element.getAttribute(attribute);
        if (value) element.setAttribute(attribute, value.split(/\s+/).map((id) => prefix + id).join(' '));
      }
    }
    for (const link of main.querySelectorAll('a[href]')) {
      if (inWidget(link)) continue;
      const target = inFile(link.getAttribute('href')!, path);
      if (target) link.setAttribute('href', `#${target}`);
    }
    const title = main.querySelector('h1');
    title?.setAttribute('id', `${ids[path]}-title`);
    const back = `<p class="single-file__back"><a href="#${CONTENTS_ID}">${escape(ui.singleFile.back)}</a></p>`;
    return `<article class="single-file__page" id="${ids[path]}" aria-labelledby="${ids[path]}-title">${main.innerHTML}${back}</article>`;
  });

  // The site's own skip link and header, so their styles apply: search cannot run from a file,
  // and the header's links lead to places in this file.
  const skipLink = home.querySelector('.skip-link')!.outerHTML;
  const header = home.querySelector('.site-header')!;
  header.querySelector('[data-search]')?.remove();
  for (const link of header.querySelectorAll('a[href]')) {
    const target = inFile(link.getAttribute('href')!, '/');
    if (target) link.setAttribute('href', `#${target}`);
  }
  header.querySelector('.site-header__name span')?.set_content(escape(fill(ui.singleFile.name, { title: site.title })));
  const themeColours = home.querySelectorAll('meta[name="theme-color"]').map((meta) => meta.outerHTML).join('\n');

  const contents = paths.map((path) => `<li><a href="#${ids[path]}">${escape(titles[path]!)}</a></li>`).join('');
  const css = `${await collectCss(dist, documents, base)}
.single-file__page + .single-file__page { margin-block-start: var(--space-8); padding-block-start: var(--space-6); border-block-start: 6px solid var(--color-accent); }
.single-file__contents > * + * { margin-block-start: var(--space-3); }
.single-file__contents ol { padding-inline-start: 1.5em; }
.single-file__intro { max-inline-size: var(--measure); }
.single-file__back { margin-block-start: var(--space-6); }
/* No step spine beside the text here, so the link to the contents shows at every width. */
@media screen { .single-file__page .contents-link { display: inline-block; } }
@media print {
  .single-file__page + .single-file__page { break-before: page; border: 0; }
  .single-file__contents, .single-file__back { display: none; }
  /* A print button prints its own page only (main.ts marks it). */
  :root:has([data-printing]) .single-file__page:not([data-printing]) { display: none; }
  .single-file__page[data-printing] { margin: 0; padding: 0; border: 0; break-before: auto; }
}`;
  const script = await bundleScript();
  const questionIndex = home.querySelector('#question-index')!.textContent;
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const built = new Date().toISOString().slice(0, 10);

  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'none'; style-src ${hash(css)}; script-src ${hash(script)}; img-src data:; base-uri 'none'; form-action 'none'">
<title>${escape(fill(ui.singleFile.title, { title: site.fullTitle }))}</title>
<meta name="description" content="${escape(fill(ui.singleFile.description, { tagline: site.tagline }))}">
<meta name="color-scheme" content="light dark">
${themeColours}
<style>${css}</style>
</head>
<body>
${skipLink}
${header.outerHTML}
<div class="page-width page page--wide">
<main id="main" tabindex="-1">
<nav class="single-file__contents" aria-labelledby="${CONTENTS_ID}"><h2 id="${CONTENTS_ID}">${escape(ui.site.contents)}</h2>
<p class="single-file__intro">${escape(fill(ui.singleFile.intro, { date: built }))}</p>
<ol>${contents}</ol></nav>
${sections.join('\n')}
</main>
</div>
<script type="application/json" id="question-index">${questionIndex}</script>
<script type="application/json" id="single-file-pages">${JSON.stringify(ids)}</script>
<script>${script}</script>
</body>
</html>
`;
  await writeFile(join(dist, SINGLE_FILE_NAME), html);
  return Buffer.byteLength(html);
}
