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

/** The file's name in the built site; the footer links to it. */
export const SINGLE_FILE_NAME = 'secondment-guide-offline.html';

const ENTRY = fileURLToPath(new URL('../widgets/single-file/main.ts', import.meta.url));
const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];

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

/** Builds <dist>/secondment-guide-offline.html from the built pages; returns its size in bytes. */
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
      const href = link.getAttribute('href')!;
      if (href.startsWith('#')) {
        link.setAttribute('href', `#${prefix}${href.slice(1)}`);
      } else if (href.startsWith(base)) {
        const [pathPart, hash] = href.slice(base.length - 1).split('#');
        const target = ids[pathPart!];
        if (target) link.setAttribute('href', hash ? `#${target}--${hash}` : `#${target}`);
      }
    }
    const title = main.querySelector('h1');
    title?.setAttribute('id', `${ids[path]}-title`);
    return `<article class="single-file__page" id="${ids[path]}" aria-labelledby="${ids[path]}-title">${main.innerHTML}</article>`;
  });

  const contents = documents
    .map((document, i) => `<li><a href="#${ids[paths[i]!]}">${document.querySelector('main h1')!.textContent.trim()}</a></li>`)
    .join('');
  const css = `${await collectCss(dist, documents, base)}
.single-file__page + .single-file__page { margin-block-start: var(--space-8); padding-block-start: var(--space-6); border-block-start: 6px solid var(--color-accent); }
.single-file__contents ol { padding-inline-start: 1.5em; }
.single-file__intro { max-inline-size: var(--measure); }
@media print { .single-file__page + .single-file__page { break-before: page; border: 0; } .single-file__contents { display: none; } }`;
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
<title>${site.fullTitle} – offline edition</title>
<meta name="description" content="${site.tagline}: the whole guide, the readiness check and the checklist in one file that works without a network.">
<meta name="color-scheme" content="light dark">
<style>${css}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="page-width site-header__inner"><p class="site-header__name">${site.title}: offline edition</p></div></header>
<div class="page-width page page--wide">
<main id="main" tabindex="-1">
<nav class="single-file__contents" aria-labelledby="single-file-contents"><h2 id="single-file-contents">Contents</h2>
<p class="single-file__intro">This file holds the whole guide, built on ${built}. Open it in any browser, with or without a network. Answers you give are saved in this browser on this device.</p>
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
