// The meeting record: what a partners' meeting decided, for the minutes. The same record prints
// on A4 and exports as JSON and CSV. It names each partner by name and role, or only by letter
// when names are hidden, and it never says which partner gave which answer.
//
// JSON (format "cii-partners-meeting", version 1):
//   { format, formatVersion, exportedAt, questionBankVersion,
//     meeting: { date: "YYYY-MM-DD", place, partnership, phase, namesHidden,
//                partners: [{ name, role? }]        role left out when names are hidden
//                decisions: [{ step, questionId, question, essential, agreedAnswer, decision?,
//                              action?: { text, owner?, person?, due? } }],
//                notDiscussed: [{ step, questionId, question, essential }],
//                jointAssessmentId? } }
// CSV: one row per question on the agenda, discussed or not, with the meeting's date, place and
// partners on every row (see RECORD_COLUMNS).
import type { AnswerValue, Owner, Perspective, Phase, PlanItem, Question } from './model.ts';
import { csvFile } from './csv.ts';
import { localDateStamp } from './dates.ts';
import { slug } from './export-file.ts';
import { isDiscussed, planItemOf, type Meeting, type MeetingItem } from './meeting.ts';

/** Names this site's meeting records; a file without it is not one. */
export const RECORD_FORMAT = 'cii-partners-meeting';
export const RECORD_VERSION = 1;

/** A partner as the record names them. */
export interface RecordPartner {
  /** Their name, or "Partner A" when names are hidden. */
  name: string;
  /** Left out when names are hidden. */
  role?: Perspective;
}

/** One discussed question: the agreed answer, the decision and the action. */
export interface RecordDecision {
  question: Question;
  answer: AnswerValue;
  decision: string;
  /** The action's owner, person and date, when the partners gave any. */
  plan?: PlanItem;
}

export interface MeetingRecord {
  /** The day the meeting started, as YYYY-MM-DD in the reader's own calendar. */
  date: string;
  place: string;
  partnership: string;
  phase: Phase;
  namesHidden: boolean;
  partners: RecordPartner[];
  decisions: RecordDecision[];
  notDiscussed: Question[];
  jointAssessmentId?: string;
}

/**
 * The record of a meeting, in agenda order; questions the bank no longer has are left out.
 * `letter(i)` names a hidden partner ("Partner A").
 */
export function meetingRecord(meeting: Meeting, bank: readonly Question[], letter: (index: number) => string): MeetingRecord {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const questions = meeting.questions.flatMap((id) => byId.get(id) ?? []);
  const itemOf = (q: Question): MeetingItem => meeting.items[q.id] ?? {};
  return {
    date: localDateStamp(new Date(meeting.startedAt)),
    place: meeting.place,
    partnership: meeting.partnership,
    phase: meeting.phase,
    namesHidden: meeting.hideNames,
    partners: meeting.partners.map((p, i) => (meeting.hideNames ? { name: letter(i) } : { name: p.name || letter(i), role: p.role })),
    decisions: questions
      .filter((q) => isDiscussed(itemOf(q)))
      .map((question) => {
        const item = itemOf(question);
        const plan = planItemOf(item, item.at ?? meeting.startedAt);
        return { question, answer: item.answer!, decision: item.decision?.trim() ?? '', ...(plan && { plan }) };
      }),
    notDiscussed: questions.filter((q) => !isDiscussed(itemOf(q))),
    ...(meeting.savedId && { jointAssessmentId: meeting.savedId }),
  };
}

const questionOf = (q: Question) => ({ step: q.step, questionId: q.id, question: q.prompt, essential: q.essential });

/** The record as this guide's JSON file. */
export function recordJson(record: MeetingRecord, bankVersion: string, now = new Date()) {
  return {
    format: RECORD_FORMAT,
    formatVersion: RECORD_VERSION,
    exportedAt: now.toISOString(),
    questionBankVersion: bankVersion,
    meeting: {
      date: record.date,
      place: record.place,
      partnership: record.partnership,
      phase: record.phase,
      namesHidden: record.namesHidden,
      partners: record.partners,
      decisions: record.decisions.map((d) => ({
        ...questionOf(d.question),
        agreedAnswer: d.answer,
        ...(d.decision && { decision: d.decision }),
        ...(d.answer !== 'yes' && {
          action: {
            text: d.question.action,
            ...(d.plan?.owner && { owner: d.plan.owner }),
            ...(d.plan?.person && { person: d.plan.person }),
            ...(d.plan?.due && { due: d.plan.due }),
          },
        }),
      })),
      notDiscussed: record.notDiscussed.map(questionOf),
      ...(record.jointAssessmentId && { jointAssessmentId: record.jointAssessmentId }),
    },
  };
}

/** The CSV's header row, in column order. */
export const RECORD_COLUMNS = [
  'Meeting date',
  'Place',
  'Partners',
  'Step',
  'Question ID',
  'Question',
  'Essential',
  'Discussed',
  'Agreed answer',
  'Decision',
  'Action',
  'Owner',
  'Person or team',
  'Due',
] as const;

/** The words the CSV uses for answers, owners and yes/no, from the interface copy. */
export interface RecordWords {
  answers: Record<AnswerValue, string>;
  roles: Record<Owner, string>;
  yes: string;
  no: string;
}

/** A partner in one line: "Leeds City Council (Public body)", or "Partner A". */
export function partnerText(partner: RecordPartner, roles: Record<Perspective, string>): string {
  return partner.role && !partner.name.includes(roles[partner.role]) ? `${partner.name} (${roles[partner.role]})` : partner.name;
}

/** The record as CSV: one row per question on the agenda, discussed ones first, in agenda order. */
export function recordCsv(record: MeetingRecord, words: RecordWords): string {
  const shared = [record.date, record.place, record.partners.map((p) => partnerText(p, words.roles)).join('; ')];
  const discussed = record.decisions.map((d) => [
    ...shared,
    String(d.question.step),
    d.question.id,
    d.question.prompt,
    d.question.essential ? words.yes : words.no,
    words.yes,
    words.answers[d.answer],
    d.decision,
    d.answer === 'yes' ? '' : d.question.action,
    d.plan?.owner ? words.roles[d.plan.owner] : '',
    d.plan?.person ?? '',
    d.plan?.due ?? '',
  ]);
  const open = record.notDiscussed.map((q) => [
    ...shared,
    String(q.step),
    q.id,
    q.prompt,
    q.essential ? words.yes : words.no,
    words.no,
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  return csvFile([RECORD_COLUMNS, ...discussed, ...open]);
}

/** "meeting-record-leeds-2026-12-04.json": the place and the meeting's date. */
export function recordFileName(record: Pick<MeetingRecord, 'place' | 'date'>, extension: 'json' | 'csv'): string {
  const place = slug(record.place, 40);
  return `meeting-record${place ? `-${place}` : ''}-${record.date}.${extension}`;
}
