// "Starting in your place" printed on A4, as a partnership would take it into its first meeting:
// the timeline, every phase's questions and the documents, with nothing of the screen's controls.
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { pdfPages } from './support/pdf-text.ts';
import { bankQuestions } from './support/site.ts';

const phases = Object.values((JSON.parse(readFileSync('content/ui/common.json', 'utf8')) as { phases: Record<string, string> }).phases);
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

test('the starting chapter prints on A4 with its timeline, every question by phase and the documents, and no controls', async ({ page }) => {
  await page.goto('starting/');
  const headings = (await page.locator('main :is(h1, .prose h2, .prose h3)').allInnerTexts()).map(plain);
  const events = await page.locator('.timeline-event').evaluateAll((items) =>
    items.map((item) => ({
      date: item.querySelector('.timeline-event__date')!.textContent!,
      title: item.querySelector('.timeline-event__title')!.textContent!,
    })),
  );
  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  const printed = plain(pages.map((p) => p.text).join(' '));

  // A4 is 595 by 842 points.
  for (const p of pages) {
    expect(Math.abs(p.width - 595)).toBeLessThan(2);
    expect(Math.abs(p.height - 842)).toBeLessThan(2);
  }
  for (const heading of headings) expect(printed, 'every heading prints').toContain(heading);
  for (const phase of phases) expect(headings).toContain(phase);

  // London's first year: each event prints whole, its date on the same page as its title.
  expect(events.map((e) => e.date)).toEqual(expect.arrayContaining(['January 2017', 'March 2017', 'April 2017']));
  for (const { date, title } of events) {
    expect(
      pages.some((p) => p.text.toLowerCase().includes(date.toLowerCase()) && plain(p.text).includes(plain(title))),
      `${date}: ${title}`,
    ).toBe(true);
  }

  // Every question of the bank is listed under its phase, with its number.
  const questions = bankQuestions();
  for (const q of questions) {
    const number = `${q.step}.${questions.filter((o) => o.step === q.step).indexOf(q) + 1}`;
    expect(printed, q.id).toContain(`${number} ${plain(q.prompt)}`);
  }

  // Nothing from the screen: no navigation or controls, and the question links print no addresses.
  for (const chrome of ['Guide contents', 'Your checklist', 'On this page', 'Skip to main content']) expect(printed).not.toContain(chrome);
  expect(printed).not.toContain('/steps/');
});
