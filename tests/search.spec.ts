// Search: finds each chapter by words only it contains, never by the controls, and is usable
// by keyboard. The search code loads only when search is opened.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { chapterSources } from './support/site.ts';
import { plainText } from '../src/lib/citations.ts';
import { ui } from '../src/data/ui.ts';

const chapters = chapterSources().map(({ file, page }) => {
  const text = plainText(readFileSync(file, 'utf8').replace(/^---[\s\S]*?---/, '')).toLowerCase();
  return { page, text, words: new Set(text.match(/[a-z]{9,}/g) ?? []) };
});

/** A long word found in this chapter's text and in no other chapter. */
function distinctiveWord(page: string): string {
  const own = chapters.find((c) => c.page === page)!;
  const others = chapters.filter((c) => c.page !== page);
  const word = [...own.words].sort().find((w) => others.every((o) => !o.words.has(w)));
  if (!word) throw new Error(`no word unique to /${page}`);
  return word;
}

async function search(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the guide' });
  await box.fill(query);
  await expect(page.locator('[data-search-status]')).toHaveText(/result|No results/);
}

test('the search code loads only when search is opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('model/', { waitUntil: 'networkidle' });
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await search(page, 'secondment');
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

for (const { page: path } of chapters) {
  test(`a word only /${path} uses finds that chapter`, async ({ page, watch, baseURL }) => {
    const word = distinctiveWord(path);
    await page.goto('');
    await search(page, word);
    // The sources page quotes the chapters' claims, so it may be found too.
    const found = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(found).toContain(new URL(path, baseURL).href);
    await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('the controls are not indexed: no result shows their text', async ({ page }) => {
  const controls = [ui.picker.start, ui.picker.change, ui.picker.switchLabel, ui.picker.editHeading, ui.assessment.noteHint, ui.checklist.exportJson, ui.checklist.shareCreate, ui.compare.hideNames, ui.site.skipLink, ui.site.previous];
  await page.goto('');
  for (const control of controls) {
    await search(page, control);
    const excerpts = await page.locator('[data-search-results] p').allInnerTexts();
    for (const excerpt of excerpts) expect(excerpt.toLowerCase(), `“${control}” found in a result`).not.toContain(control.toLowerCase());
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  }
});

test('search opens with "/" and its results are reached with the arrow keys', async ({ page }) => {
  await page.goto('model/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the guide' });
  await expect(box).toBeFocused();
  await page.keyboard.type('pooled fund');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results? for “pooled fund”/);
  await page.keyboard.press('ArrowDown');
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  // The first Escape clears the box, as in any search field; the second closes search.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('without JavaScript the search control is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('');
  await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
  await context.close();
});
