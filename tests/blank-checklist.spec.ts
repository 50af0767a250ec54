// The blank checklist for workshops: every question with its action and lines for who will do it
// and by when, printed from a button, and still whole with JavaScript off.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectNoViolations } from './support/a11y.ts';
import { test, expect } from './support/fixtures.ts';
import { pdfText } from './support/pdf-text.ts';
import { bankQuestions } from './support/site.ts';

const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

test('the blank checklist prints from its button, with every action and lines for owner and date', async ({ page }) => {
  await page.goto('checklist/blank/');
  // What the browser's print dialog would be asked to do, counted instead of opened.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print this checklist' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expectNoViolations(page, 'blank checklist');

  const questions = bankQuestions();
  const items = page.locator('.blank-question');
  await expect(items).toHaveCount(questions.length);
  for (const [i, question] of questions.entries()) {
    await expect(items.nth(i)).toContainText(`If not Yes: ${question.action}`);
    for (const line of ['Who will do it', 'By when', 'Notes']) await expect(items.nth(i).getByRole('term').filter({ hasText: line })).toHaveCount(1);
  }

  const printed = normalise(await pdfText(await page.pdf({ format: 'A4' })));
  for (const question of questions) expect(printed).toContain(normalise(question.action));
  expect(printed.match(/Who will do it:/g)).toHaveLength(questions.length);
  expect(printed).not.toContain('Print this checklist');
  const pages = Number(/Page 1 of (\d+)/.exec(printed)?.[1]);
  expect(pages).toBeGreaterThan(1);
  console.log(`Blank checklist: ${questions.length} questions print on ${pages} A4 pages.`);
});

test('each question says by which phase it is due and whom it asks, with no placeholder left', async ({ page }) => {
  await page.goto('checklist/blank/');
  const audiences = page.locator('.blank-question__audience');
  await expect(audiences).toHaveCount(bankQuestions().length);
  await expect(audiences.first()).toHaveText(/^Deciding to commit · Asked of /);
  expect(await page.locator('main').innerText()).not.toMatch(/\{[a-z]+\}/i);
});

test('without JavaScript the blank checklist has no Print button that would do nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('checklist/blank/');
  await expect(page.getByRole('button', { name: 'Print this checklist' })).toBeHidden();
  await expect(page.locator('.blank-question').first()).toContainText('If not Yes:');
  await context.close();
});

test('in the single-file edition, the blank checklist’s button prints the blank checklist only', async ({ page }) => {
  // Record the print instead of opening the browser's dialog; the file prepares as for a real one.
  await page.addInitScript(() => {
    window.print = () => void ((window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1);
  });
  await page.goto(pathToFileURL(resolve('dist/secondment-guide-offline.html')).href);
  await page.locator('#page-checklist-blank').getByRole('button', { name: 'Print this checklist' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
  const printed = normalise(await pdfText(await page.pdf({ format: 'A4' })));
  expect(printed).toContain(normalise(bankQuestions()[0]!.action));
  for (const other of ['The secondment model', 'Your readiness checklist', 'Privacy notice'])
    expect(printed, `${other} printed with the blank checklist`).not.toContain(other);
});
