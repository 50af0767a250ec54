// Search: finds each chapter by words only it contains, never by the controls, and is usable
// by keyboard. The search code loads only when search is opened.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { chapterSources } from './support/site.ts';
import { plainText } from './support/plain-text.ts';
import { ui } from '../src/data/ui.ts';

const chapters = chapterSources().map(({ file, page }) => {
  const source = readFileSync(file, 'utf8');
  const text = plainText(source.replace(/^---[\s\S]*?---/, '')).toLowerCase();
  const title = /^title:\s*"(.+)"$/m.exec(source)?.[1] ?? '';
  return { page, title, text, words: new Set(text.match(/[a-z]{9,}/g) ?? []) };
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
  // Neither pagefind nor the dialog's own code is fetched by a page that is only read.
  expect(requests.filter((u) => u.includes('/pagefind/') || u.includes('search-dialog'))).toEqual([]);
  await search(page, 'secondment');
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

for (const { page: path, title } of chapters) {
  test(`a word only /${path} uses finds that chapter`, async ({ page, watch, baseURL }) => {
    const word = distinctiveWord(path);
    await page.goto('');
    await search(page, word);
    // The sources page quotes the chapters' claims, so it may be found too.
    const found = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(found).toContain(new URL(path, baseURL).href);
    // The result reads as the chapter's title, "Step 1: Identify…", not "Step 1Identify…".
    await expect(page.locator(`[data-search-results] a[href="${new URL(path, baseURL).pathname}"]`)).toHaveText(title);
    await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('results are easy to tell apart: separated items, smaller excerpts, highlights that stand out in bold', async ({ page }) => {
  await page.goto('model/');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await search(page, 'secondment');
    const look = await page.locator('[data-search-results]').evaluate((list) => {
      const [first, second] = [...list.querySelectorAll('li')];
      const excerpt = first!.querySelector('p')!;
      const mark = first!.querySelector('mark')!;
      const style = (e: Element) => getComputedStyle(e);
      const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      // WCAG relative luminance and contrast ratio.
      const luminance = (colour: string) => {
        const [r, g, b] = rgb(colour).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const contrast = (a: string, b: string) => {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (light! + 0.05) / (dark! + 0.05);
      };
      // The colour behind an element: its own, or the nearest ancestor's that is not transparent.
      const behind = (e: Element | null): string => {
        for (; e; e = e.parentElement) if (!/transparent|rgba\(.*, 0\)/.test(style(e).backgroundColor)) return style(e).backgroundColor;
        return 'rgb(255, 255, 255)';
      };
      const page = behind(excerpt);
      return {
        divider: style(second!).borderTopStyle !== 'none' && parseFloat(style(second!).borderTopWidth) >= 1 && contrast(style(second!).borderTopColor, behind(second!)) > 1.2,
        smaller: parseFloat(style(excerpt).fontSize) < parseFloat(style(list.closest('dialog')!).fontSize),
        markStandsOut: contrast(style(mark).backgroundColor, page) > 1.1,
        markReadable: contrast(style(mark).color, behind(mark)) >= 4.5,
        markBold: Number(style(mark).fontWeight) >= 700,
      };
    });
    expect(look, colorScheme).toEqual({ divider: true, smaller: true, markStandsOut: true, markReadable: true, markBold: true });
    await page.keyboard.press('Escape');
  }
});

test('the 404 page is not in the index', async ({ page }) => {
  await page.goto('');
  for (const query of [ui.notFound.title, 'page', 'typed the web address']) {
    await search(page, query);
    await expect(page.locator('[data-search-results] a').filter({ hasText: ui.notFound.title })).toHaveCount(0);
    const links = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.filter((href) => /404/.test(href))).toEqual([]);
    await page.keyboard.press('Escape');
  }
});

test('the controls are not indexed: no result shows their text', async ({ page }) => {
  const controls = [ui.picker.start, ui.picker.edit, ui.picker.switchLabel, ui.picker.editHeading, ui.assessment.noteHint, ui.checklist.exportJson, ui.checklist.shareCreate, ui.compare.hideNames, ui.site.skipLink, ui.site.previous, ui.blank.roleLine];
  // The blank checklist's form lines and tick boxes, as an excerpt would run them together,
  // and the citation markers' "Source 12".
  const scaffolding = [
    { query: ui.answers.partly, text: `${ui.answers.partly}. ${ui.answers.no}.` },
    { query: ui.blank.noteLine, text: `${ui.answers.unknown}. ${ui.blank.noteLine}` },
    { query: ui.blank.partnershipLine, text: `${ui.blank.placeLine}. ${ui.blank.partnershipLine}.` },
    { query: ui.blank.dateLine, text: `${ui.blank.roleLine}. ${ui.blank.dateLine}.` },
    { query: 'source', text: /\bSource \d+/ },
  ];
  await page.goto('');
  for (const { query, text } of [...controls.map((control) => ({ query: control, text: control })), ...scaffolding]) {
    await search(page, query);
    const excerpts = await page.locator('[data-search-results] p').allInnerTexts();
    for (const excerpt of excerpts) {
      if (typeof text === 'string') expect(excerpt.toLowerCase(), `“${text}” found in a result`).not.toContain(text.toLowerCase());
      else expect(excerpt, `${text} found in a result`).not.toMatch(text);
    }
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
  // One Escape closes search, from the box as from anywhere else in it, and focus goes back to
  // the search button.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();

  await page.getByRole('button', { name: 'Search' }).click();
  await expect(box).toHaveValue('pooled fund');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
});

test('the "/" hint shows only where there is a keyboard', async ({ page, browser, baseURL }) => {
  await page.goto('model/');
  await expect(page.locator('.search__key')).toBeVisible();

  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const touch = await phone.newPage();
  await touch.goto('model/');
  await expect(touch.getByRole('button', { name: 'Search' })).toBeVisible();
  await expect(touch.locator('.search__key')).toBeHidden();
  await phone.close();
});

test('without JavaScript the search control is not shown and leaves no gap', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('');
  await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
  // On a narrow screen the header's tools wrap under the name: the checklist link starts the row.
  const name = await page.locator('.site-header__name').boundingBox();
  const checklist = await page.locator('.site-header').getByRole('link', { name: ui.site.checklistLink }).boundingBox();
  expect(Math.abs(checklist!.x - name!.x)).toBeLessThan(2);
  await context.close();
});

test('the 404 page offers search when it can run, and the five steps always', async ({ page, browser, baseURL }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.notFound.title);
  await expect(page.getByText(ui.notFound.steps)).toBeVisible();
  await expect(page.locator('main .step-list a')).toHaveCount(5);
  const offer = page.locator('main').getByRole('button', { name: ui.notFound.search });
  await offer.click();
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(offer).toBeFocused();

  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.goto('no/such/page/');
  await expect(still.getByText(ui.notFound.steps)).toBeVisible();
  await expect(still.locator('main .step-list a')).toHaveCount(5);
  await expect(still.getByRole('button', { name: ui.notFound.search })).toHaveCount(0);
  expect(await still.locator('main').innerText()).not.toMatch(/\bsearch\b/i);
  await noScript.close();
});
