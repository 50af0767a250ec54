// The question bank, read from content/questions and checked as a whole.
import { getCollection } from 'astro:content';
import site from '../../content/site.json';
import type { Question, QuestionBank, StepNumber } from '../lib/model.ts';
import { STEP_NUMBERS } from '../lib/model.ts';
import { resolveCitation } from './sources.ts';

let cached: Promise<QuestionBank> | undefined;

async function load(): Promise<QuestionBank> {
  const files = await getCollection('questions');
  const questions: Question[] = [];
  const seen = new Map<string, string>();
  for (const file of files.sort((a, b) => a.data.step - b.data.step)) {
    for (const q of file.data.questions) {
      const where = `content/questions/${file.id}.yaml, question "${q.id}"`;
      if (seen.has(q.id)) throw new Error(`${where}: duplicate id, also used in ${seen.get(q.id)}.`);
      if (!q.id.startsWith(`s${file.data.step}-`)) throw new Error(`${where}: ids in a step ${file.data.step} file start with "s${file.data.step}-".`);
      seen.set(q.id, where);
      await resolveCitation(q.source, q.section, where);
      questions.push({ ...q, step: file.data.step as StepNumber });
    }
  }
  for (const step of STEP_NUMBERS) {
    if (!questions.some((q) => q.step === step)) throw new Error(`content/questions: no questions for step ${step}.`);
  }
  return { version: site.questionBankVersion, questions };
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
