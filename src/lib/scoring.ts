// Readiness rules: how answers become a status for each step and for the place, for the phase of
// its life the partnership is in. This file alone decides; views only show what it returns.
// The rules are published in plain words in content/ui/common.json ("rules"); keep the two in
// step when changing either.
//
// - A question counts when it is asked of the reader's perspective and belongs to the current
//   phase or an earlier one. Questions of later phases are shown as "for later" and never count.
// - A step with no counted questions in this phase is "for later" as a whole.
// - A step is Ready when every counted question is answered, every essential one is Yes and none
//   is Not yet or Don't know; Nearly ready when every counted essential is at least Partly;
//   otherwise Not yet ready; Not started while none of its counted questions is answered.
// - The place is ready for its phase when every step that counts in that phase is Ready.
import type { Answer, Assessment, Perspective, Phase, Question, StepNumber } from './model.ts';
import { PHASES, STEP_NUMBERS } from './model.ts';

/** What scoring needs to know of a question; pages that only show progress carry just this. */
export type ScoredQuestion = Pick<Question, 'id' | 'step' | 'roles' | 'essential' | 'phase'>;

export type StepStatus = 'not-started' | 'not-ready' | 'nearly-ready' | 'ready' | 'later';
export type OverallStatus = 'not-started' | 'not-ready' | 'ready';

/** A question that is not yet in place, as it appears on the checklist. */
export interface Gap<Q extends ScoredQuestion = Question> {
  question: Q;
  answer: Answer;
  /** 'find-out' for Don't know, 'act' for Partly, Not yet or unanswered. */
  kind: 'find-out' | 'act';
}

/** A question with the answer given to it. */
export interface Answered<Q extends ScoredQuestion = Question> {
  question: Q;
  answer: Answer;
}

export interface StepResult<Q extends ScoredQuestion = Question> {
  step: StepNumber;
  status: StepStatus;
  /** Counted questions answered (a note alone is not an answer). */
  answered: number;
  /** Counted questions: asked of this perspective, in this phase or an earlier one. */
  total: number;
  /** Counted essential questions not yet answered Yes. */
  missingEssentials: Q[];
  /** Other counted questions answered Not yet or Don't know: they too keep the step from Ready. */
  blocking: Q[];
  /** Counted questions answered Yes. */
  inPlace: Q[];
  /** Every counted question not answered Yes, essentials first, in bank order within each group. */
  gaps: Gap<Q>[];
  /** Answers given to questions asked of other partners: shown apart, never counted. */
  forOthers: Answered<Q>[];
  /** This perspective's questions of later phases, in bank order. */
  later: Q[];
}

export interface OverallResult<Q extends ScoredQuestion = Question> {
  phase: Phase;
  status: OverallStatus;
  /** Steps Ready, of the steps that count in this phase. */
  readySteps: number;
  countedSteps: number;
  answered: number;
  total: number;
  /** Answers to other partners' questions, across the steps. */
  forOthers: number;
  steps: StepResult<Q>[];
}

/** Whether a question is asked of this perspective; the whole partnership answers everything. */
export function appliesTo(question: Pick<ScoredQuestion, 'roles'>, perspective: Perspective): boolean {
  return perspective === 'partnership' || question.roles.includes('all') || question.roles.includes(perspective);
}

/** Whether a question belongs to this phase or an earlier one. */
export function inPhase(question: Pick<ScoredQuestion, 'phase'>, phase: Phase): boolean {
  return PHASES.indexOf(question.phase) <= PHASES.indexOf(phase);
}

/** The step's result under the published rules. */
export function scoreStep<Q extends ScoredQuestion>(
  step: StepNumber,
  bank: readonly Q[],
  answers: Assessment['answers'],
  perspective: Perspective,
  phase: Phase,
): StepResult<Q> {
  const ofStep = bank.filter((q) => q.step === step);
  const mine = ofStep.filter((q) => appliesTo(q, perspective));
  const counted = mine.filter((q) => inPhase(q, phase));
  const valueOf = (q: Q) => answers[q.id]?.value;
  const answered = counted.filter((q) => valueOf(q) !== undefined).length;
  const missingEssentials = counted.filter((q) => q.essential && valueOf(q) !== 'yes');
  const blocking = counted.filter((q) => !q.essential && (valueOf(q) === 'no' || valueOf(q) === 'unknown'));
  const gaps: Gap<Q>[] = counted
    .filter((q) => valueOf(q) !== 'yes')
    .sort((a, b) => Number(b.essential) - Number(a.essential))
    .map((q) => ({ question: q, answer: answers[q.id] ?? {}, kind: valueOf(q) === 'unknown' ? 'find-out' : 'act' }));
  const atLeastPartly = (q: Q) => valueOf(q) === 'yes' || valueOf(q) === 'partly';

  let status: StepStatus;
  if (counted.length === 0) status = 'later';
  else if (answered === 0) status = 'not-started';
  else if (answered === counted.length && missingEssentials.length === 0 && counted.every(atLeastPartly)) status = 'ready';
  else if (counted.filter((q) => q.essential).every(atLeastPartly)) status = 'nearly-ready';
  else status = 'not-ready';

  return {
    step,
    status,
    answered,
    total: counted.length,
    missingEssentials,
    blocking,
    inPlace: counted.filter((q) => valueOf(q) === 'yes'),
    gaps,
    forOthers: ofStep.filter((q) => !appliesTo(q, perspective) && valueOf(q) !== undefined).map((q) => ({ question: q, answer: answers[q.id]! })),
    later: mine.filter((q) => !inPhase(q, phase)),
  };
}

/** Every step's result and the place's: ready for its phase only when every step that counts is Ready. */
export function scoreAssessment<Q extends ScoredQuestion>(
  bank: readonly Q[],
  assessment: Pick<Assessment, 'answers' | 'perspective'> & Partial<Pick<Assessment, 'phase'>>,
): OverallResult<Q> {
  const phase = assessment.phase ?? 'commit';
  const steps = STEP_NUMBERS.map((step) => scoreStep(step, bank, assessment.answers, assessment.perspective, phase));
  const counted = steps.filter((s) => s.status !== 'later');
  const readySteps = counted.filter((s) => s.status === 'ready').length;
  const answered = steps.reduce((n, s) => n + s.answered, 0);
  const total = steps.reduce((n, s) => n + s.total, 0);
  const status: OverallStatus = answered === 0 ? 'not-started' : counted.length > 0 && readySteps === counted.length ? 'ready' : 'not-ready';
  return { phase, status, readySteps, countedSteps: counted.length, answered, total, forOthers: steps.reduce((n, s) => n + s.forOthers.length, 0), steps };
}
