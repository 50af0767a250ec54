// The guide as a task list (home page): the chapters a reader works through, from the model to
// the fifth step, each with how long it takes, worked out from the content at build time.
import { getReadingOrder, type Chapter } from './chapters.ts';
import { getQuestionBank } from './question-bank.ts';
import { ui } from './ui.ts';
import { audienceText } from '../lib/audience.ts';
import { listText } from '../lib/language.ts';
import type { Question } from '../lib/model.ts';
import { plural } from '../lib/plural.ts';
import { fill } from '../lib/text.ts';
import { answeringMinutes, countWords, hoursAndMinutes, readingMinutes } from '../lib/time-estimate.ts';

export interface Task {
  chapter: Chapter;
  readingMinutes: number;
  /** The step's readiness questions; 0 for a chapter without any. */
  questions: number;
  answeringMinutes: number;
}

/**
 * Words the chapter's question lists show, which come from the bank and not from its MDX: each
 * question of a phase for <PhaseQuestions>, each listed one for <QuestionLinks> (its number only
 * when written `numbers`). Kept in step with those components (authoring/PhaseQuestions.astro,
 * QuestionLinks.astro); tests/start.spec.ts compares the estimate with the page as shown.
 */
function listedWords(mdx: string, questions: readonly Question[]): number {
  const listed = (q: Question) => countWords(`${q.prompt} ${fill(ui.assessment.askedOf, { roles: audienceText(q.roles, ui.audiences) })}`);
  let words = 0;
  for (const [, phase] of mdx.matchAll(/<PhaseQuestions\s+phase="(\w+)"/g)) {
    words += questions.filter((q) => q.phase === phase).reduce((sum, q) => sum + listed(q), 0);
  }
  for (const [tag] of mdx.matchAll(/<QuestionLinks\b[^>]*>/g)) {
    const ids = /ids="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    const onlyNumbers = /\snumbers\b/.test(tag);
    words += ids.reduce((sum, id) => {
      const q = questions.find((o) => o.id === id);
      return sum + (!q ? 0 : onlyNumbers ? 1 : listed(q));
    }, 0);
  }
  return words;
}

/** After home and up to the fifth step, in reading order: the model, anything before the steps, the steps. */
export async function getTasks(): Promise<Task[]> {
  const order = await getReadingOrder();
  const bank = await getQuestionBank();
  const lastStep = order.findLastIndex((c) => c.step);
  return order.slice(1, lastStep + 1).map((chapter) => {
    const body = chapter.entry.body ?? '';
    const questions = chapter.step ? bank.questions.filter((q) => q.step === chapter.step).length : 0;
    const words = countWords(body) + listedWords(body, bank.questions);
    return { chapter, readingMinutes: readingMinutes(words), questions, answeringMinutes: answeringMinutes(questions) };
  });
}

/** Minutes in words, as "45 minutes" or "1 hour and 20 minutes". */
export function durationText(total: number): string {
  const { hours, minutes } = hoursAndMinutes(total);
  const parts = [hours > 0 ? plural(ui.tasks.hours, hours) : '', minutes > 0 ? plural(ui.tasks.minutes, minutes) : ''];
  return listText(parts.filter(Boolean));
}
