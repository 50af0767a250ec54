// The step self-assessment in a real browser: answers are kept on the device and survive
// reloads, tabs and every storage fault, and the whole thing works by keyboard.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoViolations, expectReflow } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { bankQuestions } from './support/site.ts';

const STEP_1 = 'steps/1-shared-goals/';
const STEP_2 = 'steps/2-partnership/';
const STEP_1_QUESTIONS = bankQuestions().filter((q) => q.step === 1);

/** Opens a step page and waits for its assessment to be ready to use. */
async function openStep(page: Page, path = STEP_1) {
  await page.goto(path);
  await page.locator('.assessment').scrollIntoViewIfNeeded();
  await waitForIslands(page);
}

const question = (page: Page, index: number) => page.locator('fieldset.question').nth(index);

async function startAssessment(page: Page, place: string, perspective = 'Whole partnership', partnership = '') {
  const picker = page.locator('.assessment .picker');
  const form = picker.getByRole('form', { name: 'Start a new assessment' });
  if (!(await form.isVisible())) await picker.getByRole('button', { name: /^(Name your assessment|Start another)$/ }).click();
  // The form takes focus at its first field.
  await expect(form.getByLabel('Place')).toBeFocused();
  await form.getByLabel('Place').fill(place);
  if (partnership) await form.getByLabel('Partnership name').fill(partnership);
  await form.getByRole('radio', { name: perspective }).check();
  await form.getByRole('button', { name: 'Start assessment' }).click();
  await expect(picker).toContainText(`Answering for: ${place}`);
}

async function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

test('an answer is saved on the device and is still there after a reload', async ({ page, watch }) => {
  await openStep(page);
  await question(page, 0).getByRole('radio', { name: 'Partly' }).check();
  await question(page, 1).locator('summary', { hasText: 'Note (optional)' }).click();
  await question(page, 1).getByRole('textbox').fill('Ask the chief executive’s office.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

  await page.reload();
  await page.locator('.assessment').scrollIntoViewIfNeeded();
  await expect(question(page, 0).getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(question(page, 1).getByRole('textbox')).toHaveValue('Ask the chief executive’s office.');
  await expect(page.locator('.step-result')).toContainText(`1 of ${STEP_1_QUESTIONS.length} answered`);
  expect(watch.errors).toEqual([]);
});

test('with nothing stored, the form’s code loads on first use and the first press still works', async ({ context }) => {
  // By pointer: the picker's button, pressed at once, opens its form.
  const byPointer = await context.newPage();
  await byPointer.goto(STEP_1);
  await byPointer.getByRole('button', { name: 'Name your assessment' }).click();
  await expect(byPointer.getByRole('form', { name: 'Start a new assessment' }).getByLabel('Place')).toBeFocused();
  // By keyboard: the same, with focus arriving on the button and Enter at once.
  const byKeyboard = await context.newPage();
  await byKeyboard.goto(STEP_1);
  await byKeyboard.getByRole('button', { name: 'Name your assessment' }).focus();
  await byKeyboard.keyboard.press('Enter');
  await expect(byKeyboard.getByRole('form', { name: 'Start a new assessment' }).getByLabel('Place')).toBeFocused();
});

test('the step result follows the published rules and names missing essentials', async ({ page }) => {
  await openStep(page);
  const result = page.locator('.step-result');
  await expect(result).toContainText('Not started');
  const count = await page.locator('fieldset.question').count();
  for (let i = 0; i < count; i++) await question(page, i).getByRole('radio', { name: 'Yes' }).check();
  await expect(result).toContainText('Ready');
  await expect(result).toContainText(`${count} of ${count} answered`);

  const essential = page.locator('fieldset.question', { has: page.locator('.tag--essential') }).first();
  await essential.getByRole('radio', { name: 'Partly' }).check();
  await expect(result).toContainText('Nearly ready');
  await essential.getByRole('radio', { name: "Don't know" }).check();
  await expect(result).toContainText('Not yet ready');
  await expect(result.getByRole('link', { name: await essential.locator('.question__prompt').innerText() })).toBeVisible();
});

test('the step navigation and home page show progress for the active assessment', async ({ page }) => {
  await openStep(page);
  await question(page, 0).getByRole('radio', { name: 'Yes' }).check();
  const nav = page.locator('.guide-nav [data-step-progress="1"]');
  await expect(nav).toBeVisible();
  await expect(nav).toContainText('Not yet ready');
  await page.goto('');
  await expect(page.locator('.task-list [data-step-progress="1"]')).toContainText(`1 of ${STEP_1_QUESTIONS.length} answered`);
  // A new assessment starts in the first phase: a step that asks nothing in it is for later.
  const step2Counts = bankQuestions().some((q) => q.step === 2 && q.phase === 'commit');
  await expect(page.locator('.task-list [data-step-progress="2"]')).toHaveText(step2Counts ? 'Not started' : 'For later');
});

test('a reader assesses two places and switches between them', async ({ page }) => {
  await openStep(page);
  await startAssessment(page, 'Leeds', 'Funder', 'Leeds Together');
  await question(page, 0).getByRole('radio', { name: 'Yes' }).check();
  await startAssessment(page, 'Bristol', 'Public body');
  await question(page, 0).getByRole('radio', { name: 'Not yet' }).check();

  // Every step of Bristol, then back to Leeds.
  for (const step of ['steps/2-partnership/', 'steps/3-add-value/', 'steps/4-manage-secondments/', 'steps/5-legacy/']) {
    await openStep(page, step);
    await expect(page.locator('.assessment .picker')).toContainText('Answering for: Bristol');
    await question(page, 0).getByRole('radio', { name: 'Partly' }).check();
  }
  await openStep(page);
  const picker = page.locator('.assessment .picker');
  await picker.getByRole('button', { name: 'Switch', exact: true }).click();
  await picker.getByLabel('Switch assessment').selectOption({ label: 'Leeds (Leeds Together), Funder' });
  await picker.getByRole('button', { name: 'Switch assessment' }).click();
  await expect(picker).toContainText('Now answering for Leeds');
  await expect(question(page, 0).getByRole('radio', { name: 'Yes' })).toBeChecked();

  // Questions asked of other roles are shown, marked, and left out of the funder's result.
  const others = page.locator('fieldset.question--other');
  expect(await others.count()).toBeGreaterThan(0);
  await expect(others.first()).toContainText('does not count towards your result as a funder');
});

test('an assessment is renamed, and deleted only after confirming', async ({ page }) => {
  await openStep(page);
  await startAssessment(page, 'Leeds');
  const picker = page.locator('.assessment .picker');
  await picker.getByRole('button', { name: 'Change details' }).click();
  const edit = picker.getByRole('form', { name: 'Change the details of Leeds' });
  await expect(edit.getByLabel('Place')).toBeFocused();
  await edit.getByLabel('Place').fill('Leeds City Region');
  await edit.getByLabel('Your organisation (optional)').fill('Leeds City Council');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(picker).toContainText('Answering for: Leeds City Region');
  await expect(picker).toContainText('Leeds City Council');
  await expect(picker.getByRole('button', { name: 'Change details' })).toBeFocused();

  // The confirmation takes focus; Escape gives it back to the button, and nothing is deleted.
  await picker.getByRole('button', { name: 'Delete this assessment' }).click();
  const confirm = picker.getByRole('group', { name: 'Delete this assessment' });
  await expect(confirm.getByRole('heading')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(picker.getByRole('button', { name: 'Delete this assessment' })).toBeFocused();
  await picker.getByRole('button', { name: 'Delete this assessment' }).click();
  await expect(confirm).toContainText('Delete the assessment for Leeds City Region?');
  expect(Object.keys(await stored(page)).filter((k) => k.startsWith('cii-guide:assessment:'))).toHaveLength(1);
  await confirm.getByRole('button', { name: 'Delete this assessment' }).click();
  await expect(picker).toContainText('Deleted the assessment for Leeds City Region.');
  expect(Object.keys(await stored(page)).filter((k) => k.startsWith('cii-guide:assessment:'))).toHaveLength(0);
});

test('a place name is required to start an assessment', async ({ page }) => {
  await openStep(page);
  const picker = page.locator('.assessment .picker');
  await picker.getByRole('button', { name: 'Name your assessment' }).click();
  await picker.getByRole('button', { name: 'Start assessment' }).click();
  await expect(picker.getByText('Error: Enter the name of a place.')).toBeVisible();
  await expect(picker.getByRole('form', { name: 'Start a new assessment' }).getByLabel('Place')).toBeFocused();
});

test('two tabs on one assessment show each other’s answers without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openStep(first);
  await openStep(second);
  await question(first, 2).getByRole('radio', { name: 'Not yet' }).check();
  await expect(question(second, 2).getByRole('radio', { name: 'Not yet' })).toBeChecked();
  await question(second, 3).getByRole('radio', { name: 'Yes' }).check();
  await expect(question(first, 3).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(question(first, 2).getByRole('radio', { name: 'Not yet' })).toBeChecked();
});

test('coming back with the back button shows answers given on the page in between', async ({ page }) => {
  await openStep(page);
  await startAssessment(page, 'Leeds');
  await question(page, 0).getByRole('radio', { name: 'Yes' }).check();
  // Step 2's questions count from the phase before secondees start.
  await page.goto('checklist/');
  await page.getByRole('radio', { name: /Before secondees start/ }).check();
  await openStep(page);
  await openStep(page, STEP_2);
  await question(page, 0).getByRole('radio', { name: 'Yes' }).check();
  await page.goBack();
  await expect(page.locator('.guide-nav [data-step-progress="2"]')).toContainText('Not yet ready');
  await expect(question(page, 0).getByRole('radio', { name: 'Yes' })).toBeChecked();
});

test('answers and notes given before the script loads are kept', async ({ page }) => {
  // Hold back every script until the reader has answered, as on a slow connection.
  let release!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  // DOMContentLoaded waits for module scripts, so only wait for the page to start arriving.
  await page.goto(STEP_1, { waitUntil: 'commit' });
  const first = page.locator('fieldset.question').first();
  await first.getByRole('radio', { name: 'Partly' }).check();
  await first.locator('summary').click();
  await first.getByRole('textbox').fill('Asked the leader’s office');
  release();
  await waitForIslands(page);
  await expect
    .poll(async () => Object.values(await stored(page)).find((value) => value.includes('"answers"')))
    .toMatch(/"s1-political-sponsor":\{"value":"partly","at":"[^"]+","note":"Asked the leader’s office"\}/);
});

test.describe('when storage is blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied storage', 'SecurityError');
        },
      });
    });
  });

  test('the page says nothing will be kept, and answering still works', async ({ page, watch }) => {
    await openStep(page);
    await expect(page.getByText('This browser is not letting the guide save anything')).toBeVisible();
    await question(page, 0).getByRole('radio', { name: 'Yes' }).check();
    await expect(question(page, 0).getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(page.locator('.step-result')).toContainText(`1 of ${STEP_1_QUESTIONS.length} answered`);
    await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
    await expectNoViolations(page, 'storage blocked');
    expect(watch.errors).toEqual([]);
  });

  test('the notice offers an export, so answers can leave before the page closes', async ({ page }) => {
    await openStep(page);
    await question(page, 0).getByRole('radio', { name: 'Partly' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export your answers now (JSON)' }).click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file.format).toBe('cii-secondment-readiness');
    expect(file.assessment.answers[STEP_1_QUESTIONS[0]!.id]).toMatchObject({ value: 'partly' });
    expect(file.questionBank.questions.map((q: { prompt: string }) => q.prompt)).toContain(STEP_1_QUESTIONS[0]!.prompt);
    await expect(page.getByText(`Saved ${download.suggestedFilename()} to your downloads`)).toBeVisible();
  });
});

test('when storage is full the answer stays on screen and the reader is told', async ({ page, watch }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { storageFull?: boolean }).storageFull && key.startsWith('cii-guide:assessment:')) {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await openStep(page);
  await question(page, 0).getByRole('radio', { name: 'Yes' }).check();
  await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
  await question(page, 1).getByRole('radio', { name: 'Partly' }).check();
  await expect(page.getByText('storage for this site is full')).toBeVisible();
  await expect(question(page, 1).getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(page.locator('.step-result')).toContainText(`2 of ${STEP_1_QUESTIONS.length} answered`);
  const saved = Object.entries(await stored(page)).find(([key]) => key.startsWith('cii-guide:assessment:'))![1];
  expect(saved).not.toContain('partly');
  expect(watch.errors).toEqual([]);
});

const GOOD = {
  v: 1,
  id: 'a-good',
  place: 'Leeds',
  partnership: '',
  perspective: 'partnership',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  answers: { 's1-political-sponsor': { value: 'yes' } },
};

async function seed(page: Page, entries: Record<string, string>) {
  await page.goto(STEP_1);
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
  await openStep(page);
}

test('a damaged stored assessment is set aside; the page and the other assessments are fine', async ({ page, watch }) => {
  const damaged = '{"v":1,"id":"a-broken","place":"Bris';
  await seed(page, {
    'cii-guide:assessment:a-good': JSON.stringify(GOOD),
    'cii-guide:assessment:a-broken': damaged,
    'cii-guide:active': 'a-good',
  });
  await expect(page.getByText('One saved assessment could not be read')).toBeVisible();
  await expect(page.locator('.assessment .picker')).toContainText('Answering for: Leeds');
  await expect(question(page, 0).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expectNoViolations(page, 'damaged storage notice');

  await question(page, 1).getByRole('radio', { name: 'Not yet' }).check();
  let data = await stored(page);
  expect(data['cii-guide:backup:a-broken']).toBe(damaged);
  expect(data['cii-guide:assessment:a-broken']).toBe(damaged);
  expect(JSON.parse(data['cii-guide:assessment:a-good']!).answers['s1-political-sponsor']).toMatchObject({ value: 'yes' });

  await page.getByRole('button', { name: 'Move it out of the way' }).click();
  await expect(page.getByText('One saved assessment could not be read')).toBeHidden();
  data = await stored(page);
  expect(data['cii-guide:assessment:a-broken']).toBeUndefined();
  expect(data['cii-guide:backup:a-broken']).toBe(damaged);
  expect(watch.errors).toEqual([]);
});

test('a damaged record stays where it is when no copy of it can be kept aside', async ({ page, watch }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('cii-guide:backup:')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const damaged = '{"v":1,"id":"a-broken","place":"Bris';
  await seed(page, { 'cii-guide:assessment:a-broken': damaged });
  await page.getByRole('button', { name: 'Move it out of the way' }).click();
  await expect(page.getByText('could not be copied aside')).toBeVisible();
  expect((await stored(page))['cii-guide:assessment:a-broken']).toBe(damaged);
  expect(watch.errors).toEqual([]);
});

test('a record of the right version but the wrong shape breaks no page', async ({ page, watch }) => {
  const odd = JSON.stringify({ ...GOOD, id: 'a-odd', answers: null, updatedAt: '2026-11-30T10:00:00.000Z' });
  await seed(page, { 'cii-guide:assessment:a-odd': odd, 'cii-guide:active': 'a-odd' });
  await expect(page.getByText('One saved assessment could not be read')).toBeVisible();
  // A reading page reads storage with its own light script: search must still come up there.
  await page.goto('model/');
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('searchbox')).toBeFocused();
  expect(watch.errors).toEqual([]);
});

test('the step result names the other questions that keep it from Ready', async ({ page }) => {
  await openStep(page);
  const other = STEP_1_QUESTIONS.findIndex((q) => !q.essential);
  for (const [i, q] of STEP_1_QUESTIONS.entries()) {
    await question(page, i)
      .getByRole('radio', { name: i === other ? 'Not yet' : q.essential ? 'Yes' : 'Partly' })
      .check();
  }
  const result = page.locator('.step-result');
  await expect(result).toContainText('Nearly ready');
  await expect(result.getByRole('link', { name: STEP_1_QUESTIONS[other]!.prompt })).toHaveAttribute('href', `#${STEP_1_QUESTIONS[other]!.id}`);
  await expect(result.getByRole('listitem')).toHaveCount(1);
});

test('an assessment saved by a newer version is never overwritten', async ({ page, watch }) => {
  const newer = JSON.stringify({ ...GOOD, v: 7, id: 'a-future', place: 'Cardiff', shape: 'unknown to this version' });
  await seed(page, {
    'cii-guide:assessment:a-good': JSON.stringify(GOOD),
    'cii-guide:assessment:a-future': newer,
    'cii-guide:active': 'a-future',
  });
  await expect(page.getByText('A newer version of this guide saved an assessment')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The newer record is not shown as the active one, and answering goes elsewhere.
  await expect(page.locator('.assessment .picker')).toContainText('Answering for: Leeds');
  await question(page, 2).getByRole('radio', { name: 'Yes' }).check();
  await page.reload();
  await openStep(page);
  expect((await stored(page))['cii-guide:assessment:a-future']).toBe(newer);
  expect(watch.errors).toEqual([]);
});

test('a whole step is completed by keyboard alone', async ({ page }) => {
  await openStep(page);
  await page.locator('h2#check-your-readiness').evaluate((h) => h.scrollIntoView());
  // Start from the top of the page and tab into the first question.
  await page.keyboard.press('Tab');
  const firstRadio = question(page, 0).getByRole('radio', { name: 'Yes' });
  for (let i = 0; i < 400 && !(await firstRadio.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstRadio).toBeFocused();
  const count = await page.locator('fieldset.question').count();
  for (let i = 0; i < count; i++) {
    // Arrow keys choose within the group: Partly, then back to Yes.
    await page.keyboard.press('ArrowRight');
    await expect(question(page, i).getByRole('radio', { name: 'Partly' })).toBeChecked();
    await page.keyboard.press('ArrowLeft');
    await expect(question(page, i).getByRole('radio', { name: 'Yes' })).toBeChecked();
    if (i === count - 1) break;
    // On to the next question's answers, past the note toggle and the source link.
    const next = question(page, i + 1).getByRole('radio', { name: 'Yes' });
    for (let presses = 0; presses < 4 && !(await next.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(next).toBeFocused();
  }
  await expect(page.locator('.step-result')).toContainText('Ready');
  await expect(page.locator('.step-result')).toContainText(`${count} of ${count} answered`);

  // The picker works by keyboard too: its form opens with focus on its first field.
  await page.locator('.assessment .picker').getByRole('button', { name: 'Change details' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('id', /place$/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.assessment .picker').getByRole('button', { name: 'Change details' })).toBeFocused();
});

test('the assessment has no accessibility violations in any state', async ({ page }) => {
  await openStep(page);
  await expectNoViolations(page, 'empty');
  const picker = page.locator('.assessment .picker');
  await picker.getByRole('button', { name: 'Name your assessment' }).click();
  await picker.getByRole('button', { name: 'Start assessment' }).click();
  await expectNoViolations(page, 'picker with error');
  await startAssessment(page, 'Leeds', 'Civil society organisation');
  await question(page, 0).getByRole('radio', { name: 'Yes' }).check();
  await question(page, 1).getByRole('radio', { name: "Don't know" }).check();
  await question(page, 1).locator('summary', { hasText: 'Note (optional)' }).click();
  await expectNoViolations(page, 'partly answered, other roles shown, note open');
  await startAssessment(page, 'Bristol');
  await picker.getByRole('button', { name: 'Delete this assessment' }).click();
  await expectNoViolations(page, 'picker open, confirming delete');
  await picker.getByRole('button', { name: 'Switch', exact: true }).click();
  await expectNoViolations(page, 'picker open, switching');
  await expectReflow(page, 'picker open');
});
