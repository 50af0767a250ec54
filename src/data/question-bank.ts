// The question bank, read from content/questions and checked as a whole.
import { getCollection } from 'astro:content';
import site from '../../content/site.json';
import type { Question, QuestionBank, StepNumber } from '../lib/model.ts';
import { checkQuestionBank } from '../lib/content-checks.ts';
import { getSources } from './sources.ts';

let cached: Promise<QuestionBank> | undefined;

async function load(): Promise<QuestionBank> {
  const files = (await getCollection('questions')).map((file) => ({ name: file.id, step: file.data.step, questions: file.data.questions }));
  return { version: site.questionBankVersion, questions: checkQuestionBank(files, await getSources()) };
}

/** Every question in step order, checked once per build. */
export function getQuestionBank(): Promise<QuestionBank> {
  cached ??= load();
  return cached;
}

/** The questions of one step, in the order the reader sees them. */
export async function getStepQuestions(step: StepNumber): Promise<Question[]> {
  return (await getQuestionBank()).questions.filter((q) => q.step === step);
}
