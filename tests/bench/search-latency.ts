// Search latency as a reader feels it: from the keystroke that completes a query to the first
// result painted on screen, with search already warm (opened and used once). The page times
// itself: the keydown's timestamp, then a MutationObserver for the first result link with text,
// then the frame after it is drawn.
import type { Browser, Page } from '@playwright/test';
import { paired, type Paired } from './paired.ts';

/** How to reach a site's search. */
export interface SearchUi {
  open: string;
  input: string;
  /** A result link; it counts as painted once it has text. */
  result: string;
}

export const SITE_SEARCH: SearchUi = { open: '[data-search-open]', input: '[data-search-input]', result: '[data-search-results] a' };
export const STARLIGHT_SEARCH: SearchUi = { open: 'button[data-open-modal]', input: '#starlight__search input', result: 'a.pagefind-ui__result-link' };

/** Real readers' queries, each found in the guide. */
export const QUERIES = ['line management', 'backfill', 'memorandum', 'pay', 'governance', 'legacy', 'conflicts of interest', 'learning partner'];

export async function openSearch(page: Page, ui: SearchUi): Promise<void> {
  await page.locator(ui.open).click();
  await page.locator(ui.input).waitFor();
  // Warm: the search code and index are loaded by one query before anything is timed.
  await timeQuery(page, ui, QUERIES[0]!);
}

/** Milliseconds from the last keystroke of `query` to its first result painted. */
export async function timeQuery(page: Page, ui: SearchUi, query: string): Promise<number> {
  const input = page.locator(ui.input);
  await input.fill('');
  await page.waitForFunction((result) => !document.querySelector(result), ui.result, { timeout: 5000 });
  // All but the last letter go in without an event, so only the last keystroke starts a search.
  await input.evaluate((element, text) => ((element as HTMLInputElement).value = text), query.slice(0, -1));
  await page.evaluate((result) => {
    (window as unknown as { searchTimed: Promise<number> }).searchTimed = new Promise<number>((resolve, reject) => {
      let start: number | undefined;
      document.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const link = document.querySelector(result);
        if (start === undefined || !link?.textContent?.trim()) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start!)));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      setTimeout(() => reject(new Error('no result painted within 10 s')), 10_000);
    });
  }, ui.result);
  await input.press(query.at(-1)!);
  return page.evaluate(() => (window as unknown as { searchTimed: Promise<number> }).searchTimed);
}

/** Times every query `rounds` times on this site and, when given, the peer, alternately. */
export async function searchLatency(browser: Browser, mineUrl: string, peerUrl: string | undefined, rounds: number): Promise<Paired<number>> {
  const open = async (url: string, ui: SearchUi) => {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await openSearch(page, ui);
    return page;
  };
  const mine = await open(mineUrl, SITE_SEARCH);
  const peer = peerUrl ? await open(peerUrl, STARLIGHT_SEARCH) : undefined;
  const queries = Array.from({ length: rounds }, () => QUERIES).flat();
  return paired(
    queries.length,
    (i) => timeQuery(mine, SITE_SEARCH, queries[i]!),
    peer && ((i) => timeQuery(peer, STARLIGHT_SEARCH, queries[i]!)),
    'Search, keystroke to results painted:',
  );
}
