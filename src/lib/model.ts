// The guide's data model: every type the content, stores, scoring, export and import share.
// Plain constants and types only, so any island can import it without pulling in a validator.

/** The three kinds of partner the guide speaks to. */
export const ROLES = ['public-body', 'funder', 'civil-society'] as const;
export type Role = (typeof ROLES)[number];

/** Who a question is asked of: one role, or every partner. */
export const AUDIENCES = ['all', ...ROLES] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Whose view an assessment records: one partner's, or the whole partnership's together. */
export const PERSPECTIVES = ['partnership', ...ROLES] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** The four answers every readiness question offers, in the order they are shown. */
export const ANSWER_VALUES = ['yes', 'partly', 'no', 'unknown'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

export const STEP_NUMBERS = [1, 2, 3, 4, 5] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

/**
 * The stages of a programme's life, in order. Every question belongs to one; readiness for a
 * phase is judged on the questions of that phase and every earlier one.
 */
export const PHASES = ['commit', 'prepare', 'run', 'end'] as const;
export type Phase = (typeof PHASES)[number];

/** Longest place, partnership, organisation or person name and note we keep. */
export const LIMITS = { name: 80, note: 1000 } as const;

/** A question id in this bank: "s", the step, then lower-case words joined by hyphens. */
export const QUESTION_ID = /^s[1-5]-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Any id a question could have, in this version or a later one (e.g. "s6-…"). Answers stored
 * under such ids are kept and shown as answers to questions this version does not know.
 */
export const ANY_QUESTION_ID = /^s\d{1,2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One readiness question, defined once in content/questions and read everywhere else. */
export interface Question {
  id: string;
  step: StepNumber;
  /** The phase by which it should be Yes. */
  phase: Phase;
  prompt: string;
  why: string;
  /** The evidence behind "why"; absent only where the sources are silent and "why" says so. */
  source?: string;
  section?: string;
  roles: Audience[];
  /** Essential for its phase: readiness for that phase and later ones needs it. */
  essential: boolean;
  action: string;
  discuss: string;
  /** Earlier-edition ids this question succeeds, when one was split or reworded in meaning. */
  replaces?: string[];
}

/**
 * A question as a step page's form carries it: what it shows, scores and exports. What partners
 * should discuss and the questions it replaced are left out, so the page does not carry them.
 */
export type FormQuestion = Omit<Question, 'discuss' | 'replaces'>;

/**
 * A question an earlier edition asked and the bank no longer does. Its id is never reused;
 * answers to it stay in the reader's record and are shown beside the questions that replace it.
 */
export interface RetiredQuestion {
  id: string;
  step: StepNumber;
  /** The prompt as that edition asked it. */
  prompt: string;
  /** Why it was dropped with no successor; absent when other questions replace it. */
  dropped?: string;
}

/**
 * A reader's answer to one question; a note may be written before choosing an answer. The note is
 * kept as typed (it is trimmed only where it is shown or exported).
 */
export interface Answer {
  value?: AnswerValue;
  note?: string;
  /** When this answer last changed (ISO); two tabs' changes are merged question by question on it. */
  at?: string;
}

/** Who owns an action: one of the partners, or the partnership as a whole (offered in this order). */
export const OWNERS = [...ROLES, 'partnership'] as const;
export type Owner = Perspective;

/** Where an action stands. */
export const PLAN_STATUSES = ['todo', 'doing', 'done', 'wont'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The action for one question's gap, as the partnership plans it. */
export interface PlanItem {
  owner?: Owner;
  /** A named person or team, optional. */
  person?: string;
  /** The date it is due, as YYYY-MM-DD (a day, not a moment: no time zone). */
  due?: string;
  status?: PlanStatus;
  note?: string;
  /** When this item last changed (ISO), for merging tabs' changes item by item. */
  at?: string;
}

/** A dated snapshot of an assessment, taken when the partnership reviews it. */
export interface Review {
  /** When it was recorded (ISO). */
  at: string;
  phase: Phase;
  /** Each step's status at the time, for the picture across reviews. */
  steps: Record<string, string>;
  /** The answers at the time; left out of the oldest reviews once there are many. */
  answers?: Record<string, AnswerValue>;
  /** Each action's status at the time; left out with the answers. */
  plan?: Record<string, PlanStatus>;
}

/** One place's assessment from one perspective, as kept on the device and in exports. */
export interface Assessment {
  id: string;
  place: string;
  partnership: string;
  /** The reader's own organisation, e.g. "Leeds City Council"; may be empty. */
  organisation: string;
  perspective: Perspective;
  /** The stage the partnership is in; a new assessment starts at the first. */
  phase: Phase;
  createdAt: string;
  updatedAt: string;
  /**
   * Keyed by question id; answers to questions no longer in the bank are kept. An entry with
   * neither value nor note records that an answer was cleared, so other tabs' merges see it.
   */
  answers: Record<string, Answer>;
  /** The action plan, keyed by the question id whose gap it closes. */
  plan: Record<string, PlanItem>;
  /** Reviews, oldest first. */
  reviews: Review[];
  /** When the partnership means to review next, as YYYY-MM-DD; empty when not set. */
  nextReview: string;
}

/**
 * A question as the checklist and compare pages receive it (/question-bank.json): everything but
 * the earlier ids it replaced, which only the build checks.
 */
export type BankQuestion = Omit<Question, 'replaces'>;

/** The question bank as the browser receives it: its version and every question in step order. */
export interface QuestionBank<Q extends FormQuestion = BankQuestion> {
  version: string;
  questions: Q[];
}
