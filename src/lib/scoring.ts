// Readiness rules: how answers become a status for each step and for the place.
// The rules are published on every step page in plain words (content/ui/common.json, "rules");
// keep the two in step when changing either.
import type { Answer, Assessment, Perspective, Question, StepNumber } from './model.ts';
import { STEP_NUMBERS } from './model.ts';

/** What scoring needs to know of a question; pages that only show progress carry just this. */
export type ScoredQuestion = Pick<Question, 'id' | 'step' | 'roles' | 'essential'>;

export type StepStatus = 'not-started' | 'not-ready' | 'nearly-ready' | 'ready';
export type OverallStatus = 'not-started' | 'not-ready' | 'ready';

/** A question that is not yet in place, as it appears on the checklist. */
export interface Gap<Q extends ScoredQuestion = Question> {
  question: Q;
  answer: Answer;
  /** 'find-out' for Don't know, 'act' for Partly, Not yet or unanswered. */
  kind: 'find-out' | 'act';
}

export interface StepResult<Q extends ScoredQuestion = Question> {
  step: StepNumber;
  status: StepStatus;
  answered: number;
  total: number;
  /** Essential questions not yet answered Yes. */
  missingEssentials: Q[];
  /** Every question not answered Yes, essentials first, in bank order within each group. */
  gaps: Gap<Q>[];
}

export interface OverallResult<Q extends ScoredQuestion = Question> {
  status: OverallStatus;
  readySteps: number;
  answered: number;
  total: number;
  steps: StepResult<Q>[];
}

/** Whether a question is asked of this perspective; the whole partnership answers everything. */
export function appliesTo(question: ScoredQuestion, perspective: Perspective): boolean {
  return perspective === 'partnership' || question.roles.includes('all') || question.roles.includes(perspective);
}

/** The step's status under the published rules, from the questions that apply to this perspective. */
export function scoreStep<Q extends ScoredQuestion>(
  step: StepNumber,
  bank: readonly Q[],
  answers: Assessment['answers'],
  perspective: Perspective,
): StepResult<Q> {
  const questions = bank.filter((q) => q.step === step && appliesTo(q, perspective));
  const valueOf = (q: Q) => answers[q.id]?.value;
  const answered = questions.filter((q) => valueOf(q) !== undefined).length;
  const essentials = questions.filter((q) => q.essential);
  const missingEssentials = essentials.filter((q) => valueOf(q) !== 'yes');

  const gaps: Gap<Q>[] = questions
    .filter((q) => valueOf(q) !== 'yes')
    .sort((a, b) => Number(b.essential) - Number(a.essential))
    .map((q) => ({ question: q, answer: answers[q.id] ?? {}, kind: valueOf(q) === 'unknown' ? 'find-out' : 'act' }));

  let status: StepStatus;
  if (answered === 0) {
    status = 'not-started';
  } else if (
    answered === questions.length &&
    missingEssentials.length === 0 &&
    questions.every((q) => valueOf(q) === 'yes' || valueOf(q) === 'partly')
  ) {
    status = 'ready';
  } else if (essentials.every((q) => valueOf(q) === 'yes' || valueOf(q) === 'partly')) {
    status = 'nearly-ready';
  } else {
    status = 'not-ready';
  }
  return { step, status, answered, total: questions.length, missingEssentials, gaps };
}

/** Every step's result and the place's: ready to launch only when all five steps are Ready. */
export function scoreAssessment<Q extends ScoredQuestion>(
  bank: readonly Q[],
  assessment: Pick<Assessment, 'answers' | 'perspective'>,
): OverallResult<Q> {
  const steps = STEP_NUMBERS.map((step) => scoreStep(step, bank, assessment.answers, assessment.perspective));
  const readySteps = steps.filter((s) => s.status === 'ready').length;
  const answered = steps.reduce((n, s) => n + s.answered, 0);
  const total = steps.reduce((n, s) => n + s.total, 0);
  const status: OverallStatus =
    answered === 0 ? 'not-started' : readySteps === steps.length ? 'ready' : 'not-ready';
  return { status, readySteps, answered, total, steps };
}
