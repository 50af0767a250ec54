// The search dialog: loaded on first use (search-button.ts), it loads pagefind and lists results.
import { fill } from '../lib/text.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads pagefind from the site's base path, which the page gives in data-base. */
function loadPagefind(base: string): Promise<Pagefind> {
  // A plain variable, so the bundler leaves this import to the browser.
  const url = base + 'pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base });
    return module;
  });
  return pagefind;
}



/** Copies pagefind's excerpt as text, keeping only its <mark> highlights: no markup gets through. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

let opener: ((from: HTMLElement) => void) | undefined;

/** Opens the search dialog, wiring it up the first time; closing it puts focus back on `from`. */
export function openSearch(root: HTMLElement, from: HTMLElement) {
  opener ??= wire(root);
  opener(from);
}

function wire(root: HTMLElement): (from: HTMLElement) => void {
  // The wording comes with the page, so this script carries no copy of its own.
  const copy = JSON.parse(root.dataset.copy ?? '{}') as typeof import('../../content/ui/pages.json')['search'];
  const base = root.dataset.base ?? '/';
  const dialog = root.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  // Loaded beside the dialog, not with it: a static import shared with the islands would have
  // every page's script list it for preloading, and reading pages have no bytes to spare.
  const counting = import('../lib/plural.ts');

  let returnTo: HTMLElement | undefined;
  const open = (from: HTMLElement) => {
    returnTo = from;
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    void loadPagefind(base).catch(() => (status.textContent = copy.offline));
  };
  // However search closes (button, backdrop, Escape), focus goes back to what opened it.
  dialog.addEventListener('close', () => returnTo?.focus());
  root.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  // One Escape closes search from anywhere in it. A search box would otherwise take the first
  // press to clear itself; the query is kept, selected, for when search is opened again.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.focus();
  });

  // Arrow keys move between the box and the results; Tab works as usual.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });

  let latest = 0;
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const run = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = copy.loading;
    try {
      const search = await (await loadPagefind(base)).debouncedSearch(query, {}, 200);
      if (!search || run !== latest) return;
      const results = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      if (run !== latest) return;
      list.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = result.url;
          link.textContent = result.meta.title ?? result.url;
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(result.excerpt));
          item.append(link, excerpt);
          return item;
        }),
      );
      const count = search.results.length;
      status.textContent = count === 0 ? fill(copy.none, { query }) : (await counting).plural(copy.results, count, { query });
    } catch {
      status.textContent = copy.offline;
    }
  });
  return open;
}
