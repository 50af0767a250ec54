// Checks that make authoring mistakes fail the build with a message saying what to fix. Pure
// functions over plain data, so they are unit tested; src/data/ calls them on the real content.
import type { Question, StepNumber } from './model.ts';
import { STEP_NUMBERS } from './model.ts';

/** What a citation is checked against: a source's id and its section names. */
export interface CitableSource {
  id: string;
  sections: string[];
}

/** The source a citation names, or an error naming the place, the bad value and the fix. */
export function checkCitation<S extends CitableSource>(sources: readonly S[], sourceId: unknown, section: unknown, where: string): S {
  const source = sources.find((s) => s.id === sourceId);
  if (!source) {
    throw new Error(
      `${where}: unknown source id "${String(sourceId)}". Use one of ${sources.map((s) => `"${s.id}"`).join(', ')} (content/sources.yaml).`,
    );
  }
  if (typeof section !== 'string' || !source.sections.includes(section)) {
    throw new Error(`${where}: source ${source.id} has no section "${String(section)}". Copy a section name exactly from content/sources.yaml.`);
  }
  return source;
}

/** One question file as the collection reads it: its name, its step and its questions. */
export interface QuestionFile {
  name: string;
  step: number;
  questions: Omit<Question, 'step'>[];
}

/**
 * The whole bank in step order, after checking what the per-file schema cannot: ids unique
 * across files and prefixed with their step, every citation real, and no step left empty.
 */
export function checkQuestionBank(files: readonly QuestionFile[], sources: readonly CitableSource[]): Question[] {
  const questions: Question[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.step - b.step)) {
    for (const q of file.questions) {
      const where = `content/questions/${file.name}.yaml, question "${q.id}"`;
      if (seen.has(q.id)) throw new Error(`${where}: duplicate id, also used in ${seen.get(q.id)}.`);
      if (!q.id.startsWith(`s${file.step}-`)) throw new Error(`${where}: ids in a step ${file.step} file start with "s${file.step}-".`);
      seen.set(q.id, where);
      checkCitation(sources, q.source, q.section, where);
      questions.push({ ...q, step: file.step as StepNumber });
    }
  }
  for (const step of STEP_NUMBERS) {
    if (!questions.some((q) => q.step === step)) throw new Error(`content/questions: no questions for step ${step}.`);
  }
  return questions;
}
