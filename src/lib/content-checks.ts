// Checks that make authoring mistakes fail the build with a message saying what to fix. Pure
// functions over plain data, so they are unit tested; src/data/ calls them on the real content.
import type { Question, RetiredQuestion, StepNumber } from './model.ts';
import { PHASES, STEP_NUMBERS } from './model.ts';

/** What a citation is checked against: a source's id and its section names. */
export interface CitableSource {
  id: string;
  sections: string[];
}

/** The source a citation names, or an error naming the place, the bad value and the fix. */
export function checkCitation<S extends CitableSource>(sources: readonly S[], sourceId: unknown, section: unknown, where: string): S {
  const source = sources.find((s) => s.id === sourceId);
  if (!source) {
    throw new Error(`${where}: unknown source id "${String(sourceId)}". Use one of ${sources.map((s) => `"${s.id}"`).join(', ')} (content/sources.yaml).`);
  }
  if (typeof section !== 'string' || !source.sections.includes(section)) {
    throw new Error(`${where}: source ${source.id} has no section "${String(section)}". Copy a section name exactly from content/sources.yaml.`);
  }
  return source;
}

/** How a question's "why" opens when the sources say nothing on its topic. */
export const SOURCES_SILENT = 'The sources do not cover this';

/** Why a prompt asks more than one thing, or undefined when it asks one. */
export function promptProblem(prompt: string): string | undefined {
  const marks = prompt.split('?').length - 1;
  if (marks !== 1 || !prompt.trimEnd().endsWith('?')) {
    return `the prompt must be one question ending in its only "?" (found ${marks}). Split it into two questions`;
  }
  if (/\band\s*\/\s*or\b/i.test(prompt)) return 'the prompt joins two asks with "and/or". Split it into two questions';
  return undefined;
}

/** One question file as the collection reads it: its name, its step and its questions. */
export interface QuestionFile {
  name: string;
  step: number;
  questions: Omit<Question, 'step'>[];
}

/**
 * The whole bank in step order, after checking what the per-file schema cannot: ids unique
 * across files and prefixed with their step, one ask per prompt, every "why" either cited to a
 * real section or saying the sources are silent, and no step or phase left empty.
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
      const problem = promptProblem(q.prompt);
      if (problem) throw new Error(`${where}: ${problem}.`);
      if (q.source === undefined && q.section === undefined) {
        if (!q.why.startsWith(SOURCES_SILENT)) {
          throw new Error(
            `${where}: "why" has no source. Cite a source and section, or begin "why" with "${SOURCES_SILENT};" and say what the question rests on.`,
          );
        }
      } else {
        checkCitation(sources, q.source, q.section, where);
      }
      questions.push({ ...q, step: file.step as StepNumber });
    }
  }
  for (const step of STEP_NUMBERS) {
    if (!questions.some((q) => q.step === step)) throw new Error(`content/questions: no questions for step ${step}.`);
  }
  for (const phase of PHASES) {
    if (!questions.some((q) => q.phase === phase)) throw new Error(`content/questions: no questions for phase "${phase}".`);
  }
  return questions;
}

/**
 * Checks the bank against the questions earlier editions retired, so no reader's answer loses
 * its meaning: a retired id is never reused, "replaces" names only retired ids, and every
 * retired question has a successor in the bank or says why it was dropped.
 */
export function checkRetiredQuestions(questions: readonly Question[], retired: readonly RetiredQuestion[]): void {
  const where = (q: RetiredQuestion) => `content/questions/retired.yaml, question "${q.id}"`;
  const retiredIds = new Set(retired.map((r) => r.id));
  for (const r of retired) {
    if (!r.id.startsWith(`s${r.step}-`)) throw new Error(`${where(r)}: ids of step ${r.step} start with "s${r.step}-".`);
    const reused = questions.find((q) => q.id === r.id);
    if (reused) throw new Error(`${where(r)}: this retired id is back in content/questions/step-${reused.step}.yaml. Give the new question an id of its own.`);
  }
  for (const q of questions) {
    for (const id of q.replaces ?? []) {
      if (!retiredIds.has(id)) {
        throw new Error(`content/questions/step-${q.step}.yaml, question "${q.id}": replaces "${id}", which is not in content/questions/retired.yaml.`);
      }
    }
  }
  for (const r of retired) {
    const successors = questions.filter((q) => q.replaces?.includes(r.id));
    if (successors.length === 0 && !r.dropped) {
      throw new Error(`${where(r)}: no question replaces it. Add "replaces: [${r.id}]" to its successors, or say why it was dropped with "dropped:".`);
    }
    if (successors.length > 0 && r.dropped) {
      throw new Error(`${where(r)}: marked dropped, but ${successors.map((q) => q.id).join(', ')} replace it. Remove "dropped:".`);
    }
  }
}
