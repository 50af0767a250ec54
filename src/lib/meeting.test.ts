import { describe, expect, it } from 'vitest';
import { compare } from './compare.ts';
import { agendaReason, askedAnswers, commonPhase, discussedCount, jointAssessment, newMeeting, planAgenda, sharedText, type Meeting } from './meeting.ts';
import type { Answer, AnswerValue, Assessment, Perspective, Phase } from './model.ts';
import { question } from '../../tests/support/questions.ts';

const bank = [
  question('s1-narrow'),
  question('s1-wide'),
  question('s1-wide-essential', { essential: true }),
  question('s1-gap'),
  question('s1-gap-essential', { essential: true }),
  question('s1-ready'),
  question('s1-one', { roles: ['public-body'] }),
  question('s2-later', { phase: 'prepare' }),
];
const ids = bank.map((q) => q.id);

function assessment(perspective: Perspective, answers: Record<string, AnswerValue | Answer>, extra: Partial<Assessment> = {}): Assessment {
  return {
    id: `a-${perspective}`,
    place: 'Leeds',
    partnership: 'Leeds Together',
    organisation: '',
    perspective,
    phase: 'commit',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, typeof a === 'string' ? { value: a } : a])),
    plan: {},
    reviews: [],
    nextReview: '',
    ...extra,
  };
}

const council = assessment('public-body', {
  's1-narrow': 'yes',
  's1-wide': 'yes',
  's1-wide-essential': { value: 'yes', note: 'The leader signed in May.' },
  's1-gap': 'no',
  's1-gap-essential': 'partly',
  's1-ready': 'yes',
  's1-one': 'no',
  's2-later': 'yes',
});
const funder = assessment('funder', {
  's1-narrow': 'partly',
  's1-wide': 'unknown',
  's1-wide-essential': 'unknown',
  's1-gap': 'no',
  's1-gap-essential': 'partly',
  's1-ready': 'yes',
  's1-one': 'yes',
  's2-later': 'no',
});
const files = [
  { assessment: council, name: 'Leeds City Council' },
  { assessment: funder, name: 'Leeds Community Foundation' },
];
const rows = compare(
  bank,
  files.map((f) => ({ assessment: f.assessment, questionIds: ids })),
).rows;
const now = new Date('2026-12-04T14:00:00.000Z');

describe('planAgenda', () => {
  it('puts disagreements first, widest and essential first, then agreed gaps, essential first; the rest waits', () => {
    expect(planAgenda(rows, 'commit')).toEqual({
      agenda: ['s1-wide-essential', 's1-wide', 's1-narrow', 's1-gap-essential', 's1-gap'],
      // One partner asked, then agreed in place, then the later phase's question.
      rest: ['s1-one', 's1-ready', 's2-later'],
    });
  });

  it('takes a later phase’s questions on the agenda once the meeting is in that phase', () => {
    expect(planAgenda(rows, 'prepare').agenda).toContain('s2-later');
  });
});

describe('commonPhase and sharedText', () => {
  it('take the furthest phase every file has reached, and the text every file gives', () => {
    expect(commonPhase(['run', 'prepare', 'end'] satisfies Phase[])).toBe('prepare');
    expect(commonPhase([])).toBe('commit');
    expect(sharedText(['Leeds', ' leeds '])).toBe('Leeds');
    expect(sharedText(['Leeds', 'Bradford'])).toBe('');
  });
});

describe('newMeeting', () => {
  it('starts at the first question with each partner’s answers to the agenda and the rest', () => {
    const meeting = newMeeting({ rows, files, hideNames: false, bankVersion: 'v1', now });
    expect(meeting).toMatchObject({
      v: 1,
      startedAt: now.toISOString(),
      place: 'Leeds',
      partnership: 'Leeds Together',
      phase: 'commit',
      current: 0,
      items: {},
      partners: [
        { role: 'public-body', name: 'Leeds City Council' },
        { role: 'funder', name: 'Leeds Community Foundation' },
      ],
    });
    expect(meeting.answers['s1-wide-essential']).toEqual([{ value: 'yes', note: 'The leader signed in May.' }, { value: 'unknown' }]);
    expect(Object.keys(meeting.answers).sort()).toEqual([...ids].sort());
  });

  it('with names hidden keeps no name or note, and gives the partners an order of their own', () => {
    const meeting = newMeeting({ rows, files, hideNames: true, bankVersion: 'v1', now, shuffle: (list) => [...list].reverse() });
    expect(meeting.partners).toEqual([
      { role: 'funder', name: '' },
      { role: 'public-body', name: '' },
    ]);
    expect(meeting.answers['s1-wide-essential']).toEqual([{ value: 'unknown' }, { value: 'yes' }]);
    expect(JSON.stringify(meeting)).not.toContain('Leeds City Council');
    expect(JSON.stringify(meeting)).not.toContain('signed in May');
  });
});

describe('answers in the meeting', () => {
  const meeting = newMeeting({ rows, files, hideNames: false, bankVersion: 'v1', now });

  it('sets apart the answers of partners a question is not asked of', () => {
    const one = bank.find((q) => q.id === 's1-one')!;
    expect(askedAnswers(meeting, one)).toEqual({ asked: [{ index: 0, answer: { value: 'no' } }], others: [{ index: 1, answer: { value: 'yes' } }] });
  });

  it('says why a question is on the agenda', () => {
    const reason = (id: string) =>
      agendaReason(
        meeting,
        bank.find((q) => q.id === id)!,
      );
    expect([reason('s1-wide'), reason('s1-gap'), reason('s1-ready'), reason('s1-one')]).toEqual(['disagree', 'agreed-gap', 'rest', 'rest']);
  });

  it('counts a question discussed once an answer is agreed', () => {
    const items: Meeting['items'] = { 's1-wide': { revealed: true, decision: 'Talk again.' }, 's1-gap': { answer: 'no' } };
    expect(discussedCount({ ...meeting, items })).toBe(1);
  });
});

describe('jointAssessment', () => {
  const meeting: Meeting = {
    ...newMeeting({ rows, files, hideNames: false, bankVersion: 'v1', now }),
    items: {
      's1-wide': { revealed: true, answer: 'partly', decision: '  Agree in principle.  ', owner: 'funder', person: 'Grants team', due: '2027-03-31' },
      's1-narrow': { revealed: true, answer: 'yes', owner: 'funder' },
      's1-gap': { revealed: true, answer: 'no' },
      's1-gap-essential': { revealed: true, decision: 'Not agreed yet.' },
    },
  };
  const joint = jointAssessment(meeting, { place: ' Leeds ', partnership: 'Leeds Together', phase: 'prepare' }, now);

  it('is the whole partnership’s, for the phase chosen, with the agreed answers and the decisions as notes', () => {
    expect(joint).toMatchObject({
      perspective: 'partnership',
      place: 'Leeds',
      partnership: 'Leeds Together',
      organisation: '',
      phase: 'prepare',
      createdAt: now.toISOString(),
    });
    expect(joint.answers).toEqual({
      's1-wide': { value: 'partly', note: 'Agree in principle.', at: now.toISOString() },
      's1-narrow': { value: 'yes', at: now.toISOString() },
      's1-gap': { value: 'no', at: now.toISOString() },
    });
  });

  it('plans each gap’s action that has an owner, person or date; leaves out questions not discussed', () => {
    expect(joint.plan).toEqual({ 's1-wide': { owner: 'funder', person: 'Grants team', due: '2027-03-31', status: 'todo', at: now.toISOString() } });
    expect(joint.answers['s1-gap-essential']).toBeUndefined();
  });
});
