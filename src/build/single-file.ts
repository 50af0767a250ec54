// The single-file offline edition: every page's content, the styles and the widgets in one HTML
// file that works when opened straight from disk. It is made from the built pages themselves,
// so it always matches the site, and its script is a classic one (no modules, no network).
//
// From the built pages it reads only what components write for it as data, never class names
// or Astro's own island markup:
//   data-single-file-page="/path/"  links to the pages it holds, in order (StepNav, Footer; on
//                                   the pages they list, the pages those hold: the sources
//                                   index, SourcePages)
//   data-widget="name"              the element around an island, with the island's props in a
//                                   <script type="application/json" data-widget-props> (Widget)
//   data-single-file="skip-link", "header", "site-name"   the chrome it reuses (SkipLink, Header)
//   data-single-file="omit"         what it leaves out (Pagination, Search)
// Whatever it needs and does not find stops the build, naming the component that should write it.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse, type HTMLElement } from 'node-html-parser';
import site from '../../content/site.json' with { type: 'json' };
import { ui } from '../data/ui.ts';
import { fill } from '../lib/text.ts';
import { THEME_COLOR } from '../styles/theme-color.ts';
import { WIDGET_NAMES } from '../widgets/common/widget-names.ts';

/** The file's name in the built site (content/site.json); the footer links to it. */
export const SINGLE_FILE_NAME = site.offlineFile;

const ENTRY = fileURLToPath(new URL('../widgets/single-file/main.ts', import.meta.url));
const OWN_CSS = fileURLToPath(new URL('../widgets/single-file/single-file.css', import.meta.url));
const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];
/** The id of the contents list's heading, the file's <h1>, where "Guide contents" and "Back to guide contents" lead. */
const CONTENTS_ID = 'single-file-contents';

/** The element a component writes for this build; stops the build when it is missing. */
function required(root: HTMLElement, selector: string, where: string, component: string): HTMLElement {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`Single file: ${where} has no ${selector}, which ${component} writes. Without it the file would be broken.`);
  return element;
}

/** A custom element inside `root`: the browser needs a script to make one work. */
const customElement = (root: HTMLElement) => root.querySelectorAll('*').find((e) => e.tagName.includes('-'));

/**
 * Readies a page's widgets for the file's script: checks each names a widget the script knows
 * and carries its props, and unwraps the framework's island elements, keeping the built HTML
 * inside as what shows until the script runs. An island outside a <Widget> stops the build:
 * the file could not mount it.
 */
function prepareWidgets(main: HTMLElement, where: string): void {
  for (const widget of main.querySelectorAll('[data-widget]')) {
    const name = widget.getAttribute('data-widget') ?? '';
    if (!(WIDGET_NAMES as readonly string[]).includes(name))
      throw new Error(`Single file: ${where} has a widget named "${name}", which src/widgets/common/widget-names.ts does not list.`);
    required(widget, 'script[data-widget-props]', where, 'Widget.astro');
    for (let element = customElement(widget); element; element = customElement(widget)) element.replaceWith(element.innerHTML);
  }
  const stray = customElement(main);
  if (stray)
    throw new Error(
      `Single file: ${where} has a <${stray.tagName.toLowerCase()}> outside any <Widget>. Wrap its island in src/widgets/common/Widget.astro so the file can mount it.`,
    );
}

/**
 * Every element inside a widget in `main`, found once per page: asking each element for its
 * closest widget instead walks up the tree and matches a selector at every step, which took
 * most of this step's time.
 */
const insideWidgets = (main: HTMLElement) => main.querySelectorAll('[data-widget]').flatMap((widget) => widget.querySelectorAll('*'));

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
      const css = element.tagName === 'LINK' ? await readFile(join(dist, element.getAttribute('href')!.slice(base.length)), 'utf8') : element.textContent;
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
  // The pages in the order the contents and the footer list them.
  const listed = home.querySelectorAll('[data-single-file-page]').map((a) => a.getAttribute('data-single-file-page')!);
  if (listed.length === 0)
    throw new Error('Single file: the home page has no [data-single-file-page] links, which StepNav.astro and Footer.astro write to list the pages.');
  const paths = [...new Set(['/', ...listed, '/checklist/blank/'])];
  // A page may list pages of its own (the sources index each source's page, a source its further
  // pages): they follow the page that lists them.
  const documents: HTMLElement[] = [];
  for (let i = 0; i < paths.length; i++) {
    const document = i === 0 ? home : await read(paths[i]!);
    documents.push(document);
    const more = document.querySelectorAll('[data-single-file-page]').map((a) => a.getAttribute('data-single-file-page')!);
    paths.splice(i + 1, 0, ...new Set(more.filter((path) => !paths.includes(path))));
  }
  const ids = Object.fromEntries(paths.map((path) => [path, pageId(path)]));
  const titles = Object.fromEntries(documents.map((document, i) => [paths[i]!, required(document, 'main h1', paths[i]!, 'Chapter.astro').textContent.trim()]));
  // Ids inside widgets stay as they are, because the widgets render them again in the browser
  // (question ids are unique across the guide); every other id gets its page's prefix.
  const widgetIds = Object.fromEntries(
    documents.map((document, i) => [paths[i]!, new Set(insideWidgets(required(document, 'main', paths[i]!, 'Chapter.astro')).flatMap((e) => e.id || []))]),
  );

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
    const main = required(document, 'main', path, 'Chapter.astro');
    main.querySelectorAll('[data-single-file="omit"]').forEach((e) => e.remove());
    prepareWidgets(main, path);
    // The file's one script does the work of the page's scripts; widgets keep their props.
    main.querySelectorAll('script:not([data-widget-props]), style').forEach((e) => e.remove());
    // Site paths printed after links mean nothing in one file, where every page is a section.
    main.querySelectorAll('[data-path]').forEach((e) => e.removeAttribute('data-path'));

    // Ids repeat between pages (every step has "why-this-step-matters"), so prefix them.
    const widgetElements = new Set([...main.querySelectorAll('[data-widget]'), ...insideWidgets(main)]);
    const inWidget = (e: HTMLElement) => widgetElements.has(e);
    for (const element of main.querySelectorAll('[id]')) if (!inWidget(element)) element.id = prefix + element.id;
    for (const element of main.querySelectorAll(ID_REFERENCES.map((a) => `[${a}]`).join(','))) {
      if (inWidget(element)) continue;
      for (const attribute of ID_REFERENCES) {
        const value = element.getAttribute(attribute);
        if (value)
          element.setAttribute(
            attribute,
            value
              .split(/\s+/)
              .map((id) => prefix + id)
              .join(' '),
          );
      }
    }
    // Every page brings the same landmarks ("On this page", "Sources"): each is named after its
    // page as well, so a list of landmarks tells them apart.
    for (const landmark of main.querySelectorAll('nav[aria-labelledby], section[aria-labelledby], aside[aria-labelledby]')) {
      if (!inWidget(landmark)) landmark.setAttribute('aria-labelledby', `${landmark.getAttribute('aria-labelledby')} ${ids[path]}-title`);
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
  const skipLink = required(home, '[data-single-file="skip-link"]', 'the home page', 'SkipLink.astro').outerHTML;
  const header = required(home, '[data-single-file="header"]', 'the home page', 'Header.astro');
  header.querySelectorAll('[data-single-file="omit"]').forEach((e) => e.remove());
  for (const link of header.querySelectorAll('a[href]')) {
    const target = inFile(link.getAttribute('href')!, '/');
    if (target) link.setAttribute('href', `#${target}`);
  }
  required(header, '[data-single-file="site-name"]', 'the header', 'Header.astro').set_content(escape(fill(ui.singleFile.name, { title: site.title })));

  const contents = paths.map((path) => `<li><a href="#${ids[path]}">${escape(titles[path]!)}</a></li>`).join('');
  const css = `${await collectCss(dist, documents, base)}\n${await readFile(OWN_CSS, 'utf8')}`;
  const script = await bundleScript();
  // Progress in the file reads the index from the page, and the checklist and compare the bank: a
  // file opened from disk cannot fetch them. "<" is escaped, so no question's text can end the script.
  const questionIndex = await readFile(join(dist, 'question-index.json'), 'utf8');
  const questionBank = (await readFile(join(dist, 'question-bank.json'), 'utf8')).replace(/</g, '\\u003c');
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
<meta name="theme-color" content="${THEME_COLOR.light}" media="(prefers-color-scheme: light)">
<meta name="theme-color" content="${THEME_COLOR.dark}" media="(prefers-color-scheme: dark)">
<style>${css}</style>
</head>
<body>
${skipLink}
${header.outerHTML}
<div class="page-width page page--wide">
<main id="main" tabindex="-1" class="single-file__main">
<nav class="single-file__contents" aria-labelledby="${CONTENTS_ID}"><h1 id="${CONTENTS_ID}">${escape(ui.site.contents)}</h1>
<p class="single-file__intro">${escape(fill(ui.singleFile.intro, { date: built }))}</p>
<ol>${contents}</ol></nav>
<div class="single-file__pages">
${sections.join('\n')}
</div>
</main>
</div>
<script type="application/json" id="question-index">${questionIndex}</script>
<script type="application/json" id="question-bank">${questionBank}</script>
<script type="application/json" id="single-file-pages">${JSON.stringify(ids)}</script>
<script>${script}</script>
</body>
</html>
`;
  await writeFile(join(dist, SINGLE_FILE_NAME), html);
  return Buffer.byteLength(html);
}
