// The search dialog: loaded on first use (search-button.ts), it loads pagefind and lists results,
// each linked to the section of its page where the matches are.
import { fill } from '../lib/text.ts';
import { chaptersFirst, combineResults, searchesFor, sectionsByRelevance, tidyExcerpt, type Section } from '../lib/search-query.ts';
import terms from '../../content/search-synonyms.json' with { type: 'json' };

interface PagefindData {
  url: string;
  /** The page's indexed text, which a section's match locations count words of. */
  content: string;
  meta: { title?: string };
  sub_results: Section[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
type SearchCopy = (typeof import('../../content/ui/pages.json'))['search'];
interface Search {
  pagefind: Pagefind;
  /** The pages Chapter.astro marks as chapters (group:chapter), which results list first. */
  chapters: ReadonlySet<string>;
}

/** Results listed; the count says how many there are in all. */
const SHOWN = 10;
/** Other matching sections of a page linked under its result. */
const MORE_SECTIONS = 2;
/** Screen readers hear the count once typing pauses, not after every key. */
const ANNOUNCE_AFTER_MS = 700;

let search: Promise<Search> | undefined;
let searchReady = false;

/** Loads pagefind from the site's base path, which the page gives in data-base. */
function loadSearch(base: string): Promise<Search> {
  // A plain variable, so the bundler leaves this import to the browser.
  const url = base + 'pagefind/pagefind.js';
  search ??= import(/* @vite-ignore */ url).then(async (pagefind: Pagefind) => {
    await pagefind.options({ baseUrl: base });
    const chapters = await pagefind.search(null, { filters: { group: 'chapter' } });
    searchReady = true;
    return { pagefind, chapters: new Set(chapters.results.map((r) => r.id)) };
  });
  return search;
}

/** A page found, with the search that found it best (the query, or the query with a synonym). */
interface Found {
  id: string;
  score: number;
  query: string;
  result: PagefindResult;
}

/** Every page matching the query or its synonyms, chapters first. */
async function find({ pagefind, chapters }: Search, typed: string): Promise<Found[]> {
  const run = async (query: string) => (await pagefind.search(query)).results.map((result) => ({ id: result.id, score: result.score, query, result }));
  const ids = async (phrase: string) => new Set((await pagefind.search(phrase)).results.map((result) => result.id));
  const { own, synonyms } = searchesFor(typed, terms);
  const [ownResults, exact, ...viaSynonyms] = await Promise.all([
    run(own),
    // With synonyms, an exact search tells which pages hold the reader's own words.
    synonyms.length ? ids(`"${own.replace(/"/g, '')}"`) : new Set<string>(),
    ...synonyms.map(async ({ query, phrase }) => {
      const [results, holding] = await Promise.all([run(query), ids(phrase)]);
      return results.filter((result) => holding.has(result.id));
    }),
  ]);
  return chaptersFirst(combineResults(ownResults, viaSynonyms, exact), chapters);
}

/** Copies pagefind's excerpt as text, keeping only its <mark> highlights: no markup gets through. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${tidyExcerpt(excerpt)}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

/**
 * One result: a link to the section whose matches weigh most, named by page and section, its
 * excerpt, and links to the next best sections of the same page.
 */
function resultItem(page: PagefindData, query: string, copy: SearchCopy): HTMLLIElement {
  const title = page.meta.title ?? page.url;
  // Split as pagefind splits it when it numbers the words.
  const words = page.content.split(/[^\S\uFEFF]+/);
  const [best, ...others] = sectionsByRelevance(page.sub_results, words, query);
  const link = element('a', 'search__link', element('span', 'search__page', title));
  link.href = best?.url ?? page.url;
  // The page's own top needs no section name; a section under a heading is named after the page.
  if (best?.anchor) link.append(element('span', 'visually-hidden', ' – '), element('span', 'search__section', best.title));
  const item = element('li', '', link, element('p', 'search__excerpt', ...excerptNodes(best?.excerpt ?? '')));
  const more = others.filter((section) => section.anchor).slice(0, MORE_SECTIONS);
  if (more.length) {
    const links = more.map((section) => {
      const a = element('a', '', section.title);
      a.href = section.url;
      return element('li', '', a);
    });
    const list = element('ul', 'search__more-list', ...links);
    list.setAttribute('role', 'list');
    item.append(element('div', 'search__more', element('span', 'search__more-label', copy.more), ' ', list));
  }
  return item;
}

let opener: ((from: HTMLElement) => void) | undefined;

/** Opens the search dialog, wiring it up the first time; closing it puts focus back on `from`. */
export function openSearch(root: HTMLElement, from: HTMLElement) {
  opener ??= wire(root);
  opener(from);
}

function wire(root: HTMLElement): (from: HTMLElement) => void {
  // The wording comes with the page, so this script carries no copy of its own.
  const copy = JSON.parse(root.dataset.copy ?? '{}') as SearchCopy;
  const base = root.dataset.base ?? '/';
  const dialog = root.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const announcer = root.querySelector<HTMLElement>('[data-search-announce]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  // Loaded beside the dialog, not with it: a static import shared with the islands would have
  // every page's script list it for preloading, and reading pages have no bytes to spare.
  const counting = import('../lib/plural.ts');

  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  // The visible status changes with every key; the live region says it once typing pauses.
  const say = (text: string, now = false) => {
    status.textContent = text;
    clearTimeout(announceTimer);
    if (now) announcer.textContent = text;
    else announceTimer = setTimeout(() => (announcer.textContent = text), ANNOUNCE_AFTER_MS);
  };

  let returnTo: HTMLElement | undefined;
  const open = (from: HTMLElement) => {
    if (!dialog.open) {
      returnTo = from;
      dialog.showModal();
    }
    input.focus();
    input.select();
    // Pagefind starts loading as the dialog opens, so it is usually ready by the first key.
    void loadSearch(base).catch(() => say(copy.offline, true));
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

  // A result on the page being read: close search and take focus to the section itself, so the
  // next Tab continues from there rather than from the search button.
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const target = new URL(link.href);
    if (target.pathname !== location.pathname || !target.hash) return;
    const section = document.getElementById(decodeURIComponent(target.hash.slice(1)));
    if (!section) return;
    event.preventDefault();
    returnTo = undefined;
    dialog.close();
    if (location.hash === target.hash) section.scrollIntoView();
    else location.hash = target.hash;
    if (!section.hasAttribute('tabindex')) section.setAttribute('tabindex', '-1');
    section.focus({ preventScroll: true });
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

  // No debounce: each key's search runs at once, and a newer one makes older answers stale.
  let latest = 0;
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const run = ++latest;
    if (!query) {
      list.replaceChildren();
      say('');
      return;
    }
    try {
      if (!searchReady) say(copy.loading);
      const results = await find(await loadSearch(base), query);
      if (run !== latest) return;
      const shown = results.slice(0, SHOWN);
      const pages = await Promise.all(shown.map((found) => found.result.data()));
      if (run !== latest) return;
      list.replaceChildren(...pages.map((page, i) => resultItem(page, shown[i]!.query, copy)));
      const count = results.length;
      say(count === 0 ? fill(copy.none, { query }) : (await counting).plural(copy.results, count, { query }));
    } catch {
      if (run === latest) say(copy.offline, true);
    }
  });
  return open;
}
