// Reading and seeding the site's storage from tests.
import type { Page } from '@playwright/test';

/** Everything in localStorage, as the page sees it. */
export function storedItems(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** Replaces localStorage with the given items, then reloads so the page reads them. */
export async function seedStorage(page: Page, items: Record<string, string>) {
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, items);
  await page.reload();
}

/** The ids of every question in the bank, from the index the site publishes for its progress markers. */
export async function questionIds(page: Page): Promise<string[]> {
  const index = (await (await page.request.get('question-index.json')).json()) as { q: [string][] };
  return index.q.map((row) => row[0]);
}
