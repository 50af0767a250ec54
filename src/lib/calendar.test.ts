import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, foldLine, toCalendar, type CalendarWords } from './calendar.ts';
import type { PlanItem } from './model.ts';
import { planRow } from './plan.ts';
import { question } from '../../tests/support/questions.ts';

const words: CalendarWords = {
  summary: '{place}: {action}',
  done: 'Done: {summary}',
  question: 'Question: {prompt}',
  owner: 'Owner: {owner}',
  status: 'Status: {status}',
  owners: { funder: 'Funder', 'public-body': 'Public body', 'civil-society': 'Civil society organisation', partnership: 'Whole partnership' },
  statuses: { todo: 'To do', doing: 'In progress', done: 'Done', wont: "Won't do" },
  name: 'Secondment readiness: {place}',
};

const q1 = question('s1-goals', { action: 'Agree, in writing; then sign', prompt: 'Have all partners agreed goals?' });
const q2 = question('s2-mou', { action: 'Draft the memorandum', prompt: 'Is there a memorandum\nof understanding?' });
const q3 = question('s3-undated', { action: 'Find where it adds value' });

function rows(plan: Record<string, PlanItem>) {
  return [q1, q2, q3].map((q) => planRow({ question: q, answer: {}, kind: 'act' }, { plan }, '2027-01-01'));
}

/** Every event in the file, read by an independent iCalendar parser. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('toCalendar', () => {
  const plan: Record<string, PlanItem> = {
    's1-goals': {
      owner: 'funder',
      person: 'Zoë Ní Bhriain',
      due: '2027-03-28',
      status: 'doing',
      note: 'Board, then; partners',
      at: '2026-12-01T10:00:00.000Z',
    },
    's2-mou': { owner: 'public-body', due: '2027-10-31', status: 'todo', at: '2026-12-02T10:00:00.000Z' },
    's3-undated': { owner: 'civil-society', status: 'todo' },
  };
  const text = toCalendar({ id: 'a-leeds', place: 'Leeds, West Yorkshire' }, rows(plan), words, new Date('2026-12-04T14:30:00Z'));

  it('is read by an independent parser: one all-day event per dated action', () => {
    const found = events(text);
    expect(found).toHaveLength(2);
    const [goals, mou] = found as [ICAL.Event, ICAL.Event];
    expect(goals.summary).toBe('Leeds, West Yorkshire: Agree, in writing; then sign');
    expect(goals.description).toBe('Question: Have all partners agreed goals?\nOwner: Funder, Zoë Ní Bhriain\nStatus: In progress\nBoard, then; partners');
    expect(mou.description).toContain('Question: Is there a memorandum\nof understanding?');
    expect(goals.startDate.isDate).toBe(true);
  });

  it('keeps each day across the clock changes (the last Sundays of March and October)', () => {
    const [goals, mou] = events(text) as [ICAL.Event, ICAL.Event];
    expect(goals.startDate.toString()).toBe('2027-03-28');
    expect(goals.endDate.toString()).toBe('2027-03-29');
    expect(mou.startDate.toString()).toBe('2027-10-31');
    expect(mou.endDate.toString()).toBe('2027-11-01');
  });

  it('gives each action the same UID in every export, and a higher sequence once it changes', () => {
    const again = toCalendar({ id: 'a-leeds', place: 'Leeds' }, rows(plan), words, new Date('2027-01-04T09:00:00Z'));
    const changed = toCalendar(
      { id: 'a-leeds', place: 'Leeds' },
      rows({ ...plan, 's1-goals': { ...plan['s1-goals']!, status: 'done', at: '2027-01-03T10:00:00.000Z' } }),
      words,
    );
    const uid = (t: string) => events(t).map((e) => e.uid);
    expect(uid(again)).toEqual(uid(text));
    expect(uid(changed)).toEqual(uid(text));
    const sequence = (t: string) => Number(events(t)[0]!.component.getFirstPropertyValue('sequence'));
    expect(sequence(changed)).toBeGreaterThan(sequence(text));
    expect(events(changed)[0]!.summary).toBe('Done: Leeds: Agree, in writing; then sign');
    expect(new Set(uid(text)).size).toBe(2);
  });

  it('cancels an action marked won’t do, so calendars that hold it drop it', () => {
    const cancelled = toCalendar({ id: 'a-leeds', place: 'Leeds' }, rows({ ...plan, 's2-mou': { ...plan['s2-mou']!, status: 'wont' } }), words);
    expect(events(cancelled)[1]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('folds long lines at 75 octets with CRLF, never inside a character', () => {
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
  });
});

describe('escapeText and foldLine', () => {
  it('escape what RFC 5545 asks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('fold multi-byte text without splitting it', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const parts = folded.split('\r\n ');
    expect(parts.join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });
});
