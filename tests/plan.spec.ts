// The action plan and reviews in the browser: a funder gives every gap an owner and a date, puts
// the dates in a calendar, prints the plan, records a review, and later sees what moved.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expectNoViolations, expectReflow } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { pdfText } from './support/pdf-text.ts';
import { bankQuestions } from './support/site.ts';
import { seedStorage, storedItems } from './support/storage.ts';
import type { Assessment } from '../src/lib/model.ts';
import { writeStored } from '../src/lib/stored-assessment.ts';

const COMMIT = bankQuestions().filter((q) => q.phase === 'commit' && (q.roles.includes('all') || q.roles.includes('funder')));

/** A funder deciding whether to commit, with three gaps and the rest in place. */
function funder(): Assessment {
  const answers = Object.fromEntries(COMMIT.map((q, i) => [q.id, { value: i < 3 ? ('no' as const) : ('yes' as const) }]));
  return {
    id: 'a-leeds',
    place: 'Leeds',
    partnership: 'Leeds Together',
    organisation: 'Leeds Community Foundation',
    perspective: 'funder',
    phase: 'commit',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers,
    plan: {},
    reviews: [],
    nextReview: '',
  };
}

async function openChecklist(page: Page, assessment: Assessment) {
  await page.goto('checklist/');
  await seedStorage(page, { [`cii-guide:assessment:${assessment.id}`]: writeStored(assessment), 'cii-guide:active': assessment.id });
  await waitForIslands(page);
}

const stored = async (page: Page): Promise<Record<string, { owner?: string; due?: string; status?: string; person?: string }>> =>
  JSON.parse((await storedItems(page))['cii-guide:assessment:a-leeds']!).plan;

const gaps = COMMIT.slice(0, 3);
const action = (page: Page, i: number) => page.locator(`#action-${gaps[i]!.id}`);

test('every gap gets an owner, a date and a status; done ones go last; overdue ones say so; the next three head the list', async ({ page }) => {
  await openChecklist(page, funder());
  await expect(page.locator('.action')).toHaveCount(3);
  await expectNoViolations(page, 'plan, nothing set');

  const first = action(page, 0);
  await first.getByLabel('Owner').selectOption({ label: 'Funder' });
  await first.getByLabel('Due date').fill('2026-11-01');
  await first.getByText('Person or team, and a note').click();
  await first.getByLabel('Person or team (optional)').fill('Policy team');
  await first.getByLabel('Person or team (optional)').blur();
  const second = action(page, 1);
  await second.getByLabel('Owner').selectOption({ label: 'Public body' });
  await second.getByLabel('Due date').fill('2027-03-31');
  await action(page, 2).getByLabel('Status').selectOption({ label: 'Done' });

  await expect
    .poll(() => stored(page))
    .toMatchObject({
      [gaps[0]!.id]: { owner: 'funder', due: '2026-11-01', person: 'Policy team' },
      [gaps[1]!.id]: { owner: 'public-body', due: '2027-03-31' },
      [gaps[2]!.id]: { status: 'done' },
    });
  // Overdue in words, done at the end of its group, progress counted.
  await expect(first).toContainText(/Overdue by \d+ days/);
  await expect(page.locator('.action').last()).toHaveAttribute('id', `action-${gaps[2]!.id}`);
  await expect(page.locator('.checklist-overall')).toContainText('1 of 3 actions done · 1 overdue');
  const next = page.locator('.next-actions__list li');
  await expect(next).toHaveCount(2);
  await expect(next.first()).toContainText(gaps[0]!.action);
  await expect(next.first()).toContainText('Funder, Policy team · Due 1 November 2026');
  await expectNoViolations(page, 'plan, owners and dates set');
  await expectReflow(page, 'plan');

  // The plan by due date, by owner, and only the reader's own.
  await page.getByRole('radio', { name: 'By due date' }).check();
  await expect(page.locator('.plan-view__actions .action').first()).toHaveAttribute('id', `action-${gaps[0]!.id}`);
  await page.getByRole('radio', { name: 'By owner' }).check();
  await expect(page.locator('.checklist-owner h3')).toHaveText(['Public body', 'Funder', 'No owner yet']);
  await page.getByRole('checkbox', { name: /Only actions owned by funder/ }).check();
  await expect(page.locator('.plan-view__actions .action')).toHaveCount(1);
});

test('the plan leaves the browser as a calendar, a spreadsheet, a summary and on paper', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const assessment = funder();
  assessment.plan = {
    [gaps[0]!.id]: { owner: 'funder', person: 'Zoë Ní Bhriain', due: '2027-03-28', status: 'doing', at: '2026-11-21T10:00:00.000Z' },
    [gaps[1]!.id]: { owner: 'civil-society', due: '2027-10-31', status: 'todo', at: '2026-11-21T10:00:00.000Z' },
  };
  await openChecklist(page, assessment);

  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add dated actions to a calendar (.ics)' }).click()]);
  expect(ics.suggestedFilename()).toMatch(/^readiness-leeds-leeds-community-foundation-\d{4}-\d{2}-\d{2}\.ics$/);
  const events = new ICAL.Component(ICAL.parse(readFileSync(await ics.path(), 'utf8'))).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
    [`Leeds: ${gaps[0]!.action}`, '2027-03-28'],
    [`Leeds: ${gaps[1]!.action}`, '2027-10-31'],
  ]);
  expect(events[0]!.description).toContain('Owner: Funder, Zoë Ní Bhriain');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for spreadsheets (CSV)' }).click()]);
  const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(rows.find((r) => r.includes(gaps[0]!.id))).toContain('Funder,Zoë Ní Bhriain,2027-03-28,In progress');

  await page.getByRole('button', { name: 'Copy a summary' }).click();
  await expect(page.getByText('Summary copied')).toBeVisible();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain('Result: Not yet ready to commit');
  expect(summary).toContain(`- ${gaps[0]!.action} (Funder, Zoë Ní Bhriain, by 28 March 2027)`);

  await page.emulateMedia({ media: 'print' });
  const printed = (await pdfText(await page.pdf({ format: 'A4' }))).replace(/\s+/g, ' ');
  for (const text of [
    'Action plan',
    'Owner',
    'Due',
    'Status',
    'Funder, Zoë Ní Bhriain',
    '28 March 2027',
    'Civil society organisation',
    '31 October 2027',
    'In progress',
    'To do',
  ]) {
    expect(printed).toContain(text);
  }
  expect(printed).not.toContain('Show actions');
});

test('a review keeps a dated snapshot; later the checklist shows what moved and readiness across reviews', async ({ page }) => {
  await openChecklist(page, funder());
  await page.getByRole('button', { name: 'Record a review now' }).click();
  await expect(page.getByText(/^Recorded a review on .+\. The next one is due on .+\.$/)).toBeVisible();
  const record = JSON.parse((await storedItems(page))['cii-guide:assessment:a-leeds']!);
  expect(record.reviews).toHaveLength(1);
  expect(record.nextReview).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByLabel('Next review')).toHaveValue(record.nextReview);

  // On the step page one gap moves up, one answer moves down.
  await page.goto('steps/1-shared-goals/');
  await waitForIslands(page);
  await page.locator(`fieldset#${gaps[0]!.id}`).getByRole('radio', { name: 'Yes' }).check();
  await page.locator(`fieldset#${COMMIT[3]!.id}`).getByRole('radio', { name: 'Partly' }).check();
  await page.goto('checklist/');
  await waitForIslands(page);
  const since = page.getByRole('region', { name: /^Since your review on/ });
  await expect(since.getByRole('heading', { name: 'Moved up (1)' })).toBeVisible();
  await expect(since).toContainText(`${gaps[0]!.prompt} Not yet → Yes`);
  await expect(since.getByRole('heading', { name: 'Moved down (1)' })).toBeVisible();
  await expect(since.getByRole('heading', { name: 'New gaps (1)' })).toBeVisible();
  const picture = page.getByRole('table', { name: 'Readiness by step at each review' });
  await expect(picture.locator('thead th')).toHaveCount(2);
  await expect(picture.locator('thead th').last()).toHaveText('Now');
  await expectNoViolations(page, 'since a review');
});

test('a review that is due shows on the checklist and the home page, and one not yet due does not', async ({ page }) => {
  await openChecklist(page, { ...funder(), nextReview: '2026-01-01' });
  await expect(page.getByText('Your review of Leeds (Leeds Together) was due on 1 January 2026.')).toBeVisible();

  await page.goto('');
  const notice = page.locator('.review-due');
  await expect(notice).toHaveText(/Your review of Leeds \(Leeds Together\) was due on 1 January 2026\.\s+Go to your checklist to record it/);
  await expectNoViolations(page, 'home page, review due');
  await notice.getByRole('link', { name: 'Go to your checklist to record it' }).click();
  await waitForIslands(page);
  await page.locator('.checklist-review-due').getByRole('link', { name: 'Record a review now' }).click();
  await expect(page.getByRole('heading', { name: 'Reviews' })).toBeInViewport();

  await seedStorage(page, { 'cii-guide:assessment:a-leeds': writeStored({ ...funder(), nextReview: '2999-01-01' }), 'cii-guide:active': 'a-leeds' });
  await page.goto('');
  await expect(page.locator('.task-list [data-step-progress="1"]')).toBeVisible();
  await expect(notice).toBeHidden();
});

test('a link too long to send says so and offers the file instead', async ({ page }) => {
  const long = funder();
  // Notes nobody could compress much: a link for them would be far too long to send.
  let seed = 7;
  const noise = () => Array.from({ length: 900 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
  for (const q of bankQuestions().slice(0, 20)) long.answers[q.id] = { value: 'partly', note: noise() };
  await openChecklist(page, long);
  await page.getByRole('button', { name: 'Create a share link' }).click();
  await expect(page.getByText(/This link would be [\d,]+ characters long/)).toBeVisible();
  await expect(page.getByLabel('Share link')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.checklist-tools').getByRole('button', { name: 'Export for this guide (JSON)' }).last().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
});

test.describe('by keyboard alone', () => {
  test('an owner, a date and a status are set without a mouse', async ({ page }) => {
    await openChecklist(page, funder());
    const owner = action(page, 0).getByLabel('Owner');
    await owner.focus();
    // A native select: arrow keys choose; the change is saved as it is made.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(action(page, 0).getByLabel('Due date')).toBeFocused();
    // The date field's parts (day, month, year, in the reader's own order) each take the arrow
    // keys and then Tab; once all three are set, the date is saved.
    const status = action(page, 0).getByLabel('Status');
    for (let i = 0; i < 6 && !(await status.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Tab');
    }
    await expect(status).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => stored(page))
      .toMatchObject({ [gaps[0]!.id]: { owner: 'funder', due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), status: 'doing' } });
  });
});
