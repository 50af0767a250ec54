// The readiness checklist: seeing it, printing it, and taking an assessment out of the
// browser and back in every way the page offers, with every bad file refused cleanly.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoViolations, expectReflow } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { generateAssessment, hostileCases } from './support/generated.ts';
import { pdfText } from './support/pdf-text.ts';
import { bankPrompts, bankQuestions } from './support/site.ts';
import { questionIds, seedStorage, storedItems } from './support/storage.ts';
import type { Assessment } from '../src/lib/model.ts';
import { readStored, writeStored } from '../src/lib/stored-assessment.ts';

async function openChecklist(page: Page, assessments: Assessment[] = []) {
  await page.goto('checklist/');
  if (assessments.length) {
    await seedStorage(page, {
      ...Object.fromEntries(assessments.map((a) => [`cii-guide:assessment:${a.id}`, writeStored(a)])),
      'cii-guide:active': assessments[0]!.id,
    });
  }
  await waitForIslands(page);
}

/** The stored assessments, read back the way the site reads them. */
async function storedAssessments(page: Page): Promise<Assessment[]> {
  const items = await storedItems(page);
  return Object.entries(items)
    .filter(([key]) => key.startsWith('cii-guide:assessment:'))
    .map(([, value]) => readStored(value))
    .flatMap((r) => (r.kind === 'ok' ? [r.assessment] : []));
}

async function everyAnswer(
  page: Page,
  value: Assessment['answers'][string]['value'],
  perspective: Assessment['perspective'] = 'partnership',
): Promise<Assessment> {
  const ids = await questionIds(page);
  return {
    id: 'a-full',
    place: 'Leeds',
    partnership: 'Leeds Together',
    organisation: '',
    phase: 'commit',
    plan: {},
    reviews: [],
    nextReview: '',
    perspective,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers: Object.fromEntries(ids.map((id) => [id, { value }])),
  };
}

test('the empty checklist says how to start, and passes axe', async ({ page }) => {
  await openChecklist(page);
  await expect(page.getByRole('heading', { name: 'You have not started an assessment yet' })).toBeVisible();
  // Start means the chapter's top, not its questions: the chapter says why before it asks.
  await expect(page.getByRole('link', { name: 'Start with step 1' })).toHaveAttribute('href', /steps\/1-shared-goals\/$/);
  // One way to start, and no greyed-out buttons for what cannot be done yet.
  await expect(page.getByRole('button', { name: /Export|Print/ })).toHaveCount(0);
  await expectNoViolations(page, 'empty');
});

test('a partial checklist shows who, when, the overall result, bars and actions, essentials first', async ({ page }) => {
  await page.goto('checklist/');
  const ids = await questionIds(page);
  const assessment = { ...generateAssessment(11, ids), perspective: 'partnership' as const, phase: 'prepare' as const };
  await openChecklist(page, [assessment]);
  await expect(page.locator('.checklist-meta')).toContainText(assessment.place);
  await expect(page.locator('.checklist-meta')).toContainText('Whole partnership');
  await expect(page.locator('.checklist-meta')).toContainText('Before secondees start');
  await expect(page.locator('.checklist-overall')).toContainText('Not yet ready for secondees to start');
  await expect(page.locator('.bar-row')).toHaveCount(5);
  await expect(page.locator('.bar-row').first()).toContainText(/Yes \d+ · Partly \d+ · Not yet \d+ · Don't know \d+ · Not answered \d+/);

  for (const step of await page.locator('.checklist-step').all()) {
    const tags = await step.locator('.action').evaluateAll((items) => items.map((item) => item.querySelector('.tag--essential') !== null));
    // Essentials come first: no essential after a non-essential.
    expect(tags.join(',')).toBe([...tags].sort((a, b) => Number(b) - Number(a)).join(','));
  }
  // Each action links back to its question.
  const link = page
    .locator('.action')
    .first()
    .getByRole('link', { name: /Go to the question/ });
  await expect(link).toHaveAttribute('href', /\/steps\/\d-[a-z-]+\/#s\d-[a-z0-9-]+$/);
  await expectNoViolations(page, 'partial');
  await expectReflow(page, 'partial checklist');
});

test('a complete, all-Yes checklist is ready for its phase and passes axe', async ({ page }) => {
  await page.goto('checklist/');
  await openChecklist(page, [{ ...(await everyAnswer(page, 'yes')), phase: 'end' }]);
  await expect(page.locator('.checklist-overall')).toContainText('Ready to end well');
  await expect(page.locator('.checklist-overall')).toContainText('5 of 5 steps ready for this phase');
  await expect(page.getByText('Nothing to do for this step in this phase')).toHaveCount(1);
  await expect(page.locator('.action')).toHaveCount(0);
  await expectNoViolations(page, 'complete');
});

test('the printed checklist and the blank one contain every question, and no navigation or buttons', async ({ page }) => {
  await page.goto('checklist/');
  const prompts = bankPrompts();
  expect(prompts.length).toBeGreaterThan(30);
  // PDF text breaks a line after a hyphen as "pre- election": join such words again.
  const normalise = (text: string) =>
    text
      .replace(/[‘’]/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/(\w)- (\w)/g, '$1-$2');

  // A mix of answers, from the whole partnership, so every question shows as an action or as in place.
  const mixed = { ...(await everyAnswer(page, 'yes')), phase: 'end' as const };
  Object.keys(mixed.answers).forEach((id, i) => (mixed.answers[id] = { value: (['yes', 'partly', 'no', 'unknown'] as const)[i % 4] }));
  await openChecklist(page, [mixed]);
  // Printed once the checklist is on screen, as a reader would: its report loads as the page hydrates.
  await expect(page.locator('.checklist-overall')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const filled = normalise(await pdfText(await page.pdf({ format: 'A4' })));
  const blankPage = await page.context().newPage();
  await blankPage.goto('checklist/blank/');
  const blank = normalise(await pdfText(await blankPage.pdf({ format: 'A4' })));
  const pageCount = (text: string) => /Page 1 of (\d+)/.exec(text)?.[1];
  console.log(`Printed on A4: the filled checklist (every question answered) on ${pageCount(filled)} pages, the blank one on ${pageCount(blank)}.`);

  for (const [name, text] of [
    ['filled', filled],
    ['blank', blank],
  ] as const) {
    for (const prompt of prompts) expect(text, `${name} checklist`).toContain(normalise(prompt));
    for (const chrome of ['Guide contents', 'Your checklist', 'Change details', 'Export for this guide', 'Import an assessment', 'Search', 'Show actions']) {
      expect(text, `${name} checklist`).not.toContain(chrome);
    }
  }
  expect(filled).toContain('Leeds');
  expect(filled).toMatch(/Page 1 of \d/);
  expect(blank).toContain('Notes');
});

test('the blank checklist works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('checklist/blank/');
  await expect(page.locator('.blank-question')).toHaveCount(bankPrompts().length);
  await expect(page.locator('.blank-question').first().locator('.tick-box')).toHaveCount(4);
  await context.close();
});

test('JSON export then import brings the same assessment back, as new or in place of another', async ({ page }) => {
  await page.goto('checklist/');
  const ids = await questionIds(page);
  const original = generateAssessment(21, ids);
  await openChecklist(page, [original]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for this guide (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^readiness-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.format).toBe('cii-secondment-readiness');
  expect(file.questionBank.questions.length).toBe(ids.length);
  expect(file.assessment).toEqual(original);

  // Import it as a new assessment: it opens read-only first, and is kept only when asked.
  await page.getByLabel('Choose a file').setInputFiles(await download.path());
  await expect(page.getByRole('heading', { name: new RegExp(`^From the file .+: ${original.place}`) })).toBeFocused();
  await expect(page.locator('.import-preview .checklist-meta')).toContainText(original.place);
  await expect(page.locator('.import-preview select')).toHaveCount(1);
  await page.getByRole('button', { name: 'Keep as a separate copy' }).click();
  await expect(page.getByText(`Kept a copy of the assessment for ${original.place}`)).toBeVisible();
  const both = await storedAssessments(page);
  expect(both).toHaveLength(2);
  const copy = both.find((a) => a.id !== original.id)!;
  expect({ ...copy, id: original.id }).toEqual(original);

  // Import again: the page knows it already holds this assessment and offers to update it.
  await page.getByLabel('Choose a file').setInputFiles(await download.path());
  await expect(page.locator('.import-preview')).toContainText(`You already have this assessment in this browser: ${original.place}`);
  await page.getByRole('button', { name: 'Update your copy' }).click();
  await expect(page.getByText(`Updated your copy of ${original.place}`)).toBeVisible();
  expect(await storedAssessments(page)).toHaveLength(2);

  // Or replace another one, only after confirming.
  await page.getByLabel('Choose a file').setInputFiles(await download.path());
  await page.locator('.import-preview__replace summary').click();
  await expect(page.getByLabel('Assessment to replace')).toHaveValue(original.id);
  await page.getByLabel('Assessment to replace').selectOption(copy.id);
  await page.getByRole('button', { name: 'Replace an existing assessment' }).click();
  await expect(page.getByRole('group', { name: /^Replace the answers for/ })).toBeFocused();
  expect(await storedAssessments(page)).toHaveLength(2);
  await page
    .getByRole('group', { name: /^Replace the answers for/ })
    .getByRole('button', { name: 'Replace an existing assessment' })
    .click();
  await expect(page.getByText('Replaced the answers for')).toBeVisible();
  expect((await storedAssessments(page)).map((a) => a.id).sort()).toEqual([original.id, copy.id].sort());
});

test('CSV export has a byte-order mark and one correctly quoted row per question', async ({ page }) => {
  await page.goto('checklist/');
  const ids = await questionIds(page);
  const assessment = generateAssessment(5, ids);
  assessment.answers[ids[0]!] = { value: 'partly', note: 'Said "yes", then\n"maybe"' };
  await openChecklist(page, [assessment]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for spreadsheets (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(
    text.startsWith(
      'Step,Question ID,Question,Phase,Asked of,Essential,Answer,Note,Action,Owner,Person or team,Due date,Action status,Place,Partnership,Organisation,Answered as\r\n',
    ),
  ).toBe(true);
  expect(text).toContain(`${ids[0]},`);
  expect(text).toContain('"Said ""yes"", then\n""maybe"""');
  expect(text.trimEnd().split(/\r\n/)).toHaveLength(ids.length + 1);
});

test('each kind of bad file is refused with its message and changes nothing; markup in a file shows as text', async ({ page }) => {
  await page.goto('checklist/');
  const ids = await questionIds(page);
  await openChecklist(page, [generateAssessment(31, ids)]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for this guide (JSON)' }).click()]);
  // The unit tests put every hostile file through the reader; here one of each kind goes through
  // the page, with every file whose text is markup, to see what the reader is shown.
  const all = hostileCases(JSON.parse(readFileSync(await download.path(), 'utf8')));
  const cases = all.filter((c, i) => c.name.startsWith('markup') || all.findIndex((d) => d.expected === c.expected) === i);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const before = await storedItems(page);

  const messages = {
    'not-ours': 'This file is not an assessment from this guide',
    newer: 'This file was made by a newer version of this guide',
    damaged: 'This file is damaged or incomplete',
    'too-large': 'This file is too large',
  };
  const input = page.getByLabel('Choose a file');
  const refusal = page.locator('#import-error');
  const preview = page.locator('.import-preview');
  for (const c of cases) {
    await input.setInputFiles({ name: `${c.name}.json`, mimeType: 'application/json', buffer: Buffer.from(c.content) });
    if (c.expected === 'preview') {
      // Markup in a file shows as text, never as elements.
      const { place } = (JSON.parse(String(c.content)) as { assessment: Assessment }).assessment;
      await expect(preview, c.name).toContainText(place);
      await expect(preview.locator('img, script'), c.name).toHaveCount(0);
      expect(
        await preview
          .locator('.checklist-meta dd')
          .first()
          .evaluate((dd) => dd.children.length),
        c.name,
      ).toBe(0);
      await preview.getByRole('button', { name: 'Close without keeping' }).click();
      await expect(preview).toBeHidden();
    } else {
      await expect(refusal, c.name).toContainText(`${c.name}.json: ${messages[c.expected]}`);
    }
  }
  expect(await storedItems(page)).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { __scriptRan?: number }).__scriptRan)).toBeUndefined();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a share link opened in a fresh browser round-trips the answers', async ({ page, browser, baseURL }) => {
  await page.goto('checklist/');
  const ids = await questionIds(page);
  const original = generateAssessment(41, ids);
  await openChecklist(page, [original]);
  await page.getByRole('button', { name: 'Create a share link' }).click();
  await expect(page.getByText('Anyone who has the link can see these answers')).toBeVisible();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/checklist\/#share=[A-Za-z0-9_-]+$/);
  expect(link.startsWith(baseURL!)).toBe(true);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await waitForIslands(other);
  // The shared answers can be read at once, as a checklist, before anything is kept.
  await expect(other.getByRole('heading', { name: /^Shared with you:/ })).toBeVisible();
  await expect(other.locator('.import-preview .checklist-meta')).toContainText(original.place);
  await expect(other.locator('.import-preview .checklist-overall')).toBeVisible();
  await expect(other.getByText('You have not started an assessment yet')).toHaveCount(0);
  // Nothing in it can be changed: no plan fields, no phase to choose.
  await expect(other.locator('.import-preview__checklist').locator('.plan-fields, select, [type=date], [type=text]')).toHaveCount(0);
  await expect(other.getByRole('group', { name: 'Where is your partnership now?' })).toHaveCount(0);
  await expectNoViolations(other, 'shared, read-only');
  expect(await storedItems(other)).toEqual({});
  await other.getByRole('button', { name: 'Keep a copy' }).click();
  await expect(other.locator('.checklist-meta')).toContainText(original.place);
  expect(other.url()).not.toContain('#share=');
  const kept = await storedAssessments(other);
  expect(kept).toHaveLength(1);
  expect({ ...kept[0]!, id: original.id }).toEqual(original);
  await fresh.close();
});

test('a share link made for one assessment is gone once another is chosen', async ({ page }) => {
  await page.goto('checklist/');
  const ids = await questionIds(page);
  const leeds = { ...generateAssessment(61, ids), place: 'Leeds' };
  const bristol = { ...generateAssessment(62, ids), place: 'Bristol' };
  await openChecklist(page, [leeds, bristol]);
  await page.getByRole('button', { name: 'Create a share link' }).click();
  await expect(page.getByLabel('Share link')).toBeVisible();
  await page.getByRole('button', { name: 'Switch', exact: true }).click();
  await expect(page.getByLabel('Switch assessment')).toBeFocused();
  await page.getByLabel('Switch assessment').selectOption(bristol.id);
  await page.getByRole('button', { name: 'Switch assessment' }).click();
  await expect(page.locator('.checklist-meta')).toContainText('Bristol');
  await expect(page.getByLabel('Share link')).toHaveCount(0);
});

test('answers to other partners’ questions are listed apart and not scored', async ({ page }) => {
  await page.goto('checklist/');
  const forOthers = bankQuestions().find((q) => !q.roles.includes('all') && !q.roles.includes('funder'))!;
  const funder = { ...(await everyAnswer(page, 'yes', 'funder')), answers: { [forOthers.id]: { value: 'no' as const, note: 'Heard from the council' } } };
  await openChecklist(page, [funder]);
  const others = page.getByRole('region', { name: 'You also answered, for other partners (not counted in your result)' });
  await expect(others).toContainText(forOthers.prompt);
  await expect(others).toContainText('Not yet');
  await expect(others).toContainText('Heard from the council');
  // An answer for someone else is not a thing in place: no tick beside it.
  expect(
    await others
      .locator('li')
      .first()
      .evaluate((li) => getComputedStyle(li, '::before').content),
  ).not.toContain('✓');
  await expect(page.locator('.checklist-overall')).toContainText('Not started');
});

test('a damaged share link is refused with a plain message', async ({ page }) => {
  await page.goto('checklist/#share=this-is-not-an-assessment');
  await waitForIslands(page);
  await expect(page.getByText('This share link is damaged or incomplete')).toBeVisible();
  expect(await storedItems(page)).toEqual({});
});

test('reset clears the answers only after confirming, and offers an export first', async ({ page }) => {
  await page.goto('checklist/');
  const ids = await questionIds(page);
  await openChecklist(page, [generateAssessment(51, ids)]);
  await page.getByRole('button', { name: 'Clear all answers' }).click();
  const confirm = page.getByRole('group', { name: /^Clear every answer and note for/ });
  await expect(confirm).toContainText('Clear every answer and note for');
  const [download] = await Promise.all([page.waitForEvent('download'), confirm.getByRole('button', { name: 'Export a copy first (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  expect(Object.keys((await storedAssessments(page))[0]!.answers).length).toBeGreaterThan(0);
  await expectNoViolations(page, 'confirming reset');
  await confirm.getByRole('button', { name: 'Clear all answers' }).click();
  await expect(page.getByText('Cleared the answers for')).toBeVisible();
  expect((await storedAssessments(page))[0]!.answers).toEqual({});
  await expect(page.locator('.checklist-overall')).toContainText('Not started');
});
