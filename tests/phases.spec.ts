// Phases in the browser: a partnership says where it is, and readiness is judged for that phase
// everywhere; questions for later are marked and never hold it back; answers to first-edition
// questions that were split show beside their successors; every screen counts answers alike.
import type { Page } from '@playwright/test';
import { expectNoViolations } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { bankQuestions } from './support/site.ts';
import { seedStorage } from './support/storage.ts';
import type { Assessment } from '../src/lib/model.ts';
import { writeStored } from '../src/lib/stored-assessment.ts';

const BANK = bankQuestions();
const STEP_2 = 'steps/2-partnership/';

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('.assessment, .checklist').first().scrollIntoViewIfNeeded();
  await waitForIslands(page);
}

test('saying the partnership is about to recruit changes what counts, on the step page and the checklist', async ({ page }) => {
  await open(page, STEP_2);
  // A first answer starts an assessment, deciding whether to commit: step 2 is all for later.
  await page.locator('fieldset.question').first().getByRole('radio', { name: 'Yes' }).check();
  const result = page.locator('.step-result');
  await expect(result).toContainText('judged for: Deciding to commit');
  await expect(result).toContainText('For later');
  await expect(page.locator('fieldset.question--later')).toHaveCount(await page.locator('fieldset.question').count());
  await expect(page.locator('fieldset.question--later').first()).toContainText('It does not count towards your result yet');
  await expectNoViolations(page, 'step 2, all for later');

  await page.goto('checklist/');
  await waitForIslands(page);
  await expect(page.locator('.checklist-overall')).toContainText(/Not yet ready to commit|Not started/);
  await page.getByRole('radio', { name: /Before secondees start/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Now judging readiness for: Before secondees start.' })).toBeVisible();
  await expect(page.locator('.checklist-overall')).toContainText('Not yet ready for secondees to start');
  await expect(page.getByRole('heading', { name: 'Before secondees start', level: 2 })).toBeVisible();
  await expectNoViolations(page, 'checklist, before secondees start');

  await open(page, STEP_2);
  await expect(result).toContainText('judged for: Before secondees start');
  const prepare = BANK.filter((q) => q.step === 2 && q.phase === 'prepare').length;
  await expect(result).toContainText(`1 of ${prepare} answered`);
  await expect(page.locator('fieldset.question--later')).toHaveCount(BANK.filter((q) => q.step === 2 && q.phase !== 'prepare' && q.phase !== 'commit').length);
});

test('an answer to a first-edition question that was split shows beside each question that replaced it', async ({ page }) => {
  const successors = BANK.filter((q) => q.replaces?.includes('s4-induction'));
  expect(successors.length).toBeGreaterThan(1);
  await page.goto('steps/4-manage-secondments/');
  // A record exactly as the first release wrote it.
  await seedStorage(page, {
    'cii-guide:assessment:a-old': JSON.stringify({
      v: 1,
      id: 'a-old',
      place: 'York',
      partnership: '',
      perspective: 'partnership',
      createdAt: '2026-11-24T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
      answers: { 's4-induction': { value: 'partly', note: 'Pay not covered yet' } },
    }),
  });
  await open(page, 'steps/4-manage-secondments/');
  for (const q of successors) {
    await expect(page.locator(`fieldset#${q.id}`)).toContainText('Earlier, a combined question asked:');
    await expect(page.locator(`fieldset#${q.id}`)).toContainText('You answered: Partly. Your note then: Pay not covered yet');
  }
  // Once one is answered again, the earlier answer steps aside for that question only.
  await page.locator(`fieldset#${successors[0]!.id}`).getByRole('radio', { name: 'Yes' }).check();
  await expect(page.locator(`fieldset#${successors[0]!.id}`)).not.toContainText('Earlier, a combined question');
  await expect(page.locator(`fieldset#${successors[1]!.id}`)).toContainText('Earlier, a combined question');
  await expectNoViolations(page, 'earlier answers shown');
});

test('the step page, the checklist and a shared copy count answers the same way', async ({ page, browser }) => {
  // A funder who also answered two questions asked of others.
  const mine = BANK.filter((q) => q.step === 1 && (q.roles.includes('all') || q.roles.includes('funder')));
  const others = BANK.filter((q) => q.step === 1 && !q.roles.includes('all') && !q.roles.includes('funder'));
  const assessment: Assessment = {
    id: 'a-count',
    place: 'Leeds',
    partnership: '',
    organisation: '',
    perspective: 'funder',
    phase: 'commit',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers: Object.fromEntries([...mine.slice(0, 3), ...others.slice(0, 2)].map((q) => [q.id, { value: 'partly' as const }])),
    plan: {},
    reviews: [],
    nextReview: '',
  };
  const counted = `3 of ${mine.length}`;
  await page.goto('steps/1-shared-goals/');
  await seedStorage(page, { 'cii-guide:assessment:a-count': writeStored(assessment), 'cii-guide:active': 'a-count' });
  await open(page, 'steps/1-shared-goals/');
  await expect(page.locator('.step-result')).toContainText(`${counted} answered · ${others.slice(0, 2).length} answered for other partners, not counted`);

  await page.goto('checklist/');
  await waitForIslands(page);
  await expect(page.locator('.checklist-overall')).toContainText(`${counted} questions answered and 2 answered for other partners`);
  await expect(page.locator('.bar-row').first()).toContainText('2 for other partners');
  await page.getByRole('button', { name: 'Create a share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await waitForIslands(other);
  await expect(other.locator('.import-preview__banner')).toContainText(`${counted} questions answered`);
  await fresh.close();
});
