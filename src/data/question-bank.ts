// The question bank, read from content/questions and checked as a whole, with the questions
// earlier editions asked and this one no longer does.
import { getCollection } from 'astro:content';
import site from '../../content/site.json';
import type { Question, QuestionBank, RetiredQuestion, StepNumber } from '../lib/model.ts';
import { checkQuestionBank, checkRetiredQuestions } from '../lib/content-checks.ts';
import { getSources } from './sources.ts';

interface Loaded {
  bank: QuestionBank<Question>;
  retired: RetiredQuestion[];
}

let cached: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const files = (await getCollection('questions')).map((file) => ({ name: file.id, step: file.data.step, questions: file.data.questions }));
  const questions = checkQuestionBank(files, await getSources());
  const retired = (await getCollection('retiredQuestions')).map((entry) => entry.data as RetiredQuestion);
  checkRetiredQuestions(questions, retired);
  return { bank: { version: site.questionBankVersion, questions }, retired };
}

/** Every question in step order, checked once per build. */
export async function getQuestionBank(): Promise<QuestionBank<Question>> {
  cached ??= load();
  return (await cached).bank;
}

/** The questions of one step, in the order the reader sees them. */
export async function getStepQuestions(step: StepNumber): Promise<Question[]> {
  return (await getQuestionBank()).questions.filter((q) => q.step === step);
}

/** Each question's number as the step pages show it: "2.4" is the fourth question of step 2. */
export function questionNumbers(questions: readonly Question[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const q of questions) numbers.set(q.id, `${q.step}.${questions.filter((o) => o.step === q.step).indexOf(q) + 1}`);
  return numbers;
}

/** Questions earlier editions asked that the bank no longer does, each with its old prompt. */
export async function getRetiredQuestions(): Promise<RetiredQuestion[]> {
  cached ??= load();
  return (await cached).retired;
}
