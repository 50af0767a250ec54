// Comparing partners: three exports in, one view out that shows first what to talk about.
import type { Page } from '@playwright/test';
import { expectNoViolations, expectReflow } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { pdfText } from './support/pdf-text.ts';
import { bankQuestions } from './support/site.ts';
import { storedItems } from './support/storage.ts';
import { buildExport } from '../src/lib/export-file.ts';
import type { Assessment, AnswerValue, Perspective } from '../src/lib/model.ts';

const bank = { version: '2026-11-24', questions: bankQuestions() };
const step1 = bank.questions.filter((q) => q.step === 1);
const [q1, q2, q3, q4] = step1;

function exportFile(name: string, place: string, perspective: Perspective, answers: Record<string, AnswerValue>, change?: (file: ReturnType<typeof buildExport>) => void) {
  const assessment: Assessment = {
    id: `a-${name}`,
    place,
    partnership: `${place} partnership`,
    perspective,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
  };
  const file = buildExport(bank, assessment);
  change?.(file);
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

// Known answers: q1 Yes / Not yet / Don't know (widest), q2 Yes / Partly / Yes, q3 all Not yet, q4 all Yes.
const funder = exportFile('funder', 'Fundertown', 'partnership', { [q1!.id]: 'yes', [q2!.id]: 'yes', [q3!.id]: 'no', [q4!.id]: 'yes' });
const council = exportFile('council', 'Councilshire', 'partnership', { [q1!.id]: 'no', [q2!.id]: 'partly', [q3!.id]: 'no', [q4!.id]: 'yes' });
const charity = exportFile('charity', 'Charityville', 'partnership', { [q1!.id]: 'unknown', [q2!.id]: 'yes', [q3!.id]: 'no', [q4!.id]: 'yes' });

async function openCompare(page: Page) {
  await page.goto('compare/');
  await waitForIslands(page);
}

async function addThree(page: Page) {
  await page.getByLabel('Choose exported files (JSON)').setInputFiles([funder, council, charity]);
  await expect(page.getByText('Added 3 file(s).')).toBeVisible();
}

test('three files give the expected summary, talking points and grid order', async ({ page, watch }) => {
  await openCompare(page);
  await expect(page.getByText('Nothing is uploaded anywhere')).toBeVisible();
  await addThree(page);

  const summary = page.locator('.compare-summary');
  await expect(summary.locator('div', { hasText: 'Disagreements' }).locator('dd')).toHaveText('2');
  await expect(summary.locator('div', { hasText: 'Agreed gaps' }).locator('dd')).toHaveText('1');
  await expect(summary.locator('div', { hasText: 'Agreed in place' }).locator('dd')).toHaveText('1');
  await expect(summary.locator('div', { hasText: 'Not answered by anyone' }).locator('dd')).toHaveText(String(bank.questions.length - 4));

  const talking = page.locator('.discuss-item');
  await expect(talking).toHaveCount(2);
  await expect(talking.nth(0)).toContainText(q1!.prompt);
  await expect(talking.nth(0)).toContainText(q1!.discuss);
  await expect(talking.nth(1)).toContainText(q2!.prompt);

  const rows = page.locator('table.compare-grid').first().locator('tbody tr');
  await expect(rows.nth(0).locator('th')).toContainText(q1!.prompt);
  await expect(rows.nth(0)).toContainText('✓ Yes');
  await expect(rows.nth(0)).toContainText('✗ Not yet');
  await expect(rows.nth(0)).toContainText("? Don't know");
  await expect(rows.nth(0).locator('td').last()).toHaveText('Differ');
  await expect(rows.nth(1).locator('th')).toContainText(q2!.prompt);
  await expect(rows.nth(2).locator('th')).toContainText(q3!.prompt);
  await expect(rows.nth(2).locator('td').last()).toHaveText('Agreed gap');
  await expect(rows.nth(3).locator('th')).toContainText(q4!.prompt);
  await expect(rows.nth(3).locator('td').last()).toHaveText('Agreed in place');
  await expect(page.locator('table.compare-grid')).toHaveCount(5);
  expect(watch.foreignRequests).toEqual([]);
});

test('hidden names never appear on the page, in print or in the CSV', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  await page.getByLabel('Label for A').fill('Trust for Somewhere');
  await expect(page.locator('table.compare-grid').first().locator('thead')).toContainText('Trust for Somewhere');
  await page.getByLabel('Hide names (show Partner A, B, C)').check();

  const secrets = ['Trust for Somewhere', 'Fundertown', 'Councilshire', 'Charityville', 'Whole partnership'];
  const text = await page.locator('body').innerText();
  const html = await page.content();
  await expect(page.locator('table.compare-grid').first().locator('thead')).toContainText('Partner A');
  await expect(page.locator('table.compare-grid').first().locator('thead')).toContainText('Partner C');
  await page.emulateMedia({ media: 'print' });
  const printed = await pdfText(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the grid (CSV)' }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  for (const secret of secrets) {
    expect(text, 'page text').not.toContain(secret);
    expect(html, 'page markup').not.toContain(secret);
    expect(printed, 'print').not.toContain(secret);
    expect(csv, 'CSV').not.toContain(secret);
  }
  expect(printed).toContain('Partner B');
  expect(csv.startsWith('\uFEFFStep,Question ID,Question,Partner A,Partner B,Partner C,Agreement')).toBe(true);
});

test('the print of the comparison contains the grid and no controls', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  await page.emulateMedia({ media: 'print' });
  const printed = (await pdfText(await page.pdf({ format: 'A4' }))).replace(/[‘’]/g, "'");
  for (const q of step1) expect(printed).toContain(q.prompt.replace(/[‘’]/g, "'").slice(0, 40));
  expect(printed).toContain('Differ');
  expect(printed).toContain('To talk about first');
  for (const control of ['Choose exported files', 'Remove all files', 'Export the grid', 'Guide contents']) expect(printed).not.toContain(control);
});

test('a malformed file among good ones is refused and the rest stay', async ({ page }) => {
  await openCompare(page);
  const broken = { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"cii-secondment-readiness","formatVe') };
  const other = { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') };
  await page.getByLabel('Choose exported files (JSON)').setInputFiles([funder, broken, council, other, charity]);
  await expect(page.getByRole('alert')).toContainText('broken.json: This file is damaged or incomplete');
  await expect(page.getByRole('alert')).toContainText('notes.json: This file is not an assessment from this guide');
  await expect(page.locator('.compare-partners tbody tr')).toHaveCount(3);
  await expect(page.locator('.compare-summary')).toBeVisible();
});

test('files from different question bank versions compare on what they share', async ({ page }) => {
  await openCompare(page);
  const older = exportFile('older', 'Oldtown', 'partnership', { [q1!.id]: 'no', 's1-retired-question': 'yes' }, (file) => {
    file.questionBank.version = '2025-01-01';
    file.questionBank.questions = [
      ...file.questionBank.questions.filter((q) => q.id !== q4!.id),
      { id: 's1-retired-question', step: 1, prompt: 'Was this an old question?', essential: false, roles: ['all'], action: 'Act.' },
    ];
  });
  await page.getByLabel('Choose exported files (JSON)').setInputFiles([funder, older]);
  await expect(page.locator('.compare-partners tbody tr')).toHaveCount(2);
  const notShared = page.locator('section', { has: page.getByRole('heading', { name: 'Questions not in every file' }) });
  await expect(notShared).toContainText('Was this an old question?');
  await expect(notShared).toContainText(q4!.prompt);
  await expect(page.locator('.compare-grid th[scope="row"]', { hasText: q4!.prompt })).toHaveCount(0);
  await expect(page.locator('.compare-grid th[scope="row"]', { hasText: q1!.prompt })).toHaveCount(1);
});

test('the files can be kept on this device, and cleared', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  expect(Object.keys(await storedItems(page))).not.toContain('cii-guide:compare');
  await page.getByLabel('Keep these files on this device').check();
  expect(Object.keys(await storedItems(page))).toContain('cii-guide:compare');
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('.compare-partners tbody tr')).toHaveCount(3);
  await expect(page.getByLabel('Keep these files on this device')).toBeChecked();
  await page.getByRole('button', { name: 'Remove all files' }).click();
  await expect(page.getByText('Removed all files.')).toBeVisible();
  expect(Object.keys(await storedItems(page))).not.toContain('cii-guide:compare');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('No files added yet')).toBeVisible();
});

test('the comparison works by keyboard and passes axe', async ({ page }) => {
  await openCompare(page);
  await expectNoViolations(page, 'empty');
  await addThree(page);
  await expectNoViolations(page, 'three files');
  await expectReflow(page, 'three files compared');
  // Hide names with the keyboard, then remove a partner.
  await page.getByLabel('Hide names (show Partner A, B, C)').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Hide names (show Partner A, B, C)')).toBeChecked();
  await expectNoViolations(page, 'names hidden');
  await page.getByRole('button', { name: 'Remove Partner C' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.compare-partners tbody tr')).toHaveCount(2);
  // The grid scrolls by keyboard on narrow screens: each grid is a focusable region.
  const region = page.getByRole('region', { name: /Step 1/ });
  await region.focus();
  await expect(region).toBeFocused();
});

