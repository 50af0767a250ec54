// The partners' meeting: one question at a time, answers revealed together, the agreed answer,
// a decision and an action recorded for each. Pure logic: the agenda, progress, and the joint
// assessment the meeting leaves behind. The stored shape is documented in src/stores/meeting.ts.
//
// Agenda rules (the order the questions come in):
// 1. Disagreements among the partners each question is asked of, widest spread first.
// 2. Then agreed gaps: the asked partners agree it is Partly, Not yet or Don't know.
//    Within each, essential questions first, then the question bank's order (compare's order).
// 3. The rest, only when the partners ask for it: questions fewer than two asked partners
//    answered, then those agreed in place, then questions of later phases than the meeting's.
// Questions of a later phase than the meeting's never go on the agenda itself: they are for later.
import type { AnswerValue, Assessment, Owner, Perspective, Phase, PlanItem, Question } from './model.ts';
import { PHASES } from './model.ts';
import { appliesTo, inPhase } from './scoring.ts';
import type { ComparedRow } from './compare.ts';

/** One partner as the meeting knows them: their role, and their name unless names are hidden. */
export interface MeetingPartner {
  role: Perspective;
  /** Empty when names are hidden: the partner is then only a letter. */
  name: string;
}

/** A partner's answer to one question, as their file gave it; the note only when names are shown. */
export interface PartnerAnswer {
  value?: AnswerValue;
  note?: string;
}

/** What the partners recorded for one question. */
export interface MeetingItem {
  /** The partners' answers have been shown. */
  revealed?: boolean;
  /** The answer the partners agreed; a question is discussed once it has one. */
  answer?: AnswerValue;
  /** A one-line decision, kept as the joint assessment's note. */
  decision?: string;
  /** The action for the gap, with the action plan's fields. */
  owner?: Owner;
  person?: string;
  due?: string;
  /** When this item last changed (ISO). */
  at?: string;
}

/** A meeting in progress or done. */
export interface Meeting {
  v: 1;
  /** When the meeting started (ISO). */
  startedAt: string;
  /** The place and partnership the files share, for the joint assessment; may be empty. */
  place: string;
  partnership: string;
  /** The phase the joint assessment is for: the furthest all files have reached, or the partners' choice. */
  phase: Phase;
  /** Partners are Partner A, B, C, in an order of their own, everywhere in the meeting and its record. */
  hideNames: boolean;
  partners: MeetingPartner[];
  /** The questions to discuss, by id, in order: the agenda, then the rest once asked for. */
  questions: string[];
  /** The questions the partners may add at the end, by id, in order. */
  rest: string[];
  /** Each partner's answer to each question on the agenda or in the rest, in the partners' order. */
  answers: Record<string, PartnerAnswer[]>;
  /** The question on screen, by its place in `questions`; `questions.length` is the end. */
  current: number;
  items: Record<string, MeetingItem>;
  /** The question bank version the files were compared with. */
  bankVersion: string;
  /** The joint assessment's id, once saved. */
  savedId?: string;
}

/** Where a question stands on the agenda, and why it is there. */
export type AgendaReason = 'disagree' | 'agreed-gap' | 'rest';

/** The agenda and the rest from the comparison's rows (see the rules at the top). */
export function planAgenda(rows: readonly ComparedRow[], phase: Phase): { agenda: string[]; rest: string[] } {
  const now = rows.filter((r) => inPhase(r.question, phase));
  const ids = (list: readonly ComparedRow[]) => list.map((r) => r.question.id);
  const of = (agreement: ComparedRow['agreement']) => now.filter((r) => r.agreement === agreement);
  return {
    agenda: ids([...of('disagree'), ...of('agreed-gap')]),
    rest: ids([...of('unanswered'), ...of('agreed-ready'), ...rows.filter((r) => !inPhase(r.question, phase))]),
  };
}

/** The furthest phase every file has reached: the earliest of their phases. */
export function commonPhase(phases: readonly Phase[]): Phase {
  return phases.reduce<Phase>((earliest, p) => (PHASES.indexOf(p) < PHASES.indexOf(earliest) ? p : earliest), phases[0] ?? 'commit');
}

/** The text every file gives (ignoring case and spaces at the ends), else empty. */
export function sharedText(values: readonly string[]): string {
  const first = values[0]?.trim() ?? '';
  return values.every((v) => v.trim().toLowerCase() === first.toLowerCase()) ? first : '';
}

/** What a meeting starts from: the partners' files, compared, and whether names are hidden. */
export interface MeetingStart {
  rows: readonly ComparedRow[];
  files: readonly { assessment: Assessment; name: string }[];
  hideNames: boolean;
  bankVersion: string;
  now: Date;
  /** Shuffles the partners when names are hidden; the order is stored, so it never changes after. */
  shuffle?: <T>(list: T[]) => T[];
}

/** A random order (Fisher–Yates), so hidden partners' letters are not the comparison's letters. */
export function randomOrder<T>(list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A new meeting, at its first question. */
export function newMeeting({ rows, files, hideNames, bankVersion, now, shuffle = randomOrder }: MeetingStart): Meeting {
  const phase = commonPhase(files.map((f) => f.assessment.phase));
  const { agenda, rest } = planAgenda(rows, phase);
  // Hidden partners take letters in an order of their own: the comparison's letters sit beside roles.
  const order = hideNames ? shuffle(files.map((_, i) => i)) : files.map((_, i) => i);
  const ordered = order.map((i) => files[i]!);
  const answers: Meeting['answers'] = {};
  for (const id of [...agenda, ...rest]) {
    answers[id] = ordered.map(({ assessment }) => {
      const given = assessment.answers[id];
      const note = hideNames ? undefined : given?.note?.trim();
      return { ...(given?.value && { value: given.value }), ...(note && { note }) };
    });
  }
  return {
    v: 1,
    startedAt: now.toISOString(),
    place: sharedText(files.map((f) => f.assessment.place)),
    partnership: sharedText(files.map((f) => f.assessment.partnership)),
    phase,
    hideNames,
    partners: ordered.map((f) => ({ role: f.assessment.perspective, name: hideNames ? '' : f.name })),
    questions: agenda,
    rest,
    answers,
    current: 0,
    items: {},
    bankVersion,
  };
}

/** A question is discussed once the partners have agreed its answer. */
export const isDiscussed = (item: MeetingItem | undefined): boolean => Boolean(item?.answer);

/** How many of the questions on the agenda are discussed. */
export function discussedCount(meeting: Pick<Meeting, 'questions' | 'items'>): number {
  return meeting.questions.filter((id) => isDiscussed(meeting.items[id])).length;
}

/** Why a question is on the agenda: the asked partners differ, agree on a gap, or neither. */
export function agendaReason(meeting: Pick<Meeting, 'answers' | 'partners'>, question: Pick<Question, 'id' | 'roles'>): AgendaReason {
  const given = askedAnswers(meeting, question).asked.flatMap((a) => (a.answer.value ? [a.answer.value] : []));
  if (new Set(given).size > 1) return 'disagree';
  return given.length >= 2 && given[0] !== 'yes' ? 'agreed-gap' : 'rest';
}

/** A partner's answer, with their place in the meeting's partner list (their letter). */
export interface LetteredAnswer {
  index: number;
  answer: PartnerAnswer;
}

/**
 * The answers of the partners a question is asked of, and apart those of the partners it is not
 * asked of who answered anyway.
 */
export function askedAnswers(
  meeting: Pick<Meeting, 'answers' | 'partners'>,
  question: Pick<Question, 'id' | 'roles'>,
): { asked: LetteredAnswer[]; others: LetteredAnswer[] } {
  const answers = meeting.answers[question.id] ?? [];
  const all = meeting.partners.map((p, index) => ({ index, answer: answers[index] ?? {}, asked: appliesTo(question, p.role) }));
  return {
    asked: all.filter((a) => a.asked).map(({ index, answer }) => ({ index, answer })),
    others: all.filter((a) => !a.asked && a.answer.value).map(({ index, answer }) => ({ index, answer })),
  };
}

/** The recorded action, when the partners gave it an owner, a person or a date. */
export function planItemOf(item: MeetingItem | undefined, at: string): PlanItem | undefined {
  if (!item?.answer || item.answer === 'yes') return undefined;
  const person = item.person?.trim();
  if (!item.owner && !person && !item.due) return undefined;
  return { ...(item.owner && { owner: item.owner }), ...(person && { person }), ...(item.due && { due: item.due }), status: 'todo', at };
}

/**
 * The joint assessment the meeting leaves behind: the place from the whole partnership's
 * perspective, with each agreed answer (the decision as its note) and each owned or dated action.
 * Questions not discussed stay unanswered. Its id is set when it is saved.
 */
export function jointAssessment(meeting: Meeting, details: { place: string; partnership: string; phase: Phase }, now: Date): Assessment {
  const at = now.toISOString();
  const answers: Assessment['answers'] = {};
  const plan: Assessment['plan'] = {};
  for (const id of meeting.questions) {
    const item = meeting.items[id];
    if (!item?.answer) continue;
    const note = item.decision?.trim();
    answers[id] = { value: item.answer, ...(note && { note }), at };
    const planned = planItemOf(item, at);
    if (planned) plan[id] = planned;
  }
  return {
    id: '',
    place: details.place.trim(),
    partnership: details.partnership.trim(),
    organisation: '',
    perspective: 'partnership',
    phase: details.phase,
    createdAt: at,
    updatedAt: at,
    answers,
    plan,
    reviews: [],
    nextReview: '',
  };
}
