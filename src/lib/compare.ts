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

/** How partners' answers to one question relate. */
export type Agreement = 'disagree' | 'agreed-gap' | 'agreed-ready' | 'unanswered';

/** A partner's cell: their answer, no answer, or not asked because of their role. */
export type Cell = AnswerValue | 'none' | 'not-asked';

export interface ComparedRow {
  question: Question;
  cells: Cell[];
  agreement: Agreement;
  /** How far apart the answers are: 0 when all agree, up to 3 for Yes beside Don't know. */
  spread: number;
}

export interface Comparison {
  rows: ComparedRow[];
  summary: Record<Agreement, number>;
  /** Questions some files have and others do not, with the partners whose files have them. */
  notShared: { id: string; prompt: string; partners: number[] }[];
}

/** Answers as positions on one scale, for measuring how far apart partners are. */
const POSITION: Record<AnswerValue, number> = { yes: 3, partly: 2, no: 1, unknown: 0 };
const ORDER: Agreement[] = ['disagree', 'agreed-gap', 'agreed-ready', 'unanswered'];

function classify(cells: Cell[]): { agreement: Agreement; spread: number } {
  const given = cells.filter((c): c is AnswerValue => c !== 'none' && c !== 'not-asked');
  if (given.length === 0) return { agreement: 'unanswered', spread: 0 };
  const positions = given.map((v) => POSITION[v]);
  const spread = Math.max(...positions) - Math.min(...positions);
  if (new Set(given).size > 1) return { agreement: 'disagree', spread };
  return { agreement: given[0] === 'yes' ? 'agreed-ready' : 'agreed-gap', spread: 0 };
}

/**
 * Compares partners on the questions every file shares with the current bank. Rows come
 * disagreements first, widest spread first, then agreed gaps, agreed in place, and unanswered;
 * bank order breaks ties.
 */
export function compare(bank: readonly Question[], partners: readonly ComparedPartner[], promptsFromFiles: ReadonlyMap<string, string> = new Map()): Comparison {
  const inEvery = (id: string) => partners.every((p) => p.questionIds.includes(id));
  const shared = bank.filter((q) => inEvery(q.id));
  const rows = shared.map((question, index) => {
    const cells: Cell[] = partners.map(({ assessment }) =>
      appliesTo(question, assessment.perspective) ? (assessment.answers[question.id]?.value ?? 'none') : 'not-asked',
    );
    return { question, cells, index, ...classify(cells) };
  });
  rows.sort((a, b) => ORDER.indexOf(a.agreement) - ORDER.indexOf(b.agreement) || b.spread - a.spread || a.index - b.index);

  const summary: Record<Agreement, number> = { disagree: 0, 'agreed-gap': 0, 'agreed-ready': 0, unanswered: 0 };
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
