// Comparing partners: three exports in, one view out that shows first what to talk about.
import type { Page } from '@playwright/test';
import { expectNoViolations, expectReflow } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { pdfText } from './support/pdf-text.ts';
import { bankQuestions } from './support/site.ts';
import { storedItems } from './support/storage.ts';
import { buildExport } from '../src/lib/export-file.ts';
import type { Answer, Assessment, AnswerValue, Perspective, Question } from '../src/lib/model.ts';

const bank = { version: '2026-11-24', questions: bankQuestions() };
const step1 = bank.questions.filter((q) => q.step === 1);
const forAll = step1.filter((q) => q.roles.includes('all'));
const forPublicBodyOnly = step1.filter((q) => q.roles.join() === 'public-body');
const byId = (id: string) => bank.questions.find((q) => q.id === id)!;

function exportFile(
  name: string,
  place: string,
  perspective: Perspective,
  answers: Record<string, AnswerValue | Answer>,
  change?: (file: ReturnType<typeof buildExport>) => void,
) {
  const assessment: Assessment = {
    id: `a-${name}`,
    place,
    partnership: `${place} partnership`,
    perspective,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, typeof a === 'string' ? { value: a } : a])),
  };
  const file = buildExport(bank, assessment);
  change?.(file);
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

// Known answers, one partner per role, all in step 1:
//   widest:   a question for all, Yes / Not yet / Don't know (spread 3)
//   narrower: a question for all, Yes / Partly / Yes (spread 1)
//   gap:      a question for all, Not yet from all three
//   sponsor:  a public body's question, Yes from the public body and Yes from the funder, answered
//             outside its role; the charity is not asked
//   single:   a public body's question only the public body answered: one answer, not an agreement
const [widest, narrower, gap] = forAll as [Question, Question, Question];
const [sponsor, single] = forPublicBodyOnly as [Question, Question];
const charityNote = 'We have not worked with the council before.';
const funder = exportFile('funder', 'Fundertown', 'funder', { [widest.id]: 'yes', [narrower.id]: 'yes', [gap.id]: 'no', [sponsor.id]: 'yes' });
const council = exportFile('council', 'Councilshire', 'public-body', { [widest.id]: 'no', [narrower.id]: 'partly', [gap.id]: 'no', [sponsor.id]: 'yes', [single.id]: 'yes' });
const charity = exportFile('charity', 'Charityville', 'civil-society', { [widest.id]: { value: 'unknown', note: charityNote }, [narrower.id]: 'yes', [gap.id]: 'no' });
/** Step 1's grid, top to bottom: disagreements by spread, then what fewer than two answered (bank order), then the agreed gap, then agreement. */
const step1Order = [widest, narrower, ...step1.filter((q) => ![widest, narrower, gap, sponsor].includes(q)), gap, sponsor];

async function openCompare(page: Page) {
  await page.goto('compare/');
  await waitForIslands(page);
}

const fileInput = (page: Page) => page.getByLabel('Choose exported files (JSON)');

async function addThree(page: Page) {
  await fileInput(page).setInputFiles([funder, council, charity]);
  await expect(page.getByRole('status')).toHaveText('Added 3 files.');
}

/** Each loaded partner has a Remove button named after them. */
const partnerRemoveButtons = (page: Page) => page.getByRole('button', { name: /^Remove (?!all files$)/ });

/** The step's grid: its rows, each a question heading its row. */
const grid = (page: Page, step: number) => page.getByRole('table', { name: new RegExp(`^Step ${step}:`) });
/** The number the summary gives for a term. */
const summaryCount = (page: Page, term: string) =>
  page.getByRole('region', { name: 'Summary' }).locator('div').filter({ has: page.getByRole('term').getByText(term, { exact: true }) }).getByRole('definition');

test('three files give the expected summary, talking points and grid order', async ({ page, watch }) => {
  await openCompare(page);
  await expect(page.getByText('Nothing is uploaded anywhere')).toBeVisible();
  await addThree(page);

  await expect(summaryCount(page, 'Disagreements')).toHaveText('2');
  await expect(summaryCount(page, 'Answered by one partner or none')).toHaveText(String(bank.questions.length - 4));
  await expect(summaryCount(page, 'Agreed gaps')).toHaveText('1');
  await expect(summaryCount(page, 'Agreed in place')).toHaveText('1');

  const talking = page.getByRole('region', { name: 'To talk about first' }).getByRole('listitem');
  await expect(talking).toHaveCount(2);
  await expect(talking.nth(0)).toContainText(widest.prompt);
  await expect(talking.nth(0)).toContainText(widest.discuss);
  await expect(talking.nth(1)).toContainText(narrower.prompt);

  const rows = grid(page, 1).getByRole('row');
  // The header row, then one row per question.
  await expect(rows).toHaveCount(step1.length + 1);
  for (const [i, q] of step1Order.entries()) await expect(rows.nth(i + 1).getByRole('rowheader')).toContainText(q.prompt);
  const row = (q: Question) => rows.filter({ has: page.getByRole('rowheader', { name: q.prompt }) });
  await expect(row(widest)).toContainText('✓ Yes');
  await expect(row(widest)).toContainText('✗ Not yet');
  await expect(row(widest)).toContainText("? Don't know");
  await expect(row(widest).getByRole('cell').last()).toHaveText('Differ');
  await expect(row(single).getByRole('cell').last()).toHaveText('Only one answer');
  await expect(row(gap).getByRole('cell').last()).toHaveText('Agreed gap');
  await expect(row(sponsor).getByRole('cell').last()).toHaveText('Agreed in place');
  // The funder answered the public body's question: the answer shows, marked, and counts.
  await expect(row(sponsor).getByRole('cell').first()).toHaveText('✓ Yes (outside their role)');
  await expect(row(sponsor).getByRole('cell').nth(2)).toHaveText('· Not asked');
  await expect(page.getByRole('table', { name: /^Step \d:/ })).toHaveCount(5);
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('hidden names never appear on the page, in print or in the CSV', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  await page.getByLabel('Label for Partner A').fill('Trust for Somewhere');
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
  await expect(partnerRemoveButtons(page)).toHaveCount(3);
  await expect(page.locator('.compare-summary')).toBeVisible();
});

test('files from different question bank versions compare on what they share', async ({ page }) => {
  await openCompare(page);
  const older = exportFile('older', 'Oldtown', 'partnership', { [widest.id]: 'no', 's1-retired-question': 'yes' }, (file) => {
    file.questionBank.version = '2025-01-01';
    file.questionBank.questions = [
      ...file.questionBank.questions.filter((q) => q.id !== gap.id),
      { id: 's1-retired-question', step: 1, prompt: 'Was this an old question?', essential: false, roles: ['all'], action: 'Act.' },
    ];
  });
  await page.getByLabel('Choose exported files (JSON)').setInputFiles([funder, older]);
  await expect(partnerRemoveButtons(page)).toHaveCount(2);
  const notShared = page.locator('section', { has: page.getByRole('heading', { name: 'Questions not in every file' }) });
  await expect(notShared).toContainText('Was this an old question?');
  await expect(notShared).toContainText(gap.prompt);
  await expect(page.locator('.compare-grid th[scope="row"]', { hasText: gap.prompt })).toHaveCount(0);
  await expect(page.locator('.compare-grid th[scope="row"]', { hasText: widest.prompt })).toHaveCount(1);
});

test('the files can be kept on this device, and cleared', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  expect(Object.keys(await storedItems(page))).not.toContain('cii-guide:compare');
  await page.getByLabel('Keep these files on this device').check();
  expect(Object.keys(await storedItems(page))).toContain('cii-guide:compare');
  await page.reload();
  await waitForIslands(page);
  await expect(partnerRemoveButtons(page)).toHaveCount(3);
  await expect(page.getByLabel('Keep these files on this device')).toBeChecked();
  await page.getByRole('button', { name: 'Remove all files' }).click();
  await expect(page.getByText('Removed all files.')).toBeVisible();
  expect(Object.keys(await storedItems(page))).not.toContain('cii-guide:compare');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('No files added yet')).toBeVisible();
});

test('a later export of the same assessment takes the earlier one’s place, and says so', async ({ page }) => {
  await openCompare(page);
  await fileInput(page).setInputFiles([funder, council]);
  await page.getByLabel('Label for Partner A').fill('Trust for Somewhere');
  const later = exportFile('funder', 'Fundertown', 'funder', { [widest.id]: 'no' }, (file) => (file.assessment.updatedAt = '2026-11-25T09:00:00.000Z'));
  await fileInput(page).setInputFiles([later]);
  await expect(page.getByRole('status')).toHaveText('Trust for Somewhere: replaced the export of 20 November 2026 with the later one of 25 November 2026.');
  await expect(partnerRemoveButtons(page)).toHaveCount(2);
  await expect(page.getByLabel('Label for Partner A')).toHaveValue('Trust for Somewhere');
  // The later answers are the ones compared: both now say Not yet.
  await expect(grid(page, 1).getByRole('row').filter({ has: page.getByRole('rowheader', { name: widest.prompt }) }).getByRole('cell').last()).toHaveText('Agreed gap');

  await fileInput(page).setInputFiles([funder]);
  await expect(page.getByRole('alert')).toHaveText('funder.json: not added, because a later export of the same assessment is already here as Trust for Somewhere.');
  await fileInput(page).setInputFiles([later]);
  await expect(page.getByRole('alert')).toHaveText('funder.json: this export is already here as Trust for Somewhere.');
  await expect(partnerRemoveButtons(page)).toHaveCount(2);
});

test('a partner whose label is emptied is still named, by letter', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  await page.getByLabel('Label for Partner B').fill('  ');
  await expect(grid(page, 1).getByRole('columnheader').filter({ hasText: 'Partner B' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Remove Partner B' })).toBeVisible();
});

test('kept files are the same in every tab, and removing them in one removes them in all', async ({ page }) => {
  await openCompare(page);
  const other = await page.context().newPage();
  await openCompare(other);
  await addThree(page);
  await page.getByLabel('Keep these files on this device').check();
  // The other tab shows the kept files, and follows changes to them.
  await expect(partnerRemoveButtons(other)).toHaveCount(3);
  await expect(other.getByLabel('Keep these files on this device')).toBeChecked();
  await other.getByLabel('Label for Partner C').fill('Charity Trust');
  await expect(page.getByLabel('Label for Partner C')).toHaveValue('Charity Trust');

  await page.getByRole('button', { name: 'Remove all files' }).click();
  await expect(other.getByText('No files added yet')).toBeVisible();
  await expect(other.getByLabel('Keep these files on this device')).toHaveCount(0);
  expect(Object.keys(await storedItems(other))).not.toContain('cii-guide:compare');
  await other.reload();
  await waitForIslands(other);
  await expect(other.getByText('No files added yet')).toBeVisible();
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
  await expect(partnerRemoveButtons(page)).toHaveCount(2);
  // The grid scrolls by keyboard on narrow screens: each grid is a focusable region.
  const region = page.getByRole('region', { name: /Step 1/ });
  await region.focus();
  await expect(region).toBeFocused();
});

