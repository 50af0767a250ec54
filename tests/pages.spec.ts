// Every built page, checked the way a reader and an auditor would: structure, accessibility,
// links, privacy, reading without JavaScript, and print. Runs at "/" and under "/guide/".
import { readFileSync } from 'node:fs';
import { expectNoViolations, expectReflow } from './support/a11y.ts';
import { test, expect } from './support/fixtures.ts';
import { builtPages, chapterSources } from './support/site.ts';
import { plainText } from './support/plain-text.ts';

const pages = builtPages();

test('the build has every page of the guide', () => {
  for (const page of ['', 'model/', 'starting/', 'case-study/', 'sources/', 'accessibility/', 'privacy/', 'checklist/', 'checklist/blank/', 'compare/']) {
    expect(pages).toContain(page);
  }
  expect(pages.filter((p) => p.startsWith('steps/'))).toHaveLength(5);
  // A page of its own for each of the five sources; at this size none needs a second.
  expect(pages.filter((p) => p.startsWith('sources/') && p !== 'sources/')).toEqual([
    'sources/000/',
    'sources/001/',
    'sources/002/',
    'sources/003/',
    'sources/004/',
  ]);
});

for (const path of pages) {
  // One visit per page checks everything a reader and an auditor would: it keeps the suite fast.
  test(`page /${path}: structure, accessibility, links, privacy, print and reflow`, async ({ page, request, baseURL, watch }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(5);
    // A step's heading names its number once, as "Step 2: Establish…", to sight and to screen readers.
    const step = /^steps\/(\d)-/.exec(path)?.[1];
    if (step) await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(new RegExp(`^Step ${step} ?: (?!Step)\\S`));

    await expectNoViolations(page, `/${path}`);

    // Every internal link and #anchor resolves.
    const origin = new URL(baseURL!).origin;
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const targets = [...new Set(hrefs.filter((href) => href.startsWith(origin)))];
    expect(targets.length).toBeGreaterThan(3);
    const htmlByPage = new Map<string, string>();
    for (const href of targets) {
      const url = new URL(href);
      const pageUrl = `${url.origin}${url.pathname}`;
      if (!htmlByPage.has(pageUrl)) {
        const response = await request.get(pageUrl);
        expect(response.status(), `${pageUrl} (linked from /${path})`).toBe(200);
        htmlByPage.set(pageUrl, await response.text());
      }
      if (url.hash.length > 1) {
        const id = decodeURIComponent(url.hash.slice(1));
        expect(htmlByPage.get(pageUrl), `#${id} on ${url.pathname} (linked from /${path})`).toContain(`id="${id}"`);
      }
    }

    // Print hides the navigation, the footer and every control.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    for (const selector of ['.guide-nav', '.site-footer', '.skip-link', '.pagination', '[data-search]', 'main button']) {
      for (const element of await page.locator(selector).all()) await expect(element, `${selector} in print`).toBeHidden();
    }

    // At 320 CSS pixels, the width of a 1280 pixel window at 400% zoom.
    await page.emulateMedia({ media: 'screen' });
    await expectReflow(page, `/${path}`);

    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests to other sites').toEqual([]);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

  for (const { file, page: path } of chapterSources()) {
    test(`/${path} shows the whole chapter text from ${file}`, async ({ page }) => {
      await page.goto(path);
      // Citation markers read "Source 3" to screen readers; the author's text has none.
      const shown = normalise((await page.locator('main').innerText()).replace(/\s*Source\s+\d+/g, ''));
      const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?---/, '');
      // Every paragraph and list item of prose, as the author wrote it, minus citation markers.
      // A component inside a sentence (such as the publisher's name) writes words of its own:
      // the sentence is checked in pieces around it.
      const blocks = body
        .split(/\n\s*\n/)
        .filter((block) => !/^\s*<\/?[A-Z]/.test(block) && !/^\s*\|/.test(block))
        .map((block) => normalise(plainText(block.replace(/<Cite[^>]*\/>/g, '').replace(/<[A-Z]\w*[^>]*\/>/g, ' | '))))
        .flatMap((block) => block.split(/ (?=- )/))
        .filter((block) => block.length > 40);
      expect(blocks.length).toBeGreaterThan(3);
      for (const block of blocks) {
        for (const sentence of block
          .split(/(?<=[.!?]) (?=[A-Z])/)
          .flatMap((s) => s.split(' | '))
          .filter((s) => s.length > 20)) {
          expect(shown, `${file}`).toContain(sentence.replace(/ ([.,:;])/g, '$1').trim());
        }
      }
    });
  }

  test('the step questions are a real form to read and fill in by hand', async ({ page }) => {
    await page.goto('steps/1-shared-goals/');
    const questions = page.locator('fieldset.question');
    expect(await questions.count()).toBeGreaterThanOrEqual(6);
    await expect(questions.first().locator('legend')).toBeVisible();
    await expect(questions.first().getByRole('radio')).toHaveCount(4);
    await expect(page.getByText('Switch on JavaScript to save your answers')).toBeVisible();
  });
});
