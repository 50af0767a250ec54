// Offline: after one visit every page, search and the assessment work with the network cut; a
// new version is offered politely; a copy opened from disk and the single-file edition work.
import { cpSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { builtPages } from './support/site.ts';
import { serveFolder } from './support/static-server.ts';
import { pdfText } from './support/pdf-text.ts';
import { ui } from '../src/data/ui.ts';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has installed everything and controls the page. */
async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

test('after a first visit, every page, search, answers, the checklist and export work offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('');
  await waitForOfflineReady(page);
  await context.setOffline(true);

  for (const path of builtPages()) {
    await page.goto(path);
    await expect(page.locator('h1'), `/${path} offline`).toBeVisible();
  }

  await page.goto('model/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('pooled fund');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results? for “pooled fund”/);

  await page.goto('steps/1-shared-goals/');
  await page.locator('.assessment').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  const question = page.locator('fieldset.question').first();
  await question.getByRole('radio', { name: 'Not yet' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

  await page.goto('checklist/');
  await waitForIslands(page);
  await expect(page.locator('.checklist-step').first()).toContainText('Your answer: Not yet');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for this guide (JSON)' }).click()]);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8')).assessment.answers['s1-political-sponsor']).toMatchObject({ value: 'no' });
  await page.emulateMedia({ media: 'print' });
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
  await context.setOffline(false);
});

test('offline, an unknown address shows the guide’s 404 page and an address without its last slash opens the page', async ({ page, context }) => {
  await page.goto('');
  await waitForOfflineReady(page);
  await context.setOffline(true);

  await page.goto('no/such/page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.notFound.title);
  await expect(page.locator('main .step-list a')).toHaveCount(5);
  // Its links still work offline.
  await page
    .locator('main .step-list')
    .getByRole('link', { name: /^Step 2:/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Establish a mechanism for partnership');

  await page.goto('steps/1-shared-goals');
  expect(new URL(page.url()).pathname).toBe('/steps/1-shared-goals/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Identify the opportunity');
  // The page's relative links resolve from the right folder.
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Establish a mechanism for partnership');
  await context.setOffline(false);
});

test('a newly published version is offered, and loads only when the reader asks', async ({ browser }) => {
  test.setTimeout(90_000);
  const copy = mkdtempSync(join(tmpdir(), 'guide-'));
  cpSync('dist', copy, { recursive: true });
  const { server, url } = await serveFolder(copy);
  try {
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await page.goto('model/');
    await waitForOfflineReady(page);
    const notice = page.locator('[data-update-notice]');
    await expect(notice.getByRole('button', { name: 'Reload to update' })).toBeHidden();
    // Screen readers announce words written into a live region already on the page: it is there
    // from the start, empty, and not display:none.
    const region = notice.getByRole('status');
    await expect(region).toHaveText('');
    expect(await region.evaluate((e) => e.checkVisibility())).toBe(true);

    // Publish a new build: the worker's file changes, as it does when any page changes.
    appendFileSync(join(copy, 'sw.js'), '\n// new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(region).toHaveText(ui.offline.updateReady, { timeout: 15_000 });
    await expect(notice).toBeVisible();

    // Nothing happens by itself: the new version waits, not in control, in the same document. The
    // page reloads only when its controller changes, and only the reader's choice makes the new
    // version take over; one that took over by itself would be active here, not waiting.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const state = await page.evaluate(async () => ({
      waiting: (await navigator.serviceWorker.getRegistration())?.waiting?.state,
      marker: (window as unknown as { marker?: number }).marker,
    }));
    expect(state).toEqual({ waiting: 'installed', marker: 1 });

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to update' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    await expect(notice.getByRole('button', { name: 'Reload to update' })).toBeHidden();
    await expect(notice.getByRole('status')).toHaveText('');
    await context.close();
  } finally {
    server.close();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('the browser bar takes the header colour, in light and in dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('model/');
    const { bar, header } = await page.evaluate(() => {
      const meta = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find((m) => !m.media || matchMedia(m.media).matches)!;
      const probe = document.createElement('span');
      probe.style.color = meta.content;
      document.body.append(probe);
      return { bar: getComputedStyle(probe).color, header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor };
    });
    expect(bar, colorScheme).toBe(header);
  }
});

test.describe('from disk', () => {
  const onlyFiles = (page: Page) => {
    const other: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) other.push(r.url());
    });
    return other;
  };

  test('the built folder opened from disk shows styled pages whose links work', async ({ page }) => {
    const other = onlyFiles(page);
    await page.goto(pathToFileURL(resolve('dist/index.html')).href);
    const headerColour = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(headerColour).not.toBe('rgba(0, 0, 0, 0)');
    await expect(page.getByText('You are reading a copy opened from a folder on disk')).toBeVisible();

    await page.locator('.guide-nav').getByRole('link', { name: 'The model' }).click();
    await expect(page.locator('h1')).toHaveText('The secondment model');
    expect(page.url()).toMatch(/\/model\/index\.html$/);
    await page.locator('.on-this-page a').nth(1).click();
    expect(page.url()).toMatch(/\/model\/index\.html#.+/);
    await page.getByRole('link', { name: /^Next/ }).click();
    await expect(page.locator('h1')).toHaveText('Starting in your place');
    await page.getByRole('link', { name: /^Next/ }).click();
    await expect(page.locator('h1')).toContainText('Identify the opportunity');
    // No dead controls: the step's notice says what works from disk instead.
    await page.locator('.assessment').scrollIntoViewIfNeeded();
    await expect(page.getByText('Saving answers does not work in a copy opened from a folder')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Name your assessment' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
    // The blank checklist prints from disk too.
    await page.goto(pathToFileURL(resolve('dist/checklist/blank/index.html')).href);
    await expect(page.getByRole('button', { name: ui.blank.print })).toBeVisible();
    expect(other).toEqual([]);
  });

  test('the single-file edition keeps an answer across a reload and exports JSON', async ({ page, watch }) => {
    const other = onlyFiles(page);
    await page.goto(pathToFileURL(resolve('dist/secondment-guide-offline.html')).href);
    await expect(page.getByRole('heading', { name: 'Contents' })).toBeVisible();
    const step1 = page.locator('#page-steps-1-shared-goals');
    const question = step1.locator('fieldset.question').first();
    await question.getByRole('radio', { name: 'Partly' }).check();
    await expect(step1.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
    await page.reload();
    await expect(page.locator('#page-steps-1-shared-goals fieldset.question').first().getByRole('radio', { name: 'Partly' })).toBeChecked();

    const checklist = page.locator('#page-checklist');
    await expect(checklist.locator('.checklist-step').first()).toContainText('Your answer: Partly');
    const [download] = await Promise.all([page.waitForEvent('download'), checklist.getByRole('button', { name: 'Export for this guide (JSON)' }).click()]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file.assessment.answers['s1-political-sponsor']).toMatchObject({ value: 'partly' });

    // Links between chapters stay inside the file.
    await page
      .locator('#page-home .task-list')
      .getByRole('link', { name: /^Step 2:/ })
      .click();
    expect(page.url()).toMatch(/secondment-guide-offline\.html#page-steps-2-partnership$/);
    await expect(page.locator('#page-steps-2-partnership h1')).toBeInViewport();
    expect(other).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  const singleFile = pathToFileURL(resolve('dist/secondment-guide-offline.html')).href;

  test('the single-file edition looks like the site: skip link until focused, the dark header bar', async ({ page }) => {
    await page.goto(singleFile);
    const skip = page.getByRole('link', { name: ui.site.skipLink });
    await expect(skip).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const colours = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours.header).not.toBe('rgba(0, 0, 0, 0)');
    expect(colours.header).not.toBe(colours.page);
    // The contents list reads "Step 1: Identify…", not "Step 1Identify…".
    await expect(page.locator('.single-file__contents').getByRole('link', { name: /^Step 1: Identify/ })).toBeVisible();
  });

  test('in the single-file edition every in-page link leads somewhere, and every page leads back to the contents', async ({ page }) => {
    await page.goto(singleFile);
    await page.waitForFunction(() => document.querySelector('[data-widget] fieldset.question') !== null);
    // Links to "#id" must find their element; widgets' site links ("/steps/…/#id") are sent to a
    // place in the file by the file's script, using the page map the file carries.
    const dead = await page.evaluate(() => {
      const pages = JSON.parse(document.getElementById('single-file-pages')!.textContent!) as Record<string, string>;
      const exists = (id: string) => document.getElementById(decodeURIComponent(id)) !== null;
      return [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => {
          if (href.startsWith('#')) return !exists(href.slice(1));
          if (!href.startsWith('/')) return false;
          const url = new URL(href, 'https://site.invalid/');
          const page = pages[url.pathname];
          const id = url.hash.slice(1);
          return !page || (id !== '' && !exists(id) && !exists(`${page}--${id}`));
        });
    });
    expect(dead).toEqual([]);

    // From Sources to a source's page, and from there a readiness question's link opens that question.
    await page
      .locator('#page-sources')
      .getByRole('link', { name: /^Where the guide cites it \(Learning partner report/ })
      .click();
    await expect(page.locator('#page-sources-002 h1')).toBeInViewport();
    await page.locator('#page-sources-002 .source-page__where a[href="#s1-written-goals"]').click();
    await expect(page.locator('#s1-written-goals')).toBeInViewport();

    // Every page has a way back to the contents, and "Guide contents" is one of them.
    const pages = page.locator('.single-file__page');
    const count = await pages.count();
    await expect(page.locator('.single-file__page > .single-file__back a')).toHaveCount(count);
    await page.locator('#page-steps-3-add-value').getByRole('link', { name: ui.singleFile.back }).click();
    await expect(page.getByRole('heading', { name: ui.site.contents, exact: true })).toBeInViewport();
    await page.locator('#page-steps-4-manage-secondments').getByRole('link', { name: ui.site.contents, exact: true }).click();
    await expect(page.getByRole('heading', { name: ui.site.contents, exact: true })).toBeInViewport();
  });

  test('in the single-file edition, Print on the checklist prints the checklist only', async ({ page }) => {
    // Record the print instead of opening the browser's dialog; the page prepares as for a real one.
    await page.addInitScript(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1);
    });
    await page.goto(singleFile);
    await page.locator('#page-steps-1-shared-goals fieldset.question').first().getByRole('radio', { name: 'Partly' }).check();
    const checklist = page.locator('#page-checklist');
    await checklist.getByRole('button', { name: ui.checklist.print, exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const printed = await pdfText(await page.pdf({ format: 'A4' }));
    expect(printed).toContain(ui.checklist.title);
    expect(printed).toContain('Your answer: Partly');
    for (const other of ['The secondment model', 'Step 2: Establish a mechanism for partnership', ui.blank.title, 'Privacy notice']) {
      expect(printed, `${other} printed with the checklist`).not.toContain(other);
    }

    // Once printing is over, printing from the browser's menu prints the whole guide again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('#page-model h1')).toBeVisible();
  });
});
