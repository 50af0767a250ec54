// No answer lost: what a red team tried against the stored answers, each scenario as a reader
// would meet it in the browser: tabs that switch, delete and type at once, input given while the
// page loads, data a later version wrote, every way storage can fail, a tab left open across an
// update, and the single-file edition opened from disk.
import { cpSync, mkdtempSync, rmSync, unlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expectNoViolations } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { generateAssessment } from './support/generated.ts';
import { bankQuestions } from './support/site.ts';
import { serveFolder } from './support/static-server.ts';
import { storedItems } from './support/storage.ts';
import { buildExport } from '../src/lib/export-file.ts';
import { writeStored } from '../src/lib/stored-assessment.ts';
import type { Assessment } from '../src/lib/model.ts';

const STEP_1 = 'steps/1-shared-goals/';
const QUESTIONS = bankQuestions();
const STEP_1_IDS = QUESTIONS.filter((q) => q.step === 1).map((q) => q.id);
const [Q1, Q2, Q3] = STEP_1_IDS as [string, string, string];

function assessment(id: string, place: string, answers: Assessment['answers'] = {}): Assessment {
  return {
    id,
    place,
    partnership: '',
    organisation: '',
    perspective: 'funder',
    phase: 'commit',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: id === 'a-x' ? '2026-11-20T10:00:00.000Z' : '2026-11-10T10:00:00.000Z',
    answers,
    plan: {},
    reviews: [],
    nextReview: '',
  };
}

/** Puts records in storage (as the page would have) before the first page of a test opens. */
async function seed(context: BrowserContext, items: Record<string, string>) {
  const page = await context.newPage();
  await page.goto('favicon.svg');
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, items);
  await page.close();
}

async function openStep(page: Page) {
  await page.goto(STEP_1);
  await page.locator('.assessment').scrollIntoViewIfNeeded();
  await waitForIslands(page);
}

const question = (page: Page, id: string) => page.locator(`fieldset#${id}`);
const noteBox = async (page: Page, id: string) => {
  const details = question(page, id).locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return question(page, id).getByRole('textbox');
};
const storedRecord = async (page: Page, id: string) => JSON.parse((await storedItems(page))[`cii-guide:assessment:${id}`] ?? 'null');

test('typing stays in its own assessment when another tab switches to another one, or deletes it', async ({ context }) => {
  await seed(context, {
    'cii-guide:assessment:a-x': writeStored(assessment('a-x', 'Xton')),
    'cii-guide:assessment:a-y': writeStored(assessment('a-y', 'Yford', { [Q1]: { note: 'Y’s own note' } })),
    'cii-guide:active': 'a-x',
  });
  const typing = await context.newPage();
  const other = await context.newPage();
  await openStep(typing);
  await openStep(other);
  const box = await noteBox(typing, Q1);
  await box.pressSequentially('half of ');

  // The other tab switches to Yford: this tab stays on Xton.
  const picker = other.locator('.assessment .picker');
  await picker.getByRole('button', { name: 'Switch', exact: true }).click();
  await picker.getByLabel('Switch assessment').selectOption({ label: 'Yford, Funder' });
  await picker.getByRole('button', { name: 'Switch assessment' }).click();
  await expect(picker).toContainText('Answering for: Yford');
  await box.pressSequentially('a sentence');
  await expect(typing.locator('.assessment .picker')).toContainText('Answering for: Xton');
  await expect.poll(async () => (await storedRecord(typing, 'a-x')).answers[Q1]?.note).toBe('half of a sentence');
  expect((await storedRecord(typing, 'a-y')).answers[Q1].note).toBe('Y’s own note');

  // The other tab deletes Xton: this tab keeps it on screen, says so, and can bring it back.
  await other.reload();
  await waitForIslands(other);
  await picker.getByRole('button', { name: 'Switch', exact: true }).click();
  await picker.getByLabel('Switch assessment').selectOption({ label: 'Xton, Funder' });
  await picker.getByRole('button', { name: 'Switch assessment' }).click();
  await picker.getByRole('button', { name: 'Delete this assessment' }).click();
  await picker.getByRole('group', { name: 'Delete this assessment' }).getByRole('button', { name: 'Delete this assessment' }).click();
  await expect(typing.getByText('The assessment for Xton was deleted in another tab')).toBeVisible();
  await box.pressSequentially(', and more');
  await expect(box).toHaveValue('half of a sentence, and more');
  expect((await storedRecord(typing, 'a-y')).answers[Q1].note).toBe('Y’s own note');
  await expectNoViolations(typing, 'assessment deleted in another tab');
  await typing.getByRole('button', { name: 'Restore it' }).click();
  await expect(typing.getByText('was deleted in another tab')).toBeHidden();
  expect((await storedRecord(typing, 'a-x')).answers[Q1].note).toBe('half of a sentence, and more');
});

test('a note is kept exactly as typed while another tab opens the checklist, and two tabs typing at once both keep every character', async ({ context }) => {
  const first = await context.newPage();
  await openStep(first);
  const box = await noteBox(first, Q1);
  await box.pressSequentially('first ');
  const checklist = await context.newPage();
  await checklist.goto('checklist/');
  await waitForIslands(checklist);
  await box.pressSequentially('second');
  await expect(box).toHaveValue('first second');
  const id = (await first.evaluate(() => sessionStorage.getItem('cii-guide:active')))!;
  await expect.poll(async () => (await storedRecord(first, id)).answers[Q1].note).toBe('first second');

  // Two tabs type into one assessment at the same time, each into its own question.
  const second = await context.newPage();
  await openStep(second);
  const boxA = await noteBox(first, Q2);
  const boxB = await noteBox(second, Q3);
  const textA = 'the quick brown fox jumps over the lazy dog';
  const textB = 'pack my box with five dozen liquor jugs';
  await Promise.all([boxA.pressSequentially(textA, { delay: 15 }), boxB.pressSequentially(textB, { delay: 15 })]);
  await expect
    .poll(async () => {
      const record = await storedRecord(first, id);
      return [record.answers[Q2]?.note, record.answers[Q3]?.note];
    })
    .toEqual([textA, textB]);
  await expect(await noteBox(second, Q2)).toHaveValue(textA);
  await expect(await noteBox(first, Q3)).toHaveValue(textB);
});

test('an answer and a note given before the script starts win over the saved ones, and the page says so', async ({ context }) => {
  await seed(context, {
    'cii-guide:assessment:a-x': writeStored(assessment('a-x', 'Xton', { [Q1]: { value: 'yes' }, [Q2]: { note: 'saved note' } })),
    'cii-guide:active': 'a-x',
  });
  const page = await context.newPage();
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(STEP_1, { waitUntil: 'commit' });
  await question(page, Q1).getByRole('radio', { name: 'Partly' }).check();
  await question(page, Q2).locator('summary').click();
  await question(page, Q2).getByRole('textbox').fill('typed while loading');
  release();
  await waitForIslands(page);
  await expect(page.getByRole('status').filter({ hasText: 'while the page was loading' })).toHaveText(
    'You answered 2 questions (1.1 and 1.2) while the page was loading. Your answers replaced the ones saved earlier.',
  );
  await expect(question(page, Q1).getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(question(page, Q2).getByRole('textbox')).toHaveValue('typed while loading');
  const record = await storedRecord(page, 'a-x');
  expect(record.answers[Q1].value).toBe('partly');
  expect(record.answers[Q2].note).toBe('typed while loading');
});

test('what a later version stored is left alone: its fields, its answers, and records nobody answered in', async ({ context }) => {
  const later = { ...JSON.parse(writeStored(assessment('a-x', 'Xton'))), future: { kept: ['as', 'is'] } };
  later.answers = { 's6-new-step': { value: 'yes', confidence: 0.8 }, [Q1]: { value: 'no', flag: 'x', at: '2026-11-20T10:00:00.000Z' } };
  const firstRelease = JSON.stringify({
    v: 1,
    id: 'a-old',
    place: 'York',
    partnership: '',
    perspective: 'funder',
    createdAt: '2026-11-24T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    answers: { [Q2]: { value: 'partly', note: 'as typed ' } },
  });
  await seed(context, { 'cii-guide:assessment:a-x': JSON.stringify(later), 'cii-guide:assessment:a-old': firstRelease, 'cii-guide:active': 'a-x' });
  const page = await context.newPage();
  for (const path of ['', 'checklist/', 'compare/']) {
    await page.goto(path);
    await waitForIslands(page);
  }
  expect((await storedItems(page))['cii-guide:assessment:a-old']).toBe(firstRelease);
  await openStep(page);
  await question(page, Q2).getByRole('radio', { name: 'Yes' }).check();
  await expect.poll(async () => (await storedRecord(page, 'a-x')).answers[Q2]?.value).toBe('yes');
  const record = await storedRecord(page, 'a-x');
  expect(record.future).toEqual({ kept: ['as', 'is'] });
  expect(record.answers['s6-new-step']).toEqual({ value: 'yes', confidence: 0.8 });
  expect(record.answers[Q1]).toEqual({ value: 'no', flag: 'x', at: '2026-11-20T10:00:00.000Z' });
  expect((await storedItems(page))['cii-guide:assessment:a-old']).toBe(firstRelease);
});

test.describe('storage that fails', () => {
  const records = {
    'cii-guide:assessment:a-x': writeStored(assessment('a-x', 'Xton', { [STEP_1_IDS[0]!]: { value: 'yes' } })),
    'cii-guide:active': 'a-x',
  };

  /** Makes storage fail from the next page on, in one of the ways browsers do. */
  const breakStorage = (page: Page, how: 'quota' | 'write' | 'read') =>
    page.addInitScript((mode) => {
      const { getItem, setItem, key } = Storage.prototype;
      (window as unknown as { realGetItem: typeof getItem }).realGetItem = getItem;
      if (mode === 'read') {
        Storage.prototype.getItem = function () {
          throw new DOMException('Cannot read', 'UnknownError');
        };
        Storage.prototype.key = function () {
          throw new DOMException('Cannot read', 'UnknownError');
        };
      }
      Storage.prototype.setItem = function (k: string, v: string) {
        if (this === window.localStorage) throw new DOMException('Refused', mode === 'quota' ? 'QuotaExceededError' : 'SecurityError');
        return setItem.call(this, k, v);
      };
      void key;
    }, how);

  test('completely full when the page opens: everything stored is shown, and the reader is told nothing new is saved', async ({ context }) => {
    await seed(context, records);
    const page = await context.newPage();
    await breakStorage(page, 'quota');
    await openStep(page);
    await expect(page.locator('.assessment .picker')).toContainText('Answering for: Xton');
    await expect(question(page, Q1).getByRole('radio', { name: 'Yes' })).toBeChecked();
    await expect(page.getByText('storage for this site is full')).toBeVisible();
    await question(page, Q2).getByRole('radio', { name: 'Partly' }).check();
    await expect(question(page, Q2).getByRole('radio', { name: 'Partly' })).toBeChecked();
    await expectNoViolations(page, 'storage full on opening');
  });

  test('writing refused, as in some private windows: assessments are shown and the reader is told', async ({ context }) => {
    await seed(context, records);
    const page = await context.newPage();
    await breakStorage(page, 'write');
    await openStep(page);
    await expect(page.locator('.assessment .picker')).toContainText('Answering for: Xton');
    await expect(page.getByText('lets the guide read what it saved before but not save anything new')).toBeVisible();
  });

  test('reading refused: the reader is told earlier answers are not gone, and nothing is written over them', async ({ context }) => {
    await seed(context, records);
    const page = await context.newPage();
    await breakStorage(page, 'read');
    await openStep(page);
    await expect(page.getByText('would not let the guide read what it saved before')).toBeVisible();
    await question(page, Q2).getByRole('radio', { name: 'Partly' }).check();
    await expect(question(page, Q2).getByRole('radio', { name: 'Partly' })).toBeChecked();
    const stored = await page.evaluate(() => {
      const read = (window as unknown as { realGetItem: Storage['getItem'] }).realGetItem;
      return read.call(localStorage, 'cii-guide:assessment:a-x');
    });
    expect(stored).toBe(records['cii-guide:assessment:a-x']);
    await expectNoViolations(page, 'storage unreadable');
  });

  test('files the reader asks to keep on the compare page, when storage is full, are said not to be kept', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('compare/');
    await waitForIslands(page);
    const bank = { version: 'test', questions: QUESTIONS };
    const files = [1, 2].map((n) => ({
      name: `partner-${n}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(buildExport(bank, generateAssessment(n, STEP_1_IDS)))),
    }));
    await page.locator('input[type=file]').setInputFiles(files);
    await expect(page.getByRole('main').getByRole('status')).toContainText('Added 2 files');
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k === 'cii-guide:compare') throw new DOMException('Full', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
    });
    // The box ticks, the save fails, and the box is cleared again: click rather than check().
    await page.getByRole('checkbox', { name: 'Keep these files on this device' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText('These files could not be kept on this device');
    await expect(page.getByRole('checkbox', { name: 'Keep these files on this device' })).not.toBeChecked();
    expect((await storedItems(page))['cii-guide:compare']).toBeUndefined();
  });
});

test('a tab left open while a new version is published says it must reload, instead of doing nothing', async ({ browser }) => {
  const copy = mkdtempSync(join(tmpdir(), 'guide-'));
  cpSync('dist', copy, { recursive: true });
  const { server, url } = await serveFolder(copy);
  try {
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await openStep(page);
    // The new version's files replace the old ones on the server: the picker's panel is gone.
    for (const file of readdirSync(join(copy, '_astro')).filter((f) => f.startsWith('PickerPanel'))) unlinkSync(join(copy, '_astro', file));
    await page.locator('.assessment .picker').getByRole('button', { name: 'Name your assessment' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'A newer version of the guide was installed' }).first();
    await expect(alert).toBeVisible();
    await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Reload' }).click()]);

    // On a reading page, search's code is fetched when first used: gone too, the update notice says so.
    await page.goto('model/');
    for (const file of readdirSync(join(copy, '_astro')).filter((f) => f.startsWith('search-dialog'))) unlinkSync(join(copy, '_astro', file));
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'A new version of this guide is available.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload to update' })).toBeFocused();
    await context.close();
  } finally {
    server.close();
    rmSync(copy, { recursive: true, force: true });
  }
});

test.describe('the single-file edition opened from disk', () => {
  const singleFile = pathToFileURL(resolve('dist/secondment-guide-offline.html')).href;

  test('asks before the first answer whether to save, and can keep answers only in the page', async ({ page }) => {
    await page.goto(singleFile);
    const step1 = page.locator('#page-steps-1-shared-goals');
    await expect(step1.getByText('Other web pages opened from files in this browser can read what it saves')).toBeVisible();
    await step1.getByRole('button', { name: 'Keep answers only in this page' }).first().click();
    await expect(step1.getByText('You chose to keep answers only in this page').first()).toBeVisible();
    await step1.locator('fieldset.question').first().getByRole('radio', { name: 'Partly' }).check();
    const keys = Object.keys(await storedItems(page));
    expect(keys.filter((k) => k.startsWith('cii-guide:assessment:'))).toEqual([]);
    await page.reload();
    await expect(page.locator('#page-steps-1-shared-goals fieldset.question').first().getByRole('radio', { name: 'Partly' })).not.toBeChecked();
  });

  test('a share link made from disk names only the file, never the folders, and says who it works for', async ({ page }) => {
    await page.goto(singleFile);
    const step1 = page.locator('#page-steps-1-shared-goals');
    await step1.getByRole('button', { name: 'Save in this browser' }).first().click();
    await step1.locator('fieldset.question').first().getByRole('radio', { name: 'Partly' }).check();
    const checklist = page.locator('#page-checklist');
    await checklist.getByRole('button', { name: 'Create a share link' }).click();
    const link = await checklist.getByLabel('Share link').inputValue();
    expect(link).toMatch(/^secondment-guide-offline\.html#share=[A-Za-z0-9_-]+$/);
    expect(link).not.toContain(resolve('dist'));
    await expect(checklist.getByText('only works for someone who has the same offline file')).toBeVisible();
  });
});

test.describe('messages say what happened', () => {
  test('a file with notes longer than the guide keeps says they will be shortened', async ({ page }) => {
    await page.goto('checklist/');
    await waitForIslands(page);
    const long = { ...generateAssessment(3, STEP_1_IDS), answers: { [Q1]: { value: 'yes' as const, note: `${'a'.repeat(1200)}🙂` } }, plan: {} };
    const file = buildExport({ version: 'test', questions: QUESTIONS }, long);
    await page.locator('#import-file').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByText('1 name or note is longer than this guide keeps; it will be shortened.')).toBeVisible();
  });

  test('a share link from a newer version, or one too large, is spoken of as a link', async ({ page }) => {
    const deflate = async (text: string) => {
      const bytes = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      return Buffer.from(bytes).toString('base64url');
    };
    await page.goto(`checklist/#share=${await deflate(JSON.stringify({ format: 'cii-secondment-readiness', formatVersion: 9, assessment: {} }))}`);
    await expect(page.getByText('This link was made by a newer version of this guide')).toBeVisible();
    // A second link pasted into the same tab is read as it arrives.
    await page.goto(`checklist/#share=${await deflate(`{"format":"cii-secondment-readiness","pad":"${' '.repeat(3 * 1024 * 1024)}"}`)}`);
    await expect(page.getByText('This link holds more than an assessment from this guide can')).toBeVisible();
  });
});
