import { describe, expect, it } from 'vitest';
import type { Meeting } from './meeting.ts';
import { meetingRecord, recordCsv, recordFileName, recordJson, RECORD_COLUMNS } from './meeting-record.ts';
import { question } from '../../tests/support/questions.ts';

const bank = [question('s1-a', { essential: true }), question('s1-b'), question('s2-c'), question('s2-d')];
const letter = (i: number) => `Partner ${'ABC'[i]}`;
const words = {
  answers: { yes: 'Yes', partly: 'Partly', no: 'Not yet', unknown: "Don't know" },
  roles: { partnership: 'Whole partnership', 'public-body': 'Public body', funder: 'Funder', 'civil-society': 'Civil society organisation' },
  yes: 'Yes',
  no: 'No',
};

function meeting(hideNames: boolean): Meeting {
  return {
    v: 1,
    startedAt: '2026-12-04T10:00:00.000Z',
    place: 'Leeds',
    partnership: 'Leeds Together',
    phase: 'commit',
    hideNames,
    partners: [
      { role: 'public-body', name: hideNames ? '' : 'Leeds City Council' },
      { role: 'funder', name: hideNames ? '' : 'Funder, Leeds' },
    ],
    questions: ['s2-c', 's1-a', 's1-b', 's9-retired'],
    rest: ['s2-d'],
    answers: { 's2-c': [{ value: 'yes', note: 'Our note' }, { value: 'no' }] },
    current: 1,
    items: {
      's2-c': {
        revealed: true,
        answer: 'partly',
        decision: 'Pilot first.',
        owner: 'funder',
        person: 'Grants team',
        due: '2027-03-31',
        at: '2026-12-04T10:20:00.000Z',
      },
      's1-a': { revealed: true, answer: 'yes', decision: 'In place.' },
      's1-b': { revealed: true, decision: 'Come back to it.' },
    },
    bankVersion: 'v1',
  };
}

describe('meetingRecord', () => {
  it('lists the decisions and what was not discussed in agenda order, and names partners with their roles', () => {
    const record = meetingRecord(meeting(false), bank, letter);
    expect(record.date).toBe('2026-12-04');
    expect(record.partners).toEqual([
      { name: 'Leeds City Council', role: 'public-body' },
      { name: 'Funder, Leeds', role: 'funder' },
    ]);
    expect(record.decisions.map((d) => [d.question.id, d.answer, d.decision, d.plan?.owner])).toEqual([
      ['s2-c', 'partly', 'Pilot first.', 'funder'],
      ['s1-a', 'yes', 'In place.', undefined],
    ]);
    // A question the bank no longer has is left out; the rest, never added, is not on the agenda.
    expect(record.notDiscussed.map((q) => q.id)).toEqual(['s1-b']);
  });

  it('names hidden partners only by letter, without roles, and carries no partner’s answer or note', () => {
    const record = meetingRecord(meeting(true), bank, letter);
    expect(record.partners).toEqual([{ name: 'Partner A' }, { name: 'Partner B' }]);
    const json = JSON.stringify(recordJson(record, 'v1'));
    for (const absent of ['public-body', 'Public body', 'Our note', 'Leeds City Council']) expect(json).not.toContain(absent);
    const csv = recordCsv(record, words);
    // The action's owner is a role the partners chose; whose answer was whose is nowhere.
    for (const absent of ['Public body', 'Our note', 'Leeds City Council']) expect(csv).not.toContain(absent);
    expect(csv.split('\r\n')[1]).toMatch(/^2026-12-04,Leeds,Partner A; Partner B,/);
  });
});

describe('recordJson', () => {
  it('is versioned, with each decision, its action and what was not discussed', () => {
    const json = recordJson(meetingRecord(meeting(false), bank, letter), 'v1', new Date('2026-12-04T12:00:00.000Z'));
    expect(json).toMatchObject({ format: 'cii-partners-meeting', formatVersion: 1, exportedAt: '2026-12-04T12:00:00.000Z', questionBankVersion: 'v1' });
    expect(json.meeting.decisions).toEqual([
      {
        step: 2,
        questionId: 's2-c',
        question: 'Prompt s2-c?',
        essential: false,
        agreedAnswer: 'partly',
        decision: 'Pilot first.',
        action: { text: 'Do s2-c.', owner: 'funder', person: 'Grants team', due: '2027-03-31' },
      },
      { step: 1, questionId: 's1-a', question: 'Prompt s1-a?', essential: true, agreedAnswer: 'yes', decision: 'In place.' },
    ]);
    expect(json.meeting.notDiscussed).toEqual([{ step: 1, questionId: 's1-b', question: 'Prompt s1-b?', essential: false }]);
  });
});

describe('recordCsv', () => {
  it('has a row per question on the agenda, with the date, place and partners on each', () => {
    const lines = recordCsv(meetingRecord(meeting(false), bank, letter), words)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(RECORD_COLUMNS.join(','));
    expect(lines[1]).toBe(
      '2026-12-04,Leeds,"Leeds City Council (Public body); Funder, Leeds",2,s2-c,Prompt s2-c?,No,Yes,Partly,Pilot first.,Do s2-c.,Funder,Grants team,2027-03-31',
    );
    expect(lines[3]).toBe('2026-12-04,Leeds,"Leeds City Council (Public body); Funder, Leeds",1,s1-b,Prompt s1-b?,No,No,,,,,,');
    expect(lines).toHaveLength(4);
  });
});

describe('recordFileName', () => {
  it('names the place and the meeting’s day', () => {
    expect(recordFileName({ place: 'Brighton & Hove', date: '2026-12-04' }, 'csv')).toBe('meeting-record-brighton-hove-2026-12-04.csv');
    expect(recordFileName({ place: '', date: '2026-12-04' }, 'json')).toBe('meeting-record-2026-12-04.json');
  });
});
