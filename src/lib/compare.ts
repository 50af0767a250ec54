// Comparing partners' assessments question by question: where they agree, where they differ
// and by how much, so a partnership meeting can start with what most needs talking about.
import type { AnswerValue, Assessment, Question } from './model.ts';
import { appliesTo } from './scoring.ts';

/** One partner's file as the comparison uses it. */
export interface ComparedPartner {
  assessment: Assessment;
  /** Ids of the questions in the bank the file was made with. */
  questionIds: readonly string[];
}

/**
 * How the answers of the partners a question is asked of relate. Agreement needs at least two of
 * them giving the same answer and none giving another; with fewer than two of their answers it
 * is "unanswered". Answers from partners the question is not asked of never count.
 */
export type Agreement = 'disagree' | 'unanswered' | 'agreed-gap' | 'agreed-ready';

/** A partner's cell: their answer or none, and whether the question is asked of their role. */
export interface Cell {
  answer: AnswerValue | 'none';
  /** The question is asked of this partner's role; answers from others are shown apart, not counted. */
  asked: boolean;
  note?: string;
}

export interface ComparedRow {
  question: Question;
  cells: Cell[];
  agreement: Agreement;
  /** How far apart the asked partners' answers are: 0 when all agree, up to 3 for Yes beside Don't know. */
  spread: number;
  /** How many partners the question is asked of. */
  asked: number;
  /** How many of those partners gave an answer. */
  answered: number;
}

export interface Comparison {
  /**
   * Disagreements (widest spread first), then questions fewer than two asked partners answered,
   * then agreed gaps, then agreed in place; essential questions first within each, then bank order.
   */
  rows: ComparedRow[];
  summary: Record<Agreement, number>;
  /** Questions some files have and others do not, with the partners whose files have them. */
  notShared: { id: string; prompt: string; partners: number[] }[];
}

/** Answers as positions on one scale, for measuring how far apart partners are. */
const POSITION: Record<AnswerValue, number> = { yes: 3, partly: 2, no: 1, unknown: 0 };
/** The order rows come in: what to talk about, then what still needs answers, then agreement. */
export const AGREEMENT_ORDER: readonly Agreement[] = ['disagree', 'unanswered', 'agreed-gap', 'agreed-ready'];

function classify(cells: Cell[]): Pick<ComparedRow, 'agreement' | 'spread' | 'asked' | 'answered'> {
  const asked = cells.filter((c) => c.asked).length;
  const given = cells.flatMap((c) => (c.asked && c.answer !== 'none' ? [c.answer] : []));
  const positions = given.map((v) => POSITION[v]);
  const spread = given.length ? Math.max(...positions) - Math.min(...positions) : 0;
  const answered = given.length;
  if (new Set(given).size > 1) return { agreement: 'disagree', spread, asked, answered };
  // One partner's answer is their view, not an agreement.
  if (answered < 2) return { agreement: 'unanswered', spread: 0, asked, answered };
  return { agreement: given[0] === 'yes' ? 'agreed-ready' : 'agreed-gap', spread: 0, asked, answered };
}

function cellFor(question: Question, assessment: Assessment): Cell {
  const given = assessment.answers[question.id];
  const note = given?.note?.trim() || undefined;
  return { answer: given?.value ?? 'none', asked: appliesTo(question, assessment.perspective), ...(note && { note }) };
}

/**
 * Compares partners on the questions every file shares with the current bank. Rows come
 * disagreements first, widest spread first, then questions fewer than two asked partners
 * answered, then agreed gaps, then agreed in place; essential questions first within each, then
 * bank order.
 */
export function compare(
  bank: readonly Question[],
  partners: readonly ComparedPartner[],
  promptsFromFiles: ReadonlyMap<string, string> = new Map(),
): Comparison {
  const inEvery = (id: string) => partners.every((p) => p.questionIds.includes(id));
  const shared = bank.filter((q) => inEvery(q.id));
  const rows = shared.map((question, index) => {
    const cells = partners.map(({ assessment }) => cellFor(question, assessment));
    return { question, cells, index, ...classify(cells) };
  });
  rows.sort(
    (a, b) =>
      AGREEMENT_ORDER.indexOf(a.agreement) - AGREEMENT_ORDER.indexOf(b.agreement) ||
      b.spread - a.spread ||
      Number(b.question.essential) - Number(a.question.essential) ||
      a.index - b.index,
  );

  const summary: Record<Agreement, number> = { disagree: 0, unanswered: 0, 'agreed-gap': 0, 'agreed-ready': 0 };
  for (const row of rows) summary[row.agreement] += 1;

  const sharedIds = new Set(shared.map((q) => q.id));
  const everyId = new Set([...bank.map((q) => q.id), ...partners.flatMap((p) => p.questionIds)]);
  const notShared = [...everyId]
    .filter((id) => !sharedIds.has(id))
    .map((id) => ({
      id,
      prompt: bank.find((q) => q.id === id)?.prompt ?? promptsFromFiles.get(id) ?? id,
      partners: partners.flatMap((p, i) => (p.questionIds.includes(id) ? [i] : [])),
    }))
    .filter((q) => q.partners.length > 0);

  return { rows: rows.map(({ index: _index, ...row }) => row), summary, notShared };
}

/** How many disagreements "to talk about first" lists: enough for one meeting, few enough to read. */
export const TALKING_POINTS = 5;

/** The disagreements to talk about first: the widest, essential questions first among equals. */
export function talkingPoints(rows: readonly ComparedRow[], max = TALKING_POINTS): ComparedRow[] {
  return rows.filter((r) => r.agreement === 'disagree').slice(0, max);
}

/** The rows as the grid shows them: step by step, each step in the comparison's order. */
export function byStep(rows: readonly ComparedRow[]): ComparedRow[] {
  return [...rows].sort((a, b) => a.question.step - b.question.step);
}

/** What happened to a file offered to the list: see placeFile. */
export type Arrival = 'added' | 'replaced' | 'duplicate' | 'older';

const time = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};

/**
 * Offers a partner's file to the list. A later export of an assessment already in the list
 * (same id, newer updatedAt) takes the earlier one's place; the same or an earlier export is
 * left out.
 */
export function placeFile<T extends { assessment: Assessment }>(list: readonly T[], file: T): { list: T[]; arrival: Arrival; previous?: T } {
  const index = list.findIndex((p) => p.assessment.id === file.assessment.id);
  const previous = list[index];
  if (!previous) return { list: [...list, file], arrival: 'added' };
  const difference = time(file.assessment.updatedAt) - time(previous.assessment.updatedAt);
  if (difference === 0) return { list: [...list], arrival: 'duplicate', previous };
  if (difference < 0) return { list: [...list], arrival: 'older', previous };
  return { list: list.map((p, i) => (i === index ? file : p)), arrival: 'replaced', previous };
}

/** "Partner A", "Partner B", … "Partner AA" for the hidden-names view. */
export function partnerLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}
