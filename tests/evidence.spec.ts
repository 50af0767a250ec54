// Evidence a reader can follow: from a citation to its note and back to the same place, and from
// a source to where its publisher can be found, as the source documents give it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoViolations } from './support/a11y.ts';
import { test, expect } from './support/fixtures.ts';

const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; title: string; website?: string }[];

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

  // On /sources/, "used on" leads to the citation in the text, not only to the page's notes.
  await page.goto('sources/');
  const usedOn = page.locator('.source__where a[href*="model/#cite-"]').first();
  await usedOn.click();
  await expect(page).toHaveURL(/\/model\/#cite-\d+$/);
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toBeInViewport();
});
