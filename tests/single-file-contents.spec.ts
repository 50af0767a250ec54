// The single-file edition is one long document: on a wide screen its contents stay beside the
// pages and mark the page the reader is in; on a narrow one they come first.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures.ts';

const singleFile = pathToFileURL(resolve('dist/secondment-guide-offline.html')).href;

test('on a wide screen the single file’s contents stay beside the pages and mark where the reader is', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(singleFile);
  const contents = page.getByRole('navigation', { name: 'Guide contents' });
  const step3 = contents.getByRole('link', { name: /^Step 3:/ });
  await step3.click();
  await expect(page.locator('#page-steps-3-add-value h1')).toBeInViewport();
  // Deep in the file, the contents are still in view, beside the text, with this page marked.
  await expect(contents).toBeInViewport();
  const [nav, text] = await Promise.all([contents.boundingBox(), page.locator('#page-steps-3-add-value').boundingBox()]);
  expect(nav!.x + nav!.width).toBeLessThanOrEqual(text!.x);
  await expect(step3).toHaveAttribute('aria-current', 'location');
  await expect(contents.locator('[aria-current]')).toHaveCount(1);

  // Further on, the mark follows.
  await page.locator('#page-steps-5-legacy').evaluate((article) => article.scrollIntoView());
  await expect(contents.getByRole('link', { name: /^Step 5:/ })).toHaveAttribute('aria-current', 'location');
  await expect(step3).not.toHaveAttribute('aria-current');
  // The contents and the page beside them: axe over the whole file, every page at once, takes minutes.
  const results = await new AxeBuilder({ page })
    .include('.single-file__contents')
    .include('#page-steps-5-legacy')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('on a narrow screen the single file’s contents come before the pages', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(singleFile);
  const nav = await page.getByRole('navigation', { name: 'Guide contents' }).boundingBox();
  const first = await page.locator('.single-file__page').first().boundingBox();
  expect(nav!.y + nav!.height).toBeLessThanOrEqual(first!.y);
});

test('the single file holds each source’s page after the sources, and its contents lead there', async ({ page }) => {
  const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; title: string }[];
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(singleFile);
  const contents = page.getByRole('navigation', { name: 'Guide contents' });
  const titles = await contents.getByRole('listitem').allInnerTexts();
  const after = titles.indexOf('Sources');
  expect(titles.slice(after + 1, after + 1 + sources.length)).toEqual(sources.map((s) => s.title));

  const report = sources.find((s) => s.id === '002')!;
  await contents.getByRole('link', { name: report.title, exact: true }).click();
  await expect(page.locator('#page-sources-002 h1')).toBeInViewport();
  await expect(contents.getByRole('link', { name: report.title, exact: true })).toHaveAttribute('aria-current', 'location');
  // Its way back to all the sources lands on its entry there.
  await page.locator('#page-sources-002').getByRole('link', { name: 'All sources' }).click();
  await expect(page.locator('#page-sources--source-002')).toBeInViewport();
});
