// Where to start: the home page is a start page with one Start button that opens the first
// chapter at its top, and a task list of the model and the five steps, each with an estimate
// worked out from its content and, for a step, the reader's progress, never a wrong one.
import { expectNoViolations } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { bankQuestions } from './support/site.ts';

/** "about 1 hour and 25 minutes" or "7 minutes" in minutes. */
function minutesIn(text: string): number {
  const hours = Number(/(\d+) hours?/.exec(text)?.[1] ?? 0);
  const minutes = Number(/(\d+) minutes?/.exec(text)?.[1] ?? 0);
  return hours * 60 + minutes;
}

test('home has one Start button, which opens the model at its top, and says how long the guide takes', async ({ page }) => {
  await page.goto('');
  const main = page.locator('main');
  await expect(main.getByRole('link', { name: 'Start now' })).toHaveCount(1);
  // The ways back in show once, not twice.
  await expect(main.getByRole('link', { name: 'See your checklist' })).toHaveCount(1);
  await expect(main.getByRole('link', { name: 'Blank checklist for workshops' })).toHaveCount(1);

  // The whole guide's estimate is the sum of the tasks' (rounded to five minutes past an hour).
  const hints = await page.locator('.task-list__hint').allInnerTexts();
  const sum = hints.map((hint) => [...hint.matchAll(/(\d+) minutes?/g)].reduce((total, m) => total + Number(m[1]), 0)).reduce((a, b) => a + b, 0);
  const total = minutesIn(await page.locator('.start-check__time').innerText());
  expect(total).toBe(sum < 60 ? sum : Math.round(sum / 5) * 5);

  await main.getByRole('link', { name: 'Start now' }).click();
  await expect(page).toHaveURL(/\/model\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the task list names the model and the five steps in order, with honest estimates', async ({ page, context }) => {
  await page.goto('');
  const links = page.locator('.task-list__link');
  const names = await links.allInnerTexts();
  expect(names[0]).toBe('The secondment model');
  const steps = await page
    .locator('.task-list')
    .getByRole('link', { name: /^Step \d:/ })
    .evaluateAll((as) => as.map((a) => a.textContent!.trim().match(/^Step (\d)/)?.[1]));
  expect(steps).toEqual(['1', '2', '3', '4', '5']);

  const items = page.locator('.task-list__item');
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    const hint = await item.locator('.task-list__hint').innerText();
    const link = item.locator('.task-list__link');
    // Each task is described by its estimate, so a screen reader hears it with the link.
    await expect(link).toHaveAccessibleDescription(new RegExp(`^${hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    // The reading time follows the chapter's length: between 150 and 250 words a minute.
    const chapter = await context.newPage();
    await chapter.goto(new URL((await link.getAttribute('href'))!, page.url()).href);
    // The chapter's text as a reader reads it: not its questions, which have their own minutes.
    const words = await chapter.locator('main .prose').evaluate((prose) => {
      const text = prose.cloneNode(true) as HTMLElement;
      text.querySelectorAll('.assessment, .cite').forEach((e) => e.remove());
      return text.innerText.split(/\s+/).filter((w) => /\w/.test(w)).length;
    });
    await chapter.close();
    const reading = Number(/About (\d+) minutes? to read/.exec(hint)?.[1]);
    expect(reading, `${hint} for ${words} words`).toBeGreaterThanOrEqual(Math.floor(words / 250));
    expect(reading, `${hint} for ${words} words`).toBeLessThanOrEqual(Math.ceil(words / 150));
    // A step's answering time counts its questions in the bank.
    const step = /Step (\d)/.exec((await link.textContent()) ?? '')?.[1];
    if (step) {
      const questions = bankQuestions().filter((q) => q.step === Number(step)).length;
      expect(hint).toContain(`to answer its ${questions} questions`);
    }
  }
});

test('without JavaScript the task list shows no status, rather than a wrong one', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('');
  // The model, any chapter before the steps, and the five steps.
  expect(await page.locator('.task-list__link').count()).toBeGreaterThanOrEqual(6);
  await expect(page.locator('.task-list [data-step-progress]').first()).toBeHidden();
  expect(await page.locator('.task-list').innerText()).not.toMatch(/started|ready|answered/i);
  await context.close();
});

test('the task list shows each step’s progress for the active assessment', async ({ page }) => {
  await page.goto('');
  const status = (step: number) => page.locator(`.task-list [data-step-progress="${step}"]`);
  for (const step of [1, 2, 3, 4, 5]) await expect(status(step)).toHaveText('Not started');
  await expectNoViolations(page, 'home, nothing answered');

  // A question of the phase a new assessment starts in, so it counts towards its step.
  const counted = bankQuestions().filter((q) => q.step === 1 && q.phase === 'commit');
  expect(counted.length).toBeGreaterThan(0);
  await page.goto('steps/1-shared-goals/');
  await waitForIslands(page);
  await page.locator(`fieldset.question[id="${counted[0]!.id}"]`).getByRole('radio', { name: 'Yes' }).check();
  await page.goto('');
  await expect(status(1)).toContainText(`1 of ${counted.length} answered`);
  await expect(page.locator('.task-list').getByRole('link', { name: /^Step 1:/ })).toHaveAccessibleDescription(new RegExp(`1 of ${counted.length} answered$`));
  // The other steps say what the published rules say of them in this phase, never a count they do not have.
  for (const step of [2, 3, 4, 5]) {
    const text = await status(step).innerText();
    expect(['Not started', 'For later']).toContain(text);
  }
  await expectNoViolations(page, 'home, step 1 started');
});
