// Evidence a reader can follow: from a citation to its note and back to the same place, from a
// note to its source's page and on to every place the guide cites it, and from a source to where
// its publisher can be found, as the source documents give it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoViolations } from './support/a11y.ts';
import { test, expect } from './support/fixtures.ts';
import { bankQuestions, builtHtml, chapterSources } from './support/site.ts';

const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; title: string; short: string; publisher: string; website?: string }[];

test('each source gives its publisher’s website where a source document states it, and says so where none does', async ({ page }) => {
  await page.goto('sources/');
  expect(sources.some((s) => s.website)).toBe(true);
  for (const source of sources) {
    const section = page.getByRole('region', { name: source.title, exact: true });
    const facts = section.locator('dl');
    if (source.website) {
      await expect(facts.getByRole('link', { name: source.website.replace(/^https?:\/\//, '') })).toHaveAttribute('href', source.website);
    } else {
      await expect(facts).toContainText('gives no web address');
      await expect(facts.getByRole('link')).toHaveCount(0);
    }
  }
});

test('a note leads back to each place it is cited, and the sources page leads to the place itself', async ({ page }) => {
  await page.goto('model/');
  // A note cited more than once offers a way back to each place.
  const note = page
    .locator('.source-notes li')
    .filter({ has: page.getByRole('link', { name: /place 2 of/ }) })
    .first();
  const noteId = await note.getAttribute('id');
  const citations = page.locator(`main a[href="#${noteId}"]`);
  const count = await citations.count();
  expect(count).toBeGreaterThan(1);
  await expect(note.getByRole('link', { name: /^Back to where this source is cited, place \d of \d$/ })).toHaveCount(count);

  // From the second citation of that note, by keyboard, to the note and back to the same place.
  const second = citations.nth(1);
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
  await expect(note).toBeInViewport();
  await note.getByRole('link', { name: `Back to where this source is cited, place 2 of ${count}` }).click();
  await expect(second).toBeInViewport();
  expect(new URL(page.url()).hash).toBe(`#${await second.getAttribute('id')}`);
  await expectNoViolations(page, 'back at a citation');

  // A note cited once has one way back, without a number.
  const single = page
    .locator('.source-notes li')
    .filter({ hasNot: page.getByRole('link', { name: /place \d of/ }) })
    .first();
  await expect(single.getByRole('link', { name: 'Back to where this source is cited', exact: true })).toHaveCount(1);
});

test('a note’s link leads to its source’s page, which lists the section cited and leads to the place itself', async ({ page }) => {
  await page.goto('model/');
  const note = page.locator('.source-notes li').first();
  const [, short, section] = /^(.*), section “(.*)”/.exec(await note.innerText())!;
  const source = sources.find((s) => s.short === short)!;
  await note.getByRole('link', { name: /^About this source/ }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${source.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(source.title);
  await expect(page.locator('dl')).toContainText(source.publisher);

  // Under the section the note names, "used on" leads to the citation in the text, not only to the page's notes.
  const group = page.locator('.source-page__section').filter({ has: page.getByRole('heading', { name: `“${section}”`, exact: true }) });
  await group.locator('a[href*="model/#cite-"]').first().click();
  await expect(page).toHaveURL(/\/model\/#cite-\d+$/);
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toBeInViewport();
});

test('the sources index leads to each source’s pages, which together hold every citation in the guide', async ({ page }) => {
  // Every citation in a chapter's text has an id its note links back to; every question the bank cites a source for is one more.
  const inChapters = chapterSources().reduce((sum, { page: path }) => sum + (builtHtml(path).match(/ id="cite-\d+"/g) ?? []).length, 0);
  const inQuestions = bankQuestions().filter((q) => q.source && q.section).length;
  expect(inChapters).toBeGreaterThan(0);

  await page.goto('sources/');
  await expect(page.getByRole('region')).toHaveCount(sources.length);
  let listed = 0;
  for (const source of sources) {
    const entry = page.getByRole('region', { name: source.title, exact: true });
    const [, said] = /cites it in (\w+) places?/.exec(await entry.innerText())!;
    const count = said === 'one' ? 1 : Number(said);
    await entry.getByRole('link', { name: `Where the guide cites it (${source.short})` }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${source.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(source.title);
    // A long list goes on over further pages: follow them to its end.
    let onPages = await page.locator('.source-page__section li').count();
    for (let next = page.getByRole('link', { name: 'Next page' }); (await next.count()) > 0;) {
      await next.click();
      onPages += await page.locator('.source-page__section li').count();
    }
    expect(onPages, source.id).toBe(count);
    listed += onPages;
    await page.goto('sources/');
  }
  expect(listed).toBe(inChapters + inQuestions);
});

test('an old link to a source on the sources page still finds it, and leads on to its page', async ({ page }) => {
  await page.goto('sources/#source-002');
  const entry = page.getByRole('region', { name: sources.find((s) => s.id === '002')!.title, exact: true });
  await expect(entry.getByRole('heading', { level: 2 })).toBeInViewport();
  await entry.getByRole('link', { name: /^Where the guide cites it/ }).click();
  await expect(page).toHaveURL(/\/sources\/002\/$/);
});
