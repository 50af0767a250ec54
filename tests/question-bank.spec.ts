// The question bank as a file of its own (/question-bank.json): the checklist and compare pages
// carry none of it, load it once there is something to show, share one copy, and say so plainly,
// changing nothing stored, when it cannot be had.
import type { Page, Request } from '@playwright/test';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { generateAssessment } from './support/generated.ts';
import { bankQuestions, builtHtml } from './support/site.ts';
import { seedStorage, storedItems } from './support/storage.ts';
import { buildExport } from '../src/lib/export-file.ts';
import type { Assessment } from '../src/lib/model.ts';
import { writeStored } from '../src/lib/stored-assessment.ts';
import { ui } from '../src/data/ui.ts';

const questions = bankQuestions();
const assessment: Assessment = generateAssessment(
  7,
  questions.map((q) => q.id),
);
const stored = { [`cii-guide:assessment:${assessment.id}`]: writeStored(assessment), 'cii-guide:active': assessment.id };
const partnerFile = {
  name: 'partner.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(buildExport({ version: 'test', questions }, assessment))),
};

/** The page's own requests for the bank, as they are made. */
function bankRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => request.url().endsWith('/question-bank.json') && requests.push(request));
  return requests;
}

/** The message a page shows when it cannot load the bank. */
const cannotLoad = (page: Page) => page.getByRole('alert').filter({ hasText: ui.outOfDate.questions });

test('neither the checklist nor compare carries the question bank in its HTML, and a first visit does not load it', async ({ page }) => {
  // The bank's texts (a question's "why") are in neither page.
  for (const path of ['checklist/', 'compare/']) expect(builtHtml(path), path).not.toContain(questions[0]!.why);
  const requests = bankRequests(page);
  for (const path of ['checklist/', 'compare/']) {
    await page.goto(path);
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
  }
  await expect(page.getByRole('heading', { name: ui.compare.addHeading })).toBeVisible();
  expect(requests.map((r) => r.url())).toEqual([]);
});

test.describe('once the site is kept for offline use', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the checklist shows a stored assessment from one load of the bank, and compare reads files with the same copy', async ({ page }) => {
    await page.goto('checklist/');
    // The offline worker keeps every file of the site, the bank with them.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
    });
    const requests = bankRequests(page);
    await seedStorage(page, stored);
    await waitForIslands(page);
    await expect(page.locator('.checklist-step').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export for this guide (JSON)' })).toBeVisible();
    // The report, its tools and the storage notice share one request, answered without the network.
    expect(requests).toHaveLength(1);
    expect((await requests[0]!.response())?.fromServiceWorker()).toBe(true);

    await page.goto('compare/');
    await waitForIslands(page);
    await page.getByLabel(ui.compare.add).setInputFiles(partnerFile);
    await expect(page.getByRole('main').getByRole('status')).toContainText(ui.compare.added.one.replace('{count}', '1'));
    expect(requests).toHaveLength(2);
    expect((await requests[1]!.response())?.fromServiceWorker()).toBe(true);
  });
});

test('when the bank cannot be loaded, the checklist says so, keeps the assessment as it was, and shows it after a reload', async ({ page }) => {
  await page.route('**/question-bank.json', (route) => route.abort());
  await page.goto('checklist/');
  await seedStorage(page, stored);
  await waitForIslands(page);
  await expect(cannotLoad(page)).toBeVisible();
  await expect(page.locator('.checklist-step')).toHaveCount(0);
  expect(await storedItems(page)).toEqual(stored);

  // Reading a file needs the bank too: it is refused with the same message and nothing changes.
  await page.getByLabel('Choose a file').setInputFiles(partnerFile);
  await expect(cannotLoad(page)).toBeVisible();
  await expect(page.locator('.import-preview')).toHaveCount(0);
  expect(await storedItems(page)).toEqual(stored);
  // The file field is empty again, so the same file can be chosen once the bank loads.
  await expect(page.getByLabel('Choose a file')).toHaveValue('');

  await page.unroute('**/question-bank.json');
  await Promise.all([page.waitForEvent('load'), cannotLoad(page).getByRole('button', { name: ui.outOfDate.reload }).click()]);
  await waitForIslands(page);
  await expect(page.locator('.checklist-step').first()).toBeVisible();
  await expect(cannotLoad(page)).toHaveCount(0);
  expect(await storedItems(page)).toEqual(stored);
});

test('when the bank cannot be loaded, compare says so and adds no file', async ({ page }) => {
  await page.route('**/question-bank.json', (route) => route.abort());
  await page.goto('compare/');
  await waitForIslands(page);
  await page.getByLabel(ui.compare.add).setInputFiles(partnerFile);
  await expect(cannotLoad(page)).toBeVisible();
  await expect(page.getByText(ui.compare.empty)).toBeVisible();
  expect(Object.keys(await storedItems(page)).filter((key) => key.startsWith('cii-guide:compare'))).toEqual([]);
});
