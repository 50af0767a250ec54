// Search: finds each chapter by words only it contains, and the sector's other names for
// things; lands on the section that matches; lists chapters before the checklists, sources and
// notices; never shows the controls; reads cleanly; and is usable by keyboard, with a shortcut
// that a stray key press cannot set off. The search code loads only when search is opened.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { chapterSources } from './support/site.ts';
import { expectNoViolations } from './support/a11y.ts';
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
  await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`(result|No results).*${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

/** The pages listed, in order, as paths; a result's first link names the page and the section. */
async function resultPages(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
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

test('when search is gone from the server because a newer version was published, the page says so and its reload takes focus', async ({ page }) => {
  await page.goto('model/');
  // The page stays open while the site is published again: its search file is no longer there.
  await page.route('**/search-dialog.*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.getByRole('button', { name: 'Search' }).click();
  const notice = page.locator('[data-update-notice]');
  await expect(notice.getByRole('status')).toHaveText(ui.offline.updateReady);
  await expect(notice.getByRole('button', { name: ui.offline.reload })).toBeFocused();
  await page.unroute('**/search-dialog.*.js');
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await expect(notice.getByRole('status')).toHaveText('');
  await search(page, 'secondment');
});

for (const { page: path, title } of chapters) {
  test(`a word only /${path} uses finds that chapter`, async ({ page, watch, baseURL }) => {
    const word = distinctiveWord(path);
    await page.goto('');
    await search(page, word);
    // The sources page quotes the chapters' claims, so it may be found too.
    const pathname = new URL(path, baseURL).pathname;
    const at = (await resultPages(page)).indexOf(pathname);
    expect(at, `${pathname} among the results`).toBeGreaterThanOrEqual(0);
    // The result reads as the chapter's title, "Step 1: Identify…", not "Step 1Identify…".
    const result = page.locator('[data-search-results] > li').nth(at);
    await expect(result.locator('.search__page')).toHaveText(title);
    await expect(result.locator('mark').first()).toBeVisible();
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('results are easy to tell apart: separated items, smaller excerpts, highlights that stand out in bold', async ({ page }) => {
  await page.goto('model/');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await search(page, 'secondment');
    const look = await page.locator('[data-search-results]').evaluate((list) => {
      const [first, second] = [...list.querySelectorAll(':scope > li')];
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
        divider:
          style(second!).borderTopStyle !== 'none' &&
          parseFloat(style(second!).borderTopWidth) >= 1 &&
          contrast(style(second!).borderTopColor, behind(second!)) > 1.2,
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
  const controls = [
    ui.picker.start,
    ui.picker.edit,
    ui.picker.switchLabel,
    ui.picker.editHeading,
    ui.assessment.noteHint,
    ui.checklist.exportJson,
    ui.checklist.shareCreate,
    ui.compare.hideNames,
    ui.site.skipLink,
    ui.site.previous,
    ui.blank.roleLine,
  ];
  // The blank checklist's form lines and tick boxes, as an excerpt would run them together,
  // the citation markers' "Source 12", and the notes at the foot of each chapter.
  const scaffolding = [
    { query: ui.answers.partly, text: `${ui.answers.partly}. ${ui.answers.no}.` },
    { query: ui.blank.noteLine, text: `${ui.answers.unknown}. ${ui.blank.noteLine}` },
    { query: ui.blank.partnershipLine, text: `${ui.blank.placeLine}. ${ui.blank.partnershipLine}.` },
    { query: ui.blank.dateLine, text: `${ui.blank.roleLine}. ${ui.blank.dateLine}.` },
    { query: 'source', text: /\bSource \d+/ },
    { query: ui.citations.about, text: ui.citations.about },
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

test('search opens with Ctrl+K and its results are reached with the arrow keys', async ({ page }) => {
  await page.goto('model/');
  await expect(page.getByRole('button', { name: 'Search' })).toHaveAttribute('aria-keyshortcuts', 'Control+K');
  await page.keyboard.press('Control+K');
  const box = page.getByRole('searchbox', { name: 'Search the guide' });
  await expect(box).toBeFocused();
  await page.keyboard.type('pooled fund');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results? for “pooled fund”/);
  // Screen readers hear the count from the live region once typing stops.
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/\d+ results? for “pooled fund”/);
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

test('a single key never opens search: "/" and "k" type as usual (WCAG 2.1.4)', async ({ page }) => {
  await page.goto('checklist/');
  // Search has been used once, so opening it would take no loading at all.
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.locator('main').click({ position: { x: 1, y: 1 } });
  for (const key of ['/', 'k', 'K', 'Shift+K']) {
    await page.keyboard.press(key);
    await expect(page.getByRole('dialog'), key).toBeHidden();
  }
});

test('on Apple devices the shortcut and its hint use ⌘', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
  const page = await context.newPage();
  await page.goto('model/');
  const button = page.getByRole('button', { name: 'Search' });
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'Meta+K');
  await expect(page.locator('.search__key kbd:visible')).toHaveText(ui.search.shortcutMac);
  await page.keyboard.press('Meta+K');
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeFocused();
  await context.close();
});

test('the shortcut hint shows only where there is a keyboard', async ({ page, browser, baseURL }) => {
  await page.goto('model/');
  await expect(page.locator('.search__key kbd:visible')).toHaveText(ui.search.shortcut);

  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const touch = await phone.newPage();
  await touch.goto('model/');
  await expect(touch.getByRole('button', { name: 'Search' })).toBeVisible();
  await expect(touch.locator('.search__key')).toBeHidden();
  await phone.close();
});

test('a search result lands on its section', async ({ page, baseURL }) => {
  // From another page: "line management" is discussed under one heading of step 4, a long page.
  await page.goto('');
  await search(page, 'line management');
  const first = page.locator('[data-search-results] > li > a').first();
  await expect(first.locator('.search__page')).toHaveText('Step 4: Manage the secondment well');
  await expect(first.locator('.search__section')).toHaveText('Management across two organisations');
  await expectNoViolations(page, 'results with sections');
  await first.click();
  await expect(page).toHaveURL(new URL('steps/4-manage-secondments/#management-across-two-organisations', baseURL).href);
  const heading = page.getByRole('heading', { name: 'Management across two organisations' });
  await expect(heading).toBeInViewport();

  // On the page itself, by keyboard: search closes, the page scrolls to the section, and the
  // next Tab starts from there.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('Control+K');
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('backfill');
  await expect(page.locator('[data-search-status]')).toHaveText(/results? for “backfill”/);
  await page.keyboard.press('Enter');
  const target = page.locator('[data-search-results] > li > a').first();
  await expect(target).toBeFocused();
  const hash = new URL((await target.getAttribute('href'))!, baseURL).hash;
  expect(hash).not.toBe('');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  const section = page.locator(hash);
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();
  await expectNoViolations(page, 'after going to a section');
});

test('other sections that match are linked under a result', async ({ page, baseURL }) => {
  await page.goto('');
  await search(page, 'line management');
  const more = page.locator('[data-search-results] > li').first().locator('.search__more a');
  await expect(more.first()).toBeVisible();
  for (const href of await more.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
    expect(href.startsWith(new URL('steps/4-manage-secondments/#', baseURL).href), href).toBe(true);
  }
});

test('abbreviations and other names find what the guide calls them', async ({ page }) => {
  await page.goto('');
  // None of these is a word the guide uses.
  for (const [typed, expected, words] of [
    ['MOU', '/steps/2-partnership/', /memorandum understanding/i],
    ['ToR', '/steps/2-partnership/', /terms reference/i],
    ['VCSE', undefined, /civil society/i],
    ['onboarding', '/steps/4-manage-secondments/', /induction/i],
  ] as const) {
    await search(page, typed);
    const pages = await resultPages(page);
    expect(pages.length, typed).toBeGreaterThan(0);
    if (expected) expect(pages, typed).toContain(expected);
    // The guide's own words are what the excerpt shows highlighted.
    const marked = (await page.locator('[data-search-results] > li').first().locator('mark').allInnerTexts()).join(' ');
    expect(marked, typed).toMatch(words);
    await page.keyboard.press('Escape');
  }
});

test('chapters are listed before the checklists, sources and notices', async ({ page }) => {
  // Pages that are not chapters of the guide; "secondee" is on almost every page, and the blank
  // checklist, dense with it, used to come first.
  const notChapters = ['checklist/', 'checklist/blank/', 'compare/', 'sources/', 'accessibility/', 'privacy/'];
  // The sources index, and each source's pages under it.
  const notChapter = (p: string) => notChapters.includes(p) || p.startsWith('sources/');
  await page.goto('');
  for (const query of ['secondee', 'backfill', 'memorandum']) {
    await search(page, query);
    const pages = (await resultPages(page)).map((p) => p.replace(/^\//, ''));
    const firstOther = pages.findIndex(notChapter);
    expect(firstOther, query).toBeGreaterThan(0);
    expect(pages.slice(firstOther).every(notChapter), `${query}: ${pages.join(', ')}`).toBe(true);
    await page.keyboard.press('Escape');
  }
});

test('excerpts read as the page does: no word run into the next, no space before punctuation', async ({ page }) => {
  await page.goto('');
  // Each touches markup that once ran words together or left a gap: key figures, the blank
  // checklist's numbers and tags, the sources' details, a quote's caption, citation markers.
  for (const query of ['organisations applied', 'essential', 'secondee pay', 'published', 'whole package', 'line management', 'pooled fund']) {
    await search(page, query);
    for (const excerpt of await page.locator('.search__excerpt').allInnerTexts()) {
      expect(excerpt, query).not.toMatch(/\s[.,;:!?)]/);
      expect(excerpt, query).not.toMatch(/\d[A-Za-z]{3,}/);
      expect(excerpt, query).not.toMatch(/[a-z][.?!:][A-Z]/);
    }
    await page.keyboard.press('Escape');
  }
});

test('search results pass axe on a phone, in both colour schemes', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('steps/1-shared-goals/');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await search(page, 'MOU');
    await expectNoViolations(page, `results, ${colorScheme}`);
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('zzzqqq');
    await expect(page.locator('[data-search-status]')).toHaveText(/No results/);
    await expectNoViolations(page, `no results, ${colorScheme}`);
    await page.keyboard.press('Escape');
  }
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
