// Controls a reader would notice if they shrank back or opened by themselves: GOV.UK-sized radios
// and checkboxes, still marked in forced colours, and a step page that keeps its readiness rules
// folded away until asked.
import type { Page } from '@playwright/test';
import { expectNoViolations } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { bankQuestions } from './support/site.ts';
import { buildExport } from '../src/lib/export-file.ts';
import type { Assessment } from '../src/lib/model.ts';

/** One partner's exported file, which compare needs before it shows its options. */
function exportedFile() {
  const questions = bankQuestions();
  const assessment: Assessment = {
    id: 'a-leeds',
    place: 'Leeds',
    partnership: '',
    organisation: '',
    perspective: 'funder',
    phase: 'commit',
    plan: {},
    reviews: [],
    nextReview: '',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers: { [questions[0]!.id]: { value: 'yes' } },
  };
  return {
    name: 'leeds.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(buildExport({ version: '2026-11-24', questions }, assessment))),
  };
}

/** The rendered size of a control, in CSS pixels. */
async function size(page: Page, control: ReturnType<Page['getByRole']>) {
  const box = (await control.boundingBox())!;
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

for (const width of [375, 1280]) {
  test(`at ${width} px the answer radios and the compare checkboxes are 40 px across`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('steps/1-shared-goals/');
    await waitForIslands(page);
    const question = page.locator('fieldset.question').first();
    const partly = question.getByRole('radio', { name: 'Partly' });
    expect(await size(page, partly)).toEqual({ width: 40, height: 40 });
    // The words beside it are part of the target.
    await question.getByText('Partly', { exact: true }).click();
    await expect(partly).toBeChecked();

    await page.goto('compare/');
    await waitForIslands(page);
    await page.getByLabel('Choose exported files (JSON)').setInputFiles([exportedFile()]);
    const keep = page.getByRole('checkbox', { name: 'Keep these files on this device' });
    expect(await size(page, keep)).toEqual({ width: 40, height: 40 });
  });
}

test('a checked radio still shows its dot in forced colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('steps/1-shared-goals/');
  await waitForIslands(page);
  const radio = page.locator('fieldset.question').first().getByRole('radio', { name: 'Yes' });
  await radio.check();
  // The dot is a border, which forced colours keep, drawn in the text colour.
  const dot = await radio.evaluate((input) => {
    const style = getComputedStyle(input, '::before');
    return { visibility: style.visibility, border: style.borderTopWidth, colour: style.borderTopColor, text: getComputedStyle(input).color };
  });
  expect(dot.visibility).toBe('visible');
  expect(parseFloat(dot.border)).toBeGreaterThanOrEqual(8);
  expect(dot.colour).toBe(dot.text);
  await expectNoViolations(page, 'step 1 in forced colours');
});

test('a step page keeps “How the result is worked out” closed until the reader opens it', async ({ page }) => {
  await page.goto('steps/1-shared-goals/');
  const rules = page.locator('details').filter({ has: page.getByText('How the result is worked out', { exact: true }) });
  await expect(rules).not.toHaveAttribute('open');
  await expect(rules.locator('.readiness-rules')).toBeHidden();
  await rules.getByText('How the result is worked out', { exact: true }).click();
  await expect(rules.locator('.readiness-rules')).toBeVisible();
});
