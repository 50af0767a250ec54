// The action plan as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars open:
// one all-day entry per dated action. Each entry's UID is made from the assessment and the
// question, so importing a later export updates the entries rather than adding copies; SEQUENCE
// and DTSTAMP grow with each change so calendars take the newer one.
import type { Assessment, Question } from './model.ts';
import type { PlanRow } from './plan.ts';

/** The words the calendar entries use, from content/ui. */
export interface CalendarWords {
  /** "{place}: {action}" */
  summary: string;
  /** "Done: {summary}" */
  done: string;
  /** "Question: {prompt}" */
  question: string;
  /** "Owner: {owner}" */
  owner: string;
  /** "Status: {status}" */
  status: string;
  owners: Record<string, string>;
  statuses: Record<string, string>;
  /** The calendar's name, e.g. "Secondment readiness: {place}". */
  name: string;
}

const fillIn = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** Escapes TEXT values: backslash, semicolon, comma and line ends (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545, 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation starts with a space, leaving 74.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A UTC moment in iCalendar's basic form: 20261204T143000Z. */
const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
/** A day in iCalendar's form: 20270331. */
const day = (iso: string) => iso.replace(/-/g, '');
/** The day after a YYYY-MM-DD, computed on the calendar, not the clock. */
function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Minutes since 2026 began: grows with every change to an action, as SEQUENCE must. */
function sequenceOf(at: string | undefined): number {
  const time = at ? Date.parse(at) : Number.NaN;
  return Number.isNaN(time) ? 0 : Math.max(0, Math.floor((time - Date.UTC(2026, 0, 1)) / 60_000));
}

/**
 * The calendar file for an assessment's dated actions; undated ones are left out. A won't-do
 * action is written as cancelled, so a calendar that holds it from an earlier export drops it.
 */
export function toCalendar(assessment: Pick<Assessment, 'id' | 'place'>, rows: readonly PlanRow[], words: CalendarWords, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Citizenship and Integration Initiative//Secondment readiness guide//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(fillIn(words.name, { place: assessment.place }))}`,
  ];
  for (const row of rows) {
    const { item } = row;
    if (!item.due) continue;
    const q: Question = row.question;
    const done = (summary: string) => (row.status === 'done' ? fillIn(words.done, { summary }) : summary);
    const description = [
      fillIn(words.question, { prompt: q.prompt }),
      item.owner ? fillIn(words.owner, { owner: [words.owners[item.owner] ?? item.owner, item.person].filter(Boolean).join(', ') }) : '',
      fillIn(words.status, { status: words.statuses[row.status] ?? row.status }),
      item.note ?? '',
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${assessment.id}.${q.id}@secondment-readiness.invalid`,
      `DTSTAMP:${utc(now)}`,
      `SEQUENCE:${sequenceOf(item.at)}`,
      `DTSTART;VALUE=DATE:${day(item.due)}`,
      `DTEND;VALUE=DATE:${day(nextDay(item.due))}`,
      `SUMMARY:${escapeText(done(fillIn(words.summary, { place: assessment.place, action: q.action })))}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
      // Free, so an action's day shows in the calendar without blocking anyone's time.
      'TRANSP:TRANSPARENT',
      `STATUS:${row.status === 'wont' ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
