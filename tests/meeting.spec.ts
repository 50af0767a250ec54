// The partners' meeting on the compare page: three partners' files in, one question at a time,
// answers hidden until revealed, and out one joint assessment with its plan and a record.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page, Response } from '@playwright/test';
import { expectNoViolations } from './support/a11y.ts';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { describe as describeFiles, loadPage, total, type LoadedFile } from './support/page-weight.ts';
import { pdfText } from './support/pdf-text.ts';
import { bankQuestions } from './support/site.ts';
import { storedItems } from './support/storage.ts';
import { buildExport } from '../src/lib/export-file.ts';
import type { Answer, AnswerValue, Assessment, Perspective, Phase, Question } from '../src/lib/model.ts';
import { gzipSync } from 'node:zlib';

const bank = { version: '2026-12-04', questions: bankQuestions() };
const PHASE: Phase = 'prepare';
// Questions of the files' phase or an earlier one: those the meeting puts on its agenda.
const now = bank.questions.filter((q) => ['commit', 'prepare'].includes(q.phase));
const forAll = now.filter((q) => q.roles.includes('all'));
const [widest, narrower, gap] = forAll as [Question, Question, Question];
const joint = now.find((q) => [...q.roles].sort().join() === 'funder,public-body')!;
const councilOnly = now.find((q) => q.roles.join() === 'public-body')!;
const bankIndex = (q: Question) => bank.questions.indexOf(q);
/** The agenda: disagreements widest first, then agreed gaps, essential first, then in bank order. */
const agreedGaps = [gap, joint].sort((a, b) => Number(b.essential) - Number(a.essential) || bankIndex(a) - bankIndex(b));
const agenda = [widest, narrower, ...agreedGaps];
const rest = bank.questions.length - agenda.length;

const secrets = {
  council: 'Leeds City Council',
  funder: 'Leeds Community Foundation',
  charity: 'Voluntary Action Leeds',
  note: 'Our trustees have not seen this yet.',
};

function exportFile(name: string, perspective: Perspective, organisation: string, answers: Record<string, AnswerValue | Answer>) {
  const assessment: Assessment = {
    id: `a-${name}`,
    place: 'Leeds',
    partnership: 'Leeds Together',
    organisation,
    perspective,
    phase: PHASE,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, typeof a === 'string' ? { value: a } : a])),
    plan: {},
    reviews: [],
    nextReview: '',
  };
  return { name: `${name}-file.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(buildExport(bank, assessment))) };
}

// Three generated partners' files, one per role:
//   widest:      Yes / Not yet / Don't know           a disagreement, spread 3
//   narrower:    Yes / Partly / Yes                   a disagreement, spread 1
//   gap:         Not yet from all three               an agreed gap
//   joint:       Partly from council and funder, the only ones asked; the charity says Yes apart
//   councilOnly: Yes from the council; the funder, not asked, says Not yet: not on the agenda
const files = [
  exportFile('council', 'public-body', secrets.council, {
    [widest.id]: 'yes',
    [narrower.id]: 'yes',
    [gap.id]: 'no',
    [joint.id]: 'partly',
    [councilOnly.id]: 'yes',
  }),
  exportFile('funder', 'funder', secrets.funder, { [widest.id]: 'no', [narrower.id]: 'partly', [gap.id]: 'no', [joint.id]: 'partly', [councilOnly.id]: 'no' }),
  exportFile('charity', 'civil-society', secrets.charity, {
    [widest.id]: { value: 'unknown', note: secrets.note },
    [narrower.id]: 'yes',
    [gap.id]: 'no',
    [joint.id]: 'yes',
  }),
];

async function openWithFiles(page: Page) {
  await page.goto('compare/');
  await waitForIslands(page);
  await page.getByLabel('Choose exported files (JSON)').setInputFiles(files);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Added 3 files.');
}

const meeting = (page: Page) => page.getByRole('region', { name: /^Partners' meeting(: .*)?$/ });
const question = (page: Page) => meeting(page).getByRole('article');
/** "4 of 12 discussed", in the bar that stays in view. */
const progress = (page: Page) =>
  meeting(page)
    .getByText(/^\d+ of \d+ discussed$/)
    .first();
const answers = (page: Page) => meeting(page).getByRole('region', { name: "Partners' answers" });

async function begin(page: Page) {
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await meeting(page).getByRole('button', { name: 'Begin the meeting' }).click();
  await expect(question(page)).toHaveAccessibleName(agenda[0]!.prompt);
}

async function record(page: Page, value: string, decision: string, action?: { owner: string; person?: string; due?: string }) {
  await meeting(page).getByRole('button', { name: 'Reveal answers' }).click();
  await meeting(page).getByRole('radio', { name: value, exact: true }).check();
  await meeting(page).getByLabel('Decision, in one line').fill(decision);
  if (!action) return;
  await meeting(page).getByLabel('Owner').selectOption({ label: action.owner });
  if (action.person) await meeting(page).getByLabel('Person or team (optional)').fill(action.person);
  if (action.due) await meeting(page).getByLabel('Due date').fill(action.due);
}

const next = (page: Page) => meeting(page).getByRole('button', { name: /^(Next question|Skip this question|End of the agenda)$/ });

async function download(page: Page, button: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await file.path(), 'utf8');
}

test('the agenda: where partners differ, widest first; then agreed gaps; the rest only when asked for', async ({ page, watch }) => {
  await openWithFiles(page);
  const start = page.getByRole('region', { name: "Partners' meeting" });
  // Two sentences say why answers stay hidden, with their source.
  await expect(start).toContainText("Each partner's answers stay hidden until you choose Reveal answers, and then everyone's appear at once.");
  await expect(start.getByRole('link', { name: /Minimising power imbalance/ })).toBeVisible();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(meeting(page)).toContainText('On the agenda: 2 where you differ, widest differences first, then 2 that you agree are gaps');
  await expectNoViolations(page, 'meeting setup');
  await meeting(page).getByRole('button', { name: 'Begin the meeting' }).click();

  const seen: string[] = [];
  for (const [i] of agenda.entries()) {
    await expect(meeting(page)).toContainText(`Question ${i + 1} of ${agenda.length}`);
    seen.push((await question(page).getByRole('heading', { level: 3 }).textContent()) ?? '');
    await next(page).click();
  }
  expect(seen).toEqual(agenda.map((q) => q.prompt));
  await expect(meeting(page).getByRole('heading', { name: 'End of the agenda' })).toBeVisible();
  await expect(progress(page)).toHaveText(`0 of ${agenda.length} discussed`);
  // The question asked only of the council is not on the agenda, though the funder answered it differently.
  expect(seen).not.toContain(councilOnly.prompt);

  await meeting(page)
    .getByRole('button', { name: `Add the other ${rest} questions` })
    .click();
  await expect(meeting(page)).toContainText(`Question ${agenda.length + 1} of ${bank.questions.length}`);
  await expect(progress(page)).toHaveText(`0 of ${bank.questions.length} discussed`);
  expect(watch.errors).toEqual([]);
});

test('no partner’s answer is in the page before the reveal; then every answer shows at once', async ({ page }) => {
  await openWithFiles(page);
  await begin(page);
  // The first question: the council says Yes, the funder Not yet, the charity Don't know.
  for (const word of ["Don't know", 'Not yet', 'Partly']) expect(widest.prompt + widest.why + widest.discuss).not.toContain(word);
  const text = await page.locator('body').innerText();
  const tree = await page.locator('body').ariaSnapshot();
  const html = await page.content();
  for (const shown of [text, tree]) {
    for (const answer of ["Don't know", 'Not yet', 'Partly', '✓', '✗', '◐', secrets.note]) expect(shown).not.toContain(answer);
  }
  // Not in the markup either, hidden or not ("Not yet" is there, in the step progress words).
  for (const answer of ["Don't know", '✓', '✗', secrets.note]) expect(html).not.toContain(answer);
  await expect(answers(page)).toHaveCount(0);
  await expectNoViolations(page, 'question before the reveal');

  await meeting(page).getByRole('button', { name: 'Reveal answers' }).click();
  await expect(answers(page).getByRole('listitem')).toHaveText(
    [
      `${secrets.council} (Public body) ✓ Yes`,
      `${secrets.funder} (Funder) ✗ Not yet`,
      `${secrets.charity} (Civil society organisation) ? Don't know ${secrets.note}`,
    ],
    { useInnerText: true },
  );
  await expect(meeting(page).getByRole('heading', { name: "Partners' answers" })).toBeFocused();
  await expectNoViolations(page, 'answers revealed');

  // A question some partners are not asked: the others' answers stand apart, labelled.
  await next(page).click();
  await next(page).click();
  if ((await question(page).getByRole('heading', { level: 3 }).textContent()) !== joint.prompt) await next(page).click();
  await meeting(page).getByRole('button', { name: 'Reveal answers' }).click();
  await expect(answers(page).getByRole('list').first().getByRole('listitem')).toHaveCount(2);
  await expect(answers(page)).toContainText(`Also answered, though not asked of them (not counted)${secrets.charity} (Civil society organisation)✓ Yes`);
});

test('the answers and actions agreed become a joint assessment with its plan; what was not discussed stays unanswered', async ({ page }) => {
  await openWithFiles(page);
  await begin(page);
  await record(page, 'Partly', 'Agree in principle; the funder confirms the money by March.', { owner: 'Funder', person: 'Grants team', due: '2027-03-31' });
  await expect(meeting(page).getByRole('group', { name: 'Action' })).toContainText(widest.action);
  await expectNoViolations(page, 'answer and action recorded');
  await expect(progress(page)).toHaveText(`1 of ${agenda.length} discussed`);
  await next(page).click();
  await record(page, 'Yes', 'It is in place.');
  await expect(meeting(page).getByRole('group', { name: 'Action' })).toHaveCount(0);
  await next(page).click();
  // The third question is skipped; the fourth gets an answer and an owner.
  await next(page).click();
  await record(page, 'Not yet', 'Ask the council.', { owner: 'Public body' });
  await next(page).click();

  const end = meeting(page);
  await expect(end.getByRole('heading', { name: 'End of the agenda' })).toBeFocused();
  await expect(end).toContainText('1 question on the agenda was not discussed');
  await expect(end.getByLabel('Place')).toHaveValue('Leeds');
  await expect(end.getByLabel('Phase the partnership is in')).toHaveValue(PHASE);
  await expectNoViolations(page, 'end of the agenda');
  await end.getByRole('button', { name: 'Save the joint assessment' }).click();
  await expect(end.getByRole('status')).toHaveText('Saved the joint assessment for Leeds, with 3 agreed answers and 2 actions. Your checklist now shows it.');

  const stored = Object.entries(await storedItems(page)).filter(([key]) => key.startsWith('cii-guide:assessment:'));
  expect(stored).toHaveLength(1);
  const joint3 = JSON.parse(stored[0]![1]) as Assessment;
  expect(joint3).toMatchObject({ perspective: 'partnership', place: 'Leeds', partnership: 'Leeds Together', phase: PHASE });
  const [first, second, skipped, fourth] = agenda as [Question, Question, Question, Question];
  expect(joint3.answers[first.id]).toMatchObject({ value: 'partly', note: 'Agree in principle; the funder confirms the money by March.' });
  expect(joint3.answers[second.id]).toMatchObject({ value: 'yes', note: 'It is in place.' });
  expect(joint3.answers[fourth.id]).toMatchObject({ value: 'no' });
  expect(joint3.answers[skipped.id]).toBeUndefined();
  expect(joint3.plan).toEqual({
    [first.id]: { owner: 'funder', person: 'Grants team', due: '2027-03-31', status: 'todo', at: expect.any(String) },
    [fourth.id]: { owner: 'public-body', status: 'todo', at: expect.any(String) },
  });
  for (const at of [...Object.values(joint3.answers), ...Object.values(joint3.plan)].map((item) => item.at)) expect(Date.parse(at!)).not.toBeNaN();

  // The record lists each decision and action, and what was not discussed.
  const recordView = end.getByRole('region', { name: /^Partners' meeting, / });
  await expect(recordView).toContainText('Grants team');
  await expect(recordView).toContainText(`Not discussedStep ${skipped.step}: ${skipped.prompt}`);
  await expectNoViolations(page, 'joint assessment saved');
});

test('a meeting closed part-way resumes where it stopped, without the files', async ({ page }) => {
  await openWithFiles(page);
  await begin(page);
  await record(page, 'Partly', 'Come back in January.');
  await next(page).click();
  await meeting(page).getByRole('button', { name: 'Reveal answers' }).click();
  await page.reload();
  await waitForIslands(page);
  // The files were not kept; the meeting was.
  await expect(page.getByText('No files added yet')).toBeVisible();
  await expect(page.getByRole('region', { name: "Partners' meeting" })).toContainText(
    `A meeting is in progress on this device: 1 of ${agenda.length} discussed`,
  );
  await page.getByRole('button', { name: 'Resume the meeting' }).click();
  await expect(question(page)).toHaveAccessibleName(agenda[1]!.prompt);
  await expect(answers(page)).toBeVisible();
  await meeting(page).getByRole('button', { name: 'Previous question' }).click();
  await expect(meeting(page).getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(meeting(page).getByLabel('Decision, in one line')).toHaveValue('Come back in January.');

  // Back to the comparison and in again: the meeting is kept until it is ended.
  await meeting(page).getByRole('button', { name: 'Back to the comparison' }).click();
  await expect(page.getByRole('button', { name: 'Resume the meeting' })).toBeFocused();
  await page.getByRole('button', { name: 'Resume the meeting' }).click();
  for (let i = 0; i < agenda.length; i++) await next(page).click();
  await meeting(page).getByRole('button', { name: 'End the meeting' }).click();
  await meeting(page).getByRole('button', { name: 'Yes, end the meeting' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Ended the meeting.');
  expect(Object.keys(await storedItems(page))).not.toContain('cii-guide:meeting');
});

test('a damaged meeting kept on this device is reported and kept, and the page still works', async ({ page }) => {
  await page.goto('compare/');
  await page.evaluate(() => localStorage.setItem('cii-guide:meeting', '{"v":1,"questions":["s1-a"'));
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('The meeting kept on this device could not be read')).toBeVisible();
  const text = await download(page, page.getByRole('button', { name: 'Download its text' }));
  expect(text).toBe('{"v":1,"questions":["s1-a"');
  await page.getByLabel('Choose exported files (JSON)').setInputFiles(files);
  await page.getByRole('button', { name: 'Start a new meeting' }).click();
  await meeting(page).getByRole('button', { name: 'Begin the meeting' }).click();
  await expect(question(page)).toHaveAccessibleName(agenda[0]!.prompt);
  expect((await storedItems(page))['cii-guide:backup:meeting']).toBe('{"v":1,"questions":["s1-a"');
});

test('with names hidden, no name, note or role shows who answered what: on the page, in print or in the record', async ({ page }) => {
  await openWithFiles(page);
  await page.getByLabel('Hide names (show Partner A, B, C)').check();
  await begin(page);
  const seenText: string[] = [];
  const look = async () => seenText.push(await page.locator('body').innerText(), await page.content(), await page.locator('body').ariaSnapshot());

  await record(page, 'Partly', 'Agreed to pilot.', { owner: 'Funder', due: '2027-01-31' });
  await expect(answers(page).getByRole('listitem')).toHaveText([/^Partner A\s/, /^Partner B\s/, /^Partner C\s/], { useInnerText: true });
  // Each answer is by letter alone: no role beside it.
  for (const role of ['Public body', 'Funder', 'Civil society organisation']) await expect(answers(page)).not.toContainText(role);
  await look();
  await page.emulateMedia({ media: 'print' });
  const printedDuring = await pdfText(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  for (let i = 1; i < agenda.length; i++) await next(page).click();
  await next(page).click();
  await meeting(page).getByRole('button', { name: 'Save the joint assessment' }).click();
  await look();
  await expect(meeting(page)).toContainText('PartnersPartner A, Partner B and Partner C');
  await page.emulateMedia({ media: 'print' });
  const printed = await pdfText(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  const json = await download(page, meeting(page).getByRole('button', { name: 'Export the record (JSON)' }));
  const csv = await download(page, meeting(page).getByRole('button', { name: 'Export the record (CSV)' }));

  for (const secret of [secrets.council, secrets.funder, secrets.charity, secrets.note, 'council-file.json', 'funder-file.json', 'charity-file.json']) {
    for (const seen of seenText) expect(seen).not.toContain(secret);
    expect(printedDuring, 'print during the meeting').not.toContain(secret);
    expect(printed, 'print of the record').not.toContain(secret);
    expect(json, 'JSON record').not.toContain(secret);
    expect(csv, 'CSV record').not.toContain(secret);
  }
  expect(printed).toContain('Partner A, Partner B and Partner C');
  expect(JSON.parse(json).meeting.partners).toEqual([{ name: 'Partner A' }, { name: 'Partner B' }, { name: 'Partner C' }]);
  expect(csv.split('\r\n')[1]).toMatch(/^\d{4}-\d\d-\d\d,Leeds,Partner A; Partner B; Partner C,/);
});

test('a meeting of three questions run from the keyboard alone', async ({ page }) => {
  await openWithFiles(page);
  await page.getByRole('button', { name: 'Print the comparison' }).focus();
  // From the page into the meeting: Shift+Tab back to Start, then Begin.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Start the meeting' })).toBeFocused();
  await page.keyboard.press('Enter');
  const beginButton = meeting(page).getByRole('button', { name: 'Begin the meeting' });
  await expect(beginButton).toBeVisible();
  while (!(await beginButton.evaluate((b) => b === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // The shortcuts are on screen.
  await expect(meeting(page)).toContainText('Page Down next question');
  await expect(meeting(page)).toContainText('Ctrl + Enter reveal answers');

  for (const [i, value] of (['Partly', 'Yes', 'Not yet'] as const).entries()) {
    await expect(question(page).getByRole('heading', { level: 3 })).toBeFocused();
    await expect(question(page)).toHaveAccessibleName(agenda[i]!.prompt);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(meeting(page).getByRole('heading', { name: "Partners' answers" })).toBeFocused();
    // Tab to the agreed answer, and choose with the arrow keys.
    await page.keyboard.press('Tab');
    await expect(meeting(page).getByRole('radio', { name: 'Yes', exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    const steps = { Yes: 0, Partly: 1, 'Not yet': 2 }[value];
    for (let n = 0; n < steps; n++) await page.keyboard.press('ArrowRight');
    await expect(meeting(page).getByRole('radio', { name: value, exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(meeting(page).getByLabel('Decision, in one line')).toBeFocused();
    await page.keyboard.type(`Decision ${i + 1}`);
    await page.keyboard.press('PageDown');
  }
  await expect(progress(page)).toHaveText(`3 of ${agenda.length} discussed`);
  // The fourth question is on screen, its heading focused, before the reader goes back.
  await expect(question(page)).toHaveAccessibleName(agenda[3]!.prompt);
  await expect(question(page).getByRole('heading', { level: 3 })).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(question(page)).toHaveAccessibleName(agenda[2]!.prompt);
  await expect(meeting(page).getByLabel('Decision, in one line')).toHaveValue('Decision 3');
  await expectNoViolations(page, 'keyboard meeting');
});

test('the meeting record prints on A4: date, partners, each decision and action, and nothing of the controls', async ({ page }) => {
  await openWithFiles(page);
  await begin(page);
  await record(page, 'Not yet', 'Write to the leader this month.', { owner: 'Public body', person: 'Policy team', due: '2027-02-15' });
  for (let i = 0; i < agenda.length; i++) await next(page).click();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const text = (await pdfText(pdf)).replace(/[‘’]/g, "'");
  expect(text).toMatch(/^Secondments for collaboration Partners' meeting, \d{1,2} \w+ \d{4}/);
  expect(text).toContain(`Partners ${secrets.council} (Public body), ${secrets.funder} (Funder) and ${secrets.charity} (Civil society organisation)`);
  expect(text).toContain(
    `Agreed answer: Not yet Decision: Write to the leader this month. Action: ${widest.action.replace(/[‘’]/g, "'")} (Owner: Public body; Person or team: Policy team; Due: 15 February 2027)`,
  );
  expect(text).toContain('Not discussed');
  for (const control of ['Save the joint assessment', 'Export the record', 'End the meeting', 'Back to the comparison', 'Page Down', 'Compare partners'])
    expect(text).not.toContain(control);
});

test('the meeting’s code loads only when a meeting starts; the page’s JavaScript before and during a meeting', async ({ page }) => {
  const scripts: LoadedFile[] = [];
  const bodies = new Map<string, string>();
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    if (!response.url().endsWith('.js')) return;
    pending.push(
      response.body().then(
        (body) => {
          bodies.set(response.url(), body.toString('utf8'));
          scripts.push({ url: response.url(), kind: 'js', raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
        },
        () => undefined,
      ),
    );
  });
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  };
  // On load, measured as the size budget measures it (tests/budget.spec.ts).
  const onLoad = total(await loadPage(page, 'compare/'), 'js');
  await settle();
  const inline = onLoad - total(scripts, 'js');
  await page.getByLabel('Choose exported files (JSON)').setInputFiles(files);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Added 3 files.');
  await settle();
  const withFiles = total(scripts, 'js') + inline;
  const beforeMeeting = new Set(scripts.map((f) => f.url));
  // None of the code loaded so far is the meeting's.
  for (const url of beforeMeeting) expect(bodies.get(url), url).not.toContain('Begin the meeting');

  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await meeting(page).getByRole('button', { name: 'Begin the meeting' }).click();
  await settle();
  const meetingFiles = scripts.filter((f) => !beforeMeeting.has(f.url));
  expect(meetingFiles.some((f) => bodies.get(f.url)!.includes('Begin the meeting'))).toBe(true);
  const during = total(scripts, 'js') + inline;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const figures = `compare page JavaScript, gzip: ${kb(onLoad)} on load; ${kb(withFiles)} once files are read; ${kb(during)} during a meeting, which adds ${describeFiles(meetingFiles)}`;
  console.log(figures);
  test.info().annotations.push({ type: 'bytes', description: figures });
});

test('the single-file edition runs the meeting from disk', async ({ page, watch }) => {
  await page.goto(pathToFileURL(resolve('dist/secondment-guide-offline.html')).href);
  const compare = page.locator('#page-compare');
  await compare.getByLabel('Choose exported files (JSON)').setInputFiles(files);
  await compare.getByRole('button', { name: 'Start the meeting' }).click();
  await compare.getByRole('button', { name: 'Begin the meeting' }).click();
  await expect(compare.getByRole('article')).toHaveAccessibleName(agenda[0]!.prompt);
  await compare.getByRole('button', { name: 'Reveal answers' }).click();
  await compare.getByRole('radio', { name: 'Partly', exact: true }).check();
  await page.reload();
  await page.locator('#page-compare').getByRole('button', { name: 'Resume the meeting' }).click();
  await expect(page.locator('#page-compare').getByRole('radio', { name: 'Partly', exact: true })).toBeChecked();
  expect(watch.errors).toEqual([]);
});
