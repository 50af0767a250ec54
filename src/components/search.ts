// Wires the header search: opens the dialog, loads pagefind on first use, lists results.
// Named imports keep the rest of the interface copy out of this small script.
import { search as copy } from '../../content/ui.json';
import { fill } from '../lib/text.ts';
import { withBase } from '../lib/url.ts';

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

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ withBase('/pagefind/pagefind.js')).then(async (module: Pagefind) => {
    await module.options({ baseUrl: withBase('/') });
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

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Reveals the search control and makes it work. */
export function mountSearch() {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const dialog = root.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  root.hidden = false;

  const open = () => {
    dialog.showModal();
    input.focus();
    input.select();
    void loadPagefind().catch(() => (status.textContent = copy.offline));
  };
  root.querySelector('[data-search-open]')!.addEventListener('click', open);
  root.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.focus();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target) && !dialog.open) {
      event.preventDefault();
      open();
    }
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
      const search = await (await loadPagefind()).debouncedSearch(query, {}, 200);
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
      status.textContent = count === 0 ? fill(copy.none, { query }) : fill(count === 1 ? copy.one : copy.count, { count, query });
    } catch {
      status.textContent = copy.offline;
    }
  });
}
