// The guide as a task list (home page): the chapters a reader works through, from the model to
// the fifth step, each with how long it takes, worked out from the content at build time.
import { getReadingOrder, type Chapter } from './chapters.ts';
import { getQuestionBank } from './question-bank.ts';
import { ui } from './ui.ts';
import { listText } from '../lib/language.ts';
import { plural } from '../lib/plural.ts';
import { answeringMinutes, countWords, hoursAndMinutes, readingMinutes } from '../lib/time-estimate.ts';

export interface Task {
  chapter: Chapter;
  readingMinutes: number;
  /** The step's readiness questions; 0 for a chapter without any. */
  questions: number;
  answeringMinutes: number;
}

/** After home and up to the fifth step, in reading order: the model, anything before the steps, the steps. */
export async function getTasks(): Promise<Task[]> {
  const order = await getReadingOrder();
  const bank = await getQuestionBank();
  const lastStep = order.findLastIndex((c) => c.step);
  return order.slice(1, lastStep + 1).map((chapter) => {
    const questions = chapter.step ? bank.questions.filter((q) => q.step === chapter.step).length : 0;
    return { chapter, readingMinutes: readingMinutes(countWords(chapter.entry.body ?? '')), questions, answeringMinutes: answeringMinutes(questions) };
  });
}

/** Minutes in words, as "45 minutes" or "1 hour and 20 minutes". */
export function durationText(total: number): string {
  const { hours, minutes } = hoursAndMinutes(total);
  const parts = [hours > 0 ? plural(ui.tasks.hours, hours) : '', minutes > 0 ? plural(ui.tasks.minutes, minutes) : ''];
  return listText(parts.filter(Boolean));
}
