// Comparing partners: three exports in, one view out that shows first what to talk about.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expectNoViolations, expectReflow } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { bankQuestions } from './support/site.ts';
import { storedItems } from './support/storage.ts';
import { buildExport } from '../src/lib/export-file.ts';
import type { Answer, Assessment, AnswerValue, Perspective, Question } from '../src/lib/model.ts';
import { scoreAssessment } from '../src/lib/scoring.ts';

const bank = { version: '2026-12-04', questions: bankQuestions() };
const inStep = (n: number) => bank.questions.filter((q) => q.step === n);
const forAllIn = (n: number) => inStep(n).filter((q) => q.roles.includes('all'));
const forPublicBodyOnlyIn = (n: number) => inStep(n).filter((q) => q.roles.join() === 'public-body');
const forPublicBodyAndFunderIn = (n: number) => inStep(n).filter((q) => [...q.roles].sort().join() === 'funder,public-body');
/**
 * The step the known answers below fill: the first with three questions for all, two for public
 * bodies alone and one for public bodies and funders.
 */
const knownStep = [1, 2, 3, 4, 5].find((n) => forAllIn(n).length >= 3 && forPublicBodyOnlyIn(n).length >= 2 && forPublicBodyAndFunderIn(n).length >= 1)!;
const stepQuestions = inStep(knownStep);
const forAll = forAllIn(knownStep);
const forPublicBodyOnly = forPublicBodyOnlyIn(knownStep);
const forPublicBodyAndFunder = forPublicBodyAndFunderIn(knownStep);

function exportFile(
  name: string,
  place: string,
  perspective: Perspective,
  answers: Record<string, AnswerValue | Answer>,
  change?: (file: ReturnType<typeof buildExport>) => void,
  organisation = '',
) {
  const assessment: Assessment = {
    id: `a-${name}`,
    place,
    partnership: `${place} partnership`,
    organisation,
    phase: 'commit',
    plan: {},
    reviews: [],
    nextReview: '',
    perspective,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, typeof a === 'string' ? { value: a } : a])),
  };
  const file = buildExport(bank, assessment);
  change?.(file);
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)), assessment };
}

// Known answers, one partner per role, all in the known step:
//   widest:   a question for all, Yes / Not yet / Don't know (spread 3)
//   narrower: a question for all, Yes / Partly / Yes (spread 1)
//   gap:      a question for all, Not yet from all three
//   sponsor:  a public body's question, Yes from the public body and Not yet from the funder, who is
//             not asked it: one asked partner, so neither an agreement nor a disagreement
//   single:   a public body's question only the public body answered: one answer, not an agreement
//   joint:    a question for public bodies and funders, Yes from both; the charity, not asked,
//             says Partly: agreed in place among the two asked, the charity's view shown apart
const [widest, narrower, gap] = forAll as [Question, Question, Question];
const [sponsor, single] = forPublicBodyOnly as [Question, Question];
const [joint] = forPublicBodyAndFunder as [Question];
const charityNote = 'We have not worked with the council before.';
const funder = exportFile('funder', 'Fundertown', 'funder', {
  [widest.id]: 'yes',
  [narrower.id]: 'yes',
  [gap.id]: 'no',
  [sponsor.id]: 'no',
  [joint.id]: 'yes',
});
const council = exportFile('council', 'Councilshire', 'public-body', {
  [widest.id]: 'no',
  [narrower.id]: 'partly',
  [gap.id]: 'no',
  [sponsor.id]: 'yes',
  [single.id]: 'yes',
  [joint.id]: 'yes',
});
const charity = exportFile('charity', 'Charityville', 'civil-society', {
  [widest.id]: { value: 'unknown', note: charityNote },
  [narrower.id]: 'yes',
  [gap.id]: 'no',
  [joint.id]: 'partly',
});
const fourth = exportFile('whole', 'Fourthplace', 'partnership', { [widest.id]: 'yes', [narrower.id]: 'yes', [gap.id]: 'no' });
/**
 * The known step's grid, top to bottom: disagreements by spread, then what fewer than two asked partners
 * answered (essential first, then bank order), then the agreed gap, then agreement.
 */
const fewerThanTwo = stepQuestions.filter((q) => ![widest, narrower, gap, joint].includes(q));
const stepOrder = [widest, narrower, ...fewerThanTwo.filter((q) => q.essential), ...fewerThanTwo.filter((q) => !q.essential), gap, joint];

async function openCompare(page: Page) {
  await page.goto('compare/');
  await waitForIslands(page);
}

const fileInput = (page: Page) => page.getByLabel('Choose exported files (JSON)');

async function addThree(page: Page) {
  await fileInput(page).setInputFiles([funder, council, charity]);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Added 3 files.');
}

/** The printed page's text, page by page. */
async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return pages;
}

/** Each loaded partner has a Remove button named after them. */
const partnerRemoveButtons = (page: Page) => page.getByRole('button', { name: /^Remove (?!all files$)/ });

/** The step's grid: its rows, each a question heading its row. */
const grid = (page: Page, step: number) => page.getByRole('table', { name: new RegExp(`^Step ${step}:`) });
/** The number the summary gives for a term. */
const summaryCount = (page: Page, term: string) =>
  page
    .getByRole('region', { name: 'Summary' })
    .locator('div')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition');

const row = (page: Page, q: Question) =>
  grid(page, q.step)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: q.prompt }) });
/** A row's cells: the agreement first, then one per partner. */
const cells = (page: Page, q: Question) => row(page, q).getByRole('cell');

test('three files give the expected summary, talking points and grid order', async ({ page, watch }) => {
  await openCompare(page);
  await expect(page.getByText('Nothing is uploaded anywhere')).toBeVisible();
  await addThree(page);

  await expect(summaryCount(page, 'Disagreements')).toHaveText('2');
  await expect(summaryCount(page, 'Fewer than two answers to compare')).toHaveText(String(bank.questions.length - 4));
  await expect(summaryCount(page, 'Agreed gaps')).toHaveText('1');
  await expect(summaryCount(page, 'Agreed in place')).toHaveText('1');

  const talking = page.getByRole('region', { name: 'To talk about first' }).getByRole('list').first().locator(':scope > li');
  await expect(talking).toHaveCount(2);
  await expect(talking.nth(0)).toContainText(widest.prompt);
  await expect(talking.nth(0)).toContainText(widest.discuss);
  await expect(talking.nth(0)).toContainText(`Step ${knownStep}${widest.essential ? 'Essential' : ''}`);
  await expect(talking.nth(0)).toContainText("Civil society organisation, Charityville: ? Don't know");
  await expect(talking.nth(1)).toContainText(narrower.prompt);
  await expect(talking.nth(1)).toContainText(narrower.discuss);

  const rows = grid(page, knownStep).getByRole('row');
  // The header row, then one row per question.
  await expect(rows).toHaveCount(stepQuestions.length + 1);
  await expect(rows.first().getByRole('columnheader')).toHaveText([
    'Question',
    'Agreement',
    'Funder, Fundertown',
    'Public body, Councilshire',
    'Civil society organisation, Charityville',
  ]);
  for (const [i, q] of stepOrder.entries()) await expect(rows.nth(i + 1).getByRole('rowheader')).toContainText(q.prompt);
  const shown = { useInnerText: true };
  await expect(cells(page, widest)).toHaveText(['≠ Differ', '✓ Yes', '✗ Not yet', `? Don't know ${charityNote}`], shown);
  await expect(cells(page, narrower)).toHaveText(['≠ Differ', '✓ Yes', '◐ Partly', '✓ Yes'], shown);
  await expect(cells(page, single)).toHaveText(['– Asked of one partner', '· Not asked', '✓ Yes', '· Not asked'], shown);
  await expect(cells(page, gap)).toHaveText(['= Agreed gap', '✗ Not yet', '✗ Not yet', '✗ Not yet'], shown);
  // Differ and agreement rows differ by more than colour: the question carries a bar, the agreement a square.
  const bar = (q: Question) =>
    row(page, q)
      .getByRole('rowheader')
      .evaluate((th) => getComputedStyle(th).borderInlineStartWidth);
  expect(await bar(widest)).not.toBe(await bar(gap));
  await expect(page.getByRole('table', { name: /^Step \d:/ })).toHaveCount(5);
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('agreement is counted only among the partners a question is asked of; the others’ answers show apart', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  const shown = { useInnerText: true };
  // Public body and funder are asked, both say Yes: agreed, though the charity, not asked, says Partly.
  await expect(cells(page, joint)).toHaveText(['= Agreed in place Asked of 2 of 3', '✓ Yes', '✓ Yes', '◐ Partly (not asked, not counted)'], shown);
  // Only the public body is asked: the funder's different answer makes no disagreement.
  await expect(cells(page, sponsor)).toHaveText(['– Asked of one partner', '✗ Not yet (not asked, not counted)', '✓ Yes', '· Not asked'], shown);
  const talking = page.getByRole('region', { name: 'To talk about first' });
  await expect(talking).not.toContainText(sponsor.prompt);
  await expect(talking).not.toContainText(joint.prompt);
  // A talking point lists the others' answers apart, under their own label.
  await fileInput(page).setInputFiles([
    exportFile(
      'charity',
      'Charityville',
      'civil-society',
      { [widest.id]: 'unknown', [narrower.id]: 'yes', [gap.id]: 'no', [joint.id]: 'partly', [sponsor.id]: 'yes' },
      (f) => (f.assessment.updatedAt = '2026-11-21T10:00:00.000Z'),
    ),
  ]);
  const first = talking.getByRole('list').first().locator(':scope > li').first();
  await expect(first).toContainText(widest.prompt);
  await expect(first).not.toContainText('Also answered, though not asked of them');
  await fileInput(page).setInputFiles([
    exportFile(
      'council',
      'Councilshire',
      'public-body',
      { [widest.id]: 'no', [sponsor.id]: 'unknown', [joint.id]: 'no' },
      (f) => (f.assessment.updatedAt = '2026-11-21T10:00:00.000Z'),
    ),
  ]);
  // Now the funder and the public body differ on the joint question; the charity's Partly is apart.
  const jointPoint = talking.locator('li.discuss-item').filter({ hasText: joint.prompt });
  await expect(jointPoint).toContainText(
    'Answers: Funder, Fundertown: ✓ Yes Public body, Councilshire: ✗ Not yet Also answered, though not asked of them (not counted): Civil society organisation, Charityville: ◐ Partly',
    { useInnerText: true },
  );
  await expectNoViolations(page, 'answers from partners not asked');
});

test('each partner’s count is the one scoring gives: answered for their role and phase, and apart those for other partners', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  const cards = page.getByRole('region', { name: 'Partners' }).getByRole('listitem');
  for (const [i, file] of [funder, council, charity].entries()) {
    const score = scoreAssessment(bank.questions, file.assessment);
    await expect(cards.nth(i)).toContainText(`${score.answered} of ${score.total} answered`);
    if (score.forOthers === 0) await expect(cards.nth(i)).not.toContainText('for other partners');
    else await expect(cards.nth(i)).toContainText(`${score.forOthers} answer${score.forOthers === 1 ? '' : 's'} for other partners, not counted`);
  }
  // The funder answered the public body's question: one answer for other partners.
  expect(scoreAssessment(bank.questions, funder.assessment).forOthers).toBe(1);
});

test('labels name the organisation when the file gives one, and tell two alike apart', async ({ page }) => {
  await openCompare(page);
  const council2 = exportFile('council2', 'Leeds', 'public-body', { [widest.id]: 'yes' }, undefined, 'Leeds City Council');
  const funderA = exportFile('funder-a', 'Leeds', 'funder', { [widest.id]: 'no' });
  const funderB = exportFile('funder-b', 'Leeds', 'funder', { [widest.id]: 'partly' });
  await fileInput(page).setInputFiles([council2, funderA, funderB]);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Added 3 files.');
  await expect(grid(page, knownStep).getByRole('columnheader')).toHaveText([
    'Question',
    'Agreement',
    'Leeds City Council Public body',
    'Funder, Leeds (Partner B)',
    'Funder, Leeds (Partner C)',
  ]);
  await expect(page.getByRole('button', { name: 'Remove Funder, Leeds (Partner C)' })).toBeVisible();
});

test('the CSV has the grid’s order, columns and labels', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the grid (CSV)' }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(
    'Step,Question ID,Question,Agreement,"Funder, Fundertown","Public body, Councilshire","Civil society organisation, Charityville",' +
      '"Funder, Fundertown: note","Public body, Councilshire: note","Civil society organisation, Charityville: note",To discuss',
  );
  const before = bank.questions.filter((q) => q.step < knownStep).length;
  expect(lines.slice(1 + before, 1 + before + stepQuestions.length).map((line) => line.split(',')[1])).toEqual(stepOrder.map((q) => q.id));
  const sponsorLine = lines.find((line) => line.includes(sponsor.id))!;
  expect(sponsorLine).toContain(',Asked of one partner,"Not yet (not asked, not counted)",Yes,Not asked,');
  expect(lines.find((line) => line.includes(joint.id))).toContain(',Agreed in place,Yes,Yes,"Partly (not asked, not counted)",');
  expect(lines.find((line) => line.includes(single.id))).toContain(',Asked of one partner,');
  expect(lines.find((line) => line.includes(widest.id))).toContain(charityNote);
  expect(lines).toHaveLength(bank.questions.length + 1);
});

test('hidden names never appear on the page, in print or in the CSV', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  await page.getByLabel('Label for Partner A').fill('Trust for Somewhere');
  await expect(grid(page, knownStep).getByRole('columnheader').nth(2)).toHaveText('Trust for Somewhere Funder');
  await expect(row(page, widest)).toContainText(charityNote);
  const hide = page.getByLabel('Hide names (show Partner A, B, C)');
  // The hint says what is hidden and, honestly, what is not.
  await expect(hide).toHaveAccessibleDescription(/labels, places, file names and notes are hidden\. Each partner's role still shows/);
  await hide.check();

  await expect(grid(page, knownStep).getByRole('columnheader')).toHaveText([
    'Question',
    'Agreement',
    'Partner A Funder',
    'Partner B Public body',
    'Partner C Civil society organisation',
  ]);
  await expect(page.getByRole('region', { name: 'To talk about first' })).toContainText("Partner C (Civil society organisation): ? Don't know");
  const secrets = ['Trust for Somewhere', 'Fundertown', 'Councilshire', 'Charityville', charityNote, 'funder.json', 'council.json', 'charity.json'];
  const text = await page.locator('body').innerText();
  const html = await page.content();
  const printed = (await printedPages(page)).join(' ');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the grid (CSV)' }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  for (const secret of secrets) {
    expect(text, 'page text').not.toContain(secret);
    expect(html, 'page markup').not.toContain(secret);
    expect(printed, 'print').not.toContain(secret);
    expect(csv, 'CSV').not.toContain(secret);
  }
  expect(printed).toContain('Partner B');
  expect(
    csv.startsWith(
      '\uFEFFStep,Question ID,Question,Agreement,Partner A (Funder),Partner B (Public body),Partner C (Civil society organisation),To discuss\r\n',
    ),
  ).toBe(true);
});

test('the print has the grid, no controls, and lets a step’s grid run on from the last', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  // Printed once the grid is on screen, as a reader would: its code loads with the first file read.
  await expect(page.getByRole('table', { name: /^Step \d:/ })).toHaveCount(5);
  const pages = (await printedPages(page)).map((p) => p.replace(/[‘’]/g, "'"));
  const printed = pages.join(' ');
  for (const q of stepQuestions) expect(printed).toContain(q.prompt.replace(/[‘’]/g, "'").slice(0, 40));
  expect(printed).toContain('Differ');
  expect(printed).toContain('To talk about first');
  for (const control of ['Choose exported files', 'Remove all files', 'Export the grid', 'Guide contents']) expect(printed).not.toContain(control);

  // Each step's grid follows the last on the same page, rather than leaving the rest of it blank.
  const gridPages = pages.slice(pages.findIndex((p) => p.includes('Question by question')));
  const startsOwnPage = [2, 3, 4, 5].filter((n) => gridPages.some((p) => p.startsWith(`Step ${n}:`)));
  expect(startsOwnPage.length, 'steps whose grid starts a new page').toBeLessThan(4);
  // A grid that runs on to the next page repeats its header row there.
  for (const p of gridPages.slice(1)) expect(p).toMatch(/^(Step \d: .*?)?Question Agreement /);
});

test('a malformed file among good ones is refused and the rest stay', async ({ page }) => {
  await openCompare(page);
  const broken = { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"cii-secondment-readiness","formatVe') };
  const other = { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') };
  await fileInput(page).setInputFiles([funder, broken, council]);
  await expect(page.getByRole('alert')).toContainText('broken.json: This file is damaged or incomplete');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Added 2 files.');
  await fileInput(page).setInputFiles([other, charity]);
  await expect(page.getByRole('alert')).toContainText('notes.json: This file is not an assessment from this guide');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Added 1 file.');
  await expect(partnerRemoveButtons(page)).toHaveCount(3);
  await expect(summaryCount(page, 'Disagreements')).toHaveText('2');
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
  await fileInput(page).setInputFiles([funder, older]);
  await expect(partnerRemoveButtons(page)).toHaveCount(2);
  const notShared = page.getByRole('region', { name: 'Questions not in every file' });
  await expect(notShared).toContainText('Was this an old question? (In the files of: Whole partnership, Oldtown)');
  await expect(notShared).toContainText(gap.prompt);
  await expect(page.getByRole('rowheader', { name: gap.prompt })).toHaveCount(0);
  await expect(page.getByRole('rowheader', { name: widest.prompt })).toHaveCount(1);
});

test('files that share no questions say so plainly, and list each file’s questions', async ({ page }) => {
  await openCompare(page);
  const elsewhere = exportFile('elsewhere', 'Elsewhere', 'funder', { 's1-another-question': 'yes' }, (file) => {
    file.questionBank.version = '2020-01-01';
    file.questionBank.questions = [
      { id: 's1-another-question', step: 1, prompt: 'Is this from another edition?', essential: false, roles: ['all'], action: 'Act.' },
    ];
  });
  await fileInput(page).setInputFiles([funder, elsewhere]);
  await expect(page.getByText('These files share no questions, so there is nothing to compare.')).toBeVisible();
  await expect(page.getByText('You agree on every question')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Summary' })).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  const listed = page.getByRole('region', { name: 'Questions not in every file' }).getByRole('listitem');
  await expect(listed).toHaveCount(bank.questions.length + 1);
  await expect(listed.filter({ hasText: 'Is this from another edition? (In the files of: Funder, Elsewhere)' })).toHaveCount(1);
  await expect(listed.filter({ hasText: `${widest.prompt} (In the files of: Funder, Fundertown)` })).toHaveCount(1);
});

test('files dropped beside the box are added, not opened by the browser', async ({ page }) => {
  await openCompare(page);
  await fileInput(page).setInputFiles([funder]);
  const files = await page.evaluateHandle(
    (contents) => {
      const data = new DataTransfer();
      for (const [name, text] of contents) data.items.add(new File([text], name, { type: 'application/json' }));
      return data;
    },
    [council, charity].map((f) => [f.name, f.buffer.toString('utf8')] as const),
  );
  const heading = page.getByRole('heading', { level: 1 });
  await heading.dispatchEvent('dragenter', { dataTransfer: files });
  const over = await heading.evaluate((element, data) => {
    const event = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    return event.defaultPrevented;
  }, files);
  expect(over, 'dragover is taken, so the browser will not open the file').toBe(true);
  const dropped = await heading.evaluate((element, data) => {
    const event = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    return event.defaultPrevented;
  }, files);
  expect(dropped, 'drop is taken, so the browser will not open the file').toBe(true);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Added 2 files.');
  await expect(partnerRemoveButtons(page)).toHaveCount(3);
});

test('a later export of the same assessment takes the earlier one’s place, and says so', async ({ page }) => {
  await openCompare(page);
  await fileInput(page).setInputFiles([funder, council]);
  await page.getByLabel('Label for Partner A').fill('Trust for Somewhere');
  const later = exportFile('funder', 'Fundertown', 'funder', { [widest.id]: 'no' }, (file) => (file.assessment.updatedAt = '2026-11-25T09:00:00.000Z'));
  await fileInput(page).setInputFiles([later]);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Trust for Somewhere: replaced the export of 20 November 2026 with the later one of 25 November 2026.',
  );
  await expect(partnerRemoveButtons(page)).toHaveCount(2);
  await expect(page.getByLabel('Label for Partner A')).toHaveValue('Trust for Somewhere');
  // The later answers are the ones compared: both now say Not yet.
  await expect(cells(page, widest).first()).toHaveText('= Agreed gap', { useInnerText: true });

  await fileInput(page).setInputFiles([funder]);
  await expect(page.getByRole('alert')).toHaveText(
    'funder.json: not added, because a later export of the same assessment is already here as Trust for Somewhere.',
  );
  await fileInput(page).setInputFiles([later]);
  await expect(page.getByRole('alert')).toHaveText('funder.json: this export is already here as Trust for Somewhere.');
  await expect(partnerRemoveButtons(page)).toHaveCount(2);
});

test('a partner whose label is emptied is still named, by letter and role', async ({ page }) => {
  await openCompare(page);
  await addThree(page);
  await page.getByLabel('Label for Partner B').fill('  ');
  await expect(grid(page, knownStep).getByRole('columnheader').nth(3)).toHaveText('Partner B Public body');
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
  await page
    .getByRole('group', { name: /^Remove all \d+ files/ })
    .getByRole('button', { name: 'Yes, remove all files' })
    .click();
  await expect(other.getByText('No files added yet')).toBeVisible();
  expect(Object.keys(await storedItems(other))).not.toContain('cii-guide:compare');
  await other.reload();
  await waitForIslands(other);
  await expect(other.getByText('No files added yet')).toBeVisible();
});

test('the files can be kept on this device, and removing them asks first', async ({ page }) => {
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
  const confirm = page.getByRole('group', { name: 'Remove all 3 files from this page and from this device? Other tabs showing them lose them too.' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Remove all files' })).toBeFocused();
  await expect(partnerRemoveButtons(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Remove all files' }).click();
  await confirm.getByRole('button', { name: 'Yes, remove all files' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Removed all files.');
  await expect(fileInput(page)).toBeFocused();
  expect(Object.keys(await storedItems(page))).not.toContain('cii-guide:compare');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('No files added yet')).toBeVisible();
});

test('the grid fits: agreement in view beside four partners at 1280 px; every partner and button on screen at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openCompare(page);
  await fileInput(page).setInputFiles([funder, council, charity, fourth]);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Added 4 files.');
  // Scrolled to, not scrolled sideways: the question and the agreement are both in view.
  await grid(page, knownStep).evaluate((table) => table.scrollIntoView({ block: 'start', inline: 'start' }));
  await expect(grid(page, knownStep).getByRole('columnheader', { name: 'Agreement' })).toBeInViewport({ ratio: 1 });
  await expect(grid(page, knownStep).getByRole('columnheader', { name: 'Question' })).toBeInViewport({ ratio: 1 });
  await expect(grid(page, knownStep).getByRole('columnheader').last()).toBeInViewport({ ratio: 1 });
  // The grid uses the page's width: no partner's column is cut or scrolled out of sight.
  const overflow = await page.getByRole('region', { name: new RegExp(`^Step ${knownStep}:`) }).evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(overflow, 'the grid scrolls sideways at 1280 px').toBeLessThanOrEqual(0);

  await page.setViewportSize({ width: 375, height: 800 });
  const offScreen = (locator: ReturnType<Page['locator']>) =>
    locator.evaluateAll((elements) => elements.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth).length);
  await expect(partnerRemoveButtons(page)).toHaveCount(4);
  expect(await offScreen(partnerRemoveButtons(page)), 'Remove buttons past the right edge').toBe(0);
  // Every partner's answer to a question is on screen, each naming its partner.
  expect(await offScreen(cells(page, widest)), 'answers past the right edge').toBe(0);
  await expect(cells(page, widest).nth(4)).toContainText('Whole partnership, Fourthplace: ✓ Yes', { useInnerText: true });
  // As a card, the agreement says what it is, as each answer names its partner.
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(cells(page, widest).first()).toHaveText('Agreement: ≠ Differ', { useInnerText: true });
});

test('opened from a folder on disk, the page says once what works there and links to the single-file edition', async ({ page }) => {
  await page.goto(pathToFileURL(resolve('dist/compare/index.html')).href);
  await expect(page.getByText('You are reading a copy opened from a folder on disk')).toHaveCount(1);
  const notice = page.getByText('Comparing files does not work in a copy opened from a folder; the single-file edition compares them on this device.');
  await expect(notice).toBeVisible();
  const link = page.locator('main').getByRole('link', { name: 'Open the single-file edition' });
  await expect(link).toBeVisible();
  expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toMatch(/^file:.*\/secondment-guide-offline\.html$/);
});

test('the comparison works by keyboard and passes axe', async ({ page }) => {
  // Axe checks the page five times, each with every question of the bank for each partner: on a
  // busy two-core machine that takes longer than the default minute.
  test.slow();
  await openCompare(page);
  await expectNoViolations(page, 'empty');
  // Choose files from the keyboard: the file input is reachable by Tab.
  await page.getByRole('link', { name: 'their readiness checklist' }).last().focus();
  await page.keyboard.press('Tab');
  await expect(fileInput(page)).toBeFocused();
  await addThree(page);
  await expectNoViolations(page, 'three files');
  await expectReflow(page, 'three files compared');

  // Rename by keyboard, then hide names.
  await page.getByLabel('Label for Partner A').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Trust');
  await expect(grid(page, knownStep).getByRole('columnheader').nth(2)).toHaveText('Trust Funder');
  await page.getByLabel('Hide names (show Partner A, B, C)').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Hide names (show Partner A, B, C)')).toBeChecked();
  await expectNoViolations(page, 'names hidden');

  // Removing a partner puts focus on the next one's Remove button, or the last one's.
  await page.getByRole('button', { name: 'Remove Partner B' }).focus();
  await page.keyboard.press('Enter');
  await expect(partnerRemoveButtons(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Remove Partner B' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove Partner A' })).toBeFocused();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Removed Partner B.');

  // Each grid is a named region that takes focus, so it can be scrolled from the keyboard.
  await fileInput(page).setInputFiles([council, charity]);
  const region = page.getByRole('region', { name: new RegExp(`^Step ${knownStep}:`) });
  await region.focus();
  await expect(region).toBeFocused();

  // Keep the files, then remove them all from the keyboard: asked first, focus back at the file input.
  await page.getByLabel('Keep these files on this device').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Remove all files' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^Remove all \d+ files/ }).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoViolations(page, 'asking before removing kept files');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Yes, remove all files' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(fileInput(page)).toBeFocused();
  await expect(page.getByText('No files added yet')).toBeVisible();

  // Narrow screens show the grid as one card per question.
  await page.setViewportSize({ width: 375, height: 800 });
  await fileInput(page).setInputFiles([funder, council, charity]);
  await expectNoViolations(page, 'three files at 375 px');
});
