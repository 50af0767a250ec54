import { describe, expect, it } from 'vitest';
import { byStep, compare, partnerLetter, placeFile, talkingPoints, type ComparedPartner } from './compare.ts';
import type { Answer, AnswerValue, Assessment, Perspective } from './model.ts';
import { question } from '../../tests/support/questions.ts';

const bank = [
  question('s1-a'),
  question('s1-b'),
  question('s1-c'),
  question('s1-d'),
  question('s1-e'),
  question('s1-f', { roles: ['funder'] }),
  question('s1-g'),
  question('s1-h'),
  question('s2-a'),
];
const ids = bank.map((q) => q.id);

function assessment(perspective: Perspective, answers: Record<string, AnswerValue | Answer>, extra: Partial<Assessment> = {}): Assessment {
  return {
    id: `a-${perspective}`,
    place: 'Leeds',
    partnership: '',
    organisation: '',
    phase: 'commit',
    plan: {},
    reviews: [],
    nextReview: '',
    perspective,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, typeof a === 'string' ? { value: a } : a])),
    ...extra,
  };
}

function partner(perspective: Perspective, answers: Record<string, AnswerValue | Answer>, questionIds = ids): ComparedPartner {
  return { assessment: assessment(perspective, answers), questionIds };
}

describe('compare', () => {
  const partners = [
    partner('funder', { 's1-a': 'yes', 's1-b': 'yes', 's1-c': 'no', 's1-d': 'partly', 's1-f': 'yes', 's1-g': 'yes', 's1-h': 'unknown', 's2-a': 'yes' }),
    // s1-f is a funder's question: the public body answered it anyway.
    partner('public-body', { 's1-a': 'yes', 's1-b': 'partly', 's1-c': 'no', 's1-d': 'unknown', 's1-f': 'yes', 's1-h': 'unknown', 's2-a': 'no' }),
    partner('civil-society', { 's1-a': 'yes', 's1-b': 'yes', 's1-c': 'no', 's1-d': 'yes' }),
  ];
  const result = compare(bank, partners);

  it('puts the widest disagreements first, then what fewer than two asked partners answered, then agreed gaps, then agreed in place', () => {
    expect(result.rows.map((r) => [r.question.id, r.agreement, r.spread, r.asked, r.answered])).toEqual([
      ['s1-d', 'disagree', 3, 3, 3],
      ['s2-a', 'disagree', 2, 3, 2],
      ['s1-b', 'disagree', 1, 3, 3],
      ['s1-e', 'unanswered', 0, 3, 0],
      ['s1-f', 'unanswered', 0, 1, 1],
      ['s1-g', 'unanswered', 0, 3, 1],
      ['s1-c', 'agreed-gap', 0, 3, 3],
      ['s1-h', 'agreed-gap', 0, 3, 2],
      ['s1-a', 'agreed-ready', 0, 3, 3],
    ]);
  });

  it('does not call a single answer an agreement', () => {
    const row = result.rows.find((r) => r.question.id === 's1-g')!;
    expect(row.agreement).toBe('unanswered');
    expect(row.cells.map((c) => c.answer)).toEqual(['yes', 'none', 'none']);
  });

  it('shows an answer given by a partner the question is not asked of, and never counts it', () => {
    const row = result.rows.find((r) => r.question.id === 's1-f')!;
    expect(row.cells).toEqual([
      { answer: 'yes', asked: true },
      { answer: 'yes', asked: false },
      { answer: 'none', asked: false },
    ]);
    // Two Yes answers, but only the funder is asked: one answer, not an agreement.
    expect(row.agreement).toBe('unanswered');
    const differs = compare(bank, [partners[0]!, partner('public-body', { 's1-f': 'no' })]).rows.find((r) => r.question.id === 's1-f')!;
    expect(differs.agreement).toBe('unanswered');
  });

  it('counts agreement only among the partners a question is asked of (the Leeds case)', () => {
    const leedsBank = [
      question('s1-both', { roles: ['public-body', 'funder'] }),
      question('s1-council', { roles: ['public-body'], essential: true }),
      question('s1-all'),
    ];
    const leedsIds = leedsBank.map((q) => q.id);
    const leeds = compare(leedsBank, [
      partner('public-body', { 's1-both': 'yes', 's1-council': 'yes', 's1-all': 'partly' }, leedsIds),
      partner('funder', { 's1-both': 'yes', 's1-council': 'no', 's1-all': 'partly' }, leedsIds),
      // The charity is asked neither of the first two, and answers them anyway.
      partner('civil-society', { 's1-both': 'partly', 's1-council': 'unknown', 's1-all': 'partly' }, leedsIds),
    ]);
    const agreementOf = (id: string) => leeds.rows.find((r) => r.question.id === id)!;
    expect(agreementOf('s1-both')).toMatchObject({ agreement: 'agreed-ready', asked: 2, answered: 2 });
    expect(agreementOf('s1-council')).toMatchObject({ agreement: 'unanswered', asked: 1, answered: 1 });
    expect(agreementOf('s1-all')).toMatchObject({ agreement: 'agreed-gap', asked: 3, answered: 3 });
    expect(leeds.summary).toEqual({ disagree: 0, unanswered: 1, 'agreed-gap': 1, 'agreed-ready': 1 });
    expect(talkingPoints(leeds.rows)).toEqual([]);
  });

  it('counts every answer of the whole partnership, which is asked everything', () => {
    const row = compare(bank, [partner('partnership', { 's1-f': 'no' }), partner('funder', { 's1-f': 'yes' })]).rows.find((r) => r.question.id === 's1-f')!;
    expect(row).toMatchObject({ agreement: 'disagree', asked: 2, answered: 2 });
  });

  it('sums the rows into the summary', () => {
    expect(result.summary).toEqual({ disagree: 3, unanswered: 3, 'agreed-gap': 2, 'agreed-ready': 1 });
  });

  it('carries each partner’s note, with or without an answer', () => {
    const noted = compare(bank, [
      partner('funder', { 's1-a': { value: 'yes', note: ' Signed in May. ' } }),
      partner('public-body', { 's1-a': { note: 'Asking the leader.' } }),
    ]);
    expect(noted.rows.find((r) => r.question.id === 's1-a')!.cells).toEqual([
      { answer: 'yes', asked: true, note: 'Signed in May.' },
      { answer: 'none', asked: true, note: 'Asking the leader.' },
    ]);
  });

  it('compares files from different bank versions on the questions they share, and lists the rest', () => {
    const older = partner('funder', { 's1-a': 'no', 's1-old': 'yes' }, ['s1-a', 's1-b', 's1-old']);
    const newer = partner('public-body', { 's1-a': 'yes' });
    const mixed = compare(bank, [older, newer], new Map([['s1-old', 'An old question?']]));
    expect(mixed.rows.map((r) => r.question.id)).toEqual(['s1-a', 's1-b']);
    expect(mixed.notShared).toEqual(
      expect.arrayContaining([
        { id: 's1-old', prompt: 'An old question?', partners: [0] },
        { id: 's1-c', prompt: 'Prompt s1-c?', partners: [1] },
      ]),
    );
  });

  it('has no rows and an empty summary when the files share no questions, and lists every question', () => {
    const older = partner('funder', { 's1-old': 'yes' }, ['s1-old']);
    const newer = partner('public-body', { 's1-a': 'yes' });
    const apart = compare(bank, [older, newer], new Map([['s1-old', 'An old question?']]));
    expect(apart.rows).toEqual([]);
    expect(apart.summary).toEqual({ disagree: 0, unanswered: 0, 'agreed-gap': 0, 'agreed-ready': 0 });
    expect(apart.notShared).toHaveLength(bank.length + 1);
    expect(apart.notShared).toContainEqual({ id: 's1-old', prompt: 'An old question?', partners: [0] });
  });
});

describe('talkingPoints', () => {
  const many = Array.from({ length: 8 }, (_, i) => question(`s${(i % 5) + 1}-q${i}`, { essential: i === 6 }));
  const manyIds = many.map((q) => q.id);
  // Every question a disagreement; q0 and q6 the widest (Yes beside Don't know), q6 essential.
  const rows = compare(many, [
    partner('funder', Object.fromEntries(manyIds.map((id) => [id, 'yes' as const])), manyIds),
    partner('public-body', Object.fromEntries(manyIds.map((id, i) => [id, i === 0 || i === 6 ? ('unknown' as const) : ('partly' as const)])), manyIds),
  ]).rows;

  it('gives at most five, widest first and essential first among equals', () => {
    expect(talkingPoints(rows).map((r) => r.question.id)).toEqual(['s2-q6', 's1-q0', 's2-q1', 's3-q2', 's4-q3']);
  });

  it('gives only disagreements', () => {
    expect(talkingPoints(rows, 20)).toHaveLength(8);
    expect(talkingPoints(rows.filter((r) => r.question.id === 's1-q0').map((r) => ({ ...r, agreement: 'agreed-gap' as const })))).toEqual([]);
  });
});

describe('byStep', () => {
  it('groups the rows by step, keeping the comparison’s order within each step', () => {
    const rows = compare(bank, [
      partner('funder', { 's2-a': 'yes', 's1-a': 'yes', 's1-b': 'yes' }),
      partner('public-body', { 's2-a': 'no', 's1-a': 'yes', 's1-b': 'no' }),
    ]).rows;
    expect(rows.map((r) => r.question.id)).toEqual(['s1-b', 's2-a', 's1-c', 's1-d', 's1-e', 's1-f', 's1-g', 's1-h', 's1-a']);
    expect(byStep(rows).map((r) => r.question.id)).toEqual(['s1-b', 's1-c', 's1-d', 's1-e', 's1-f', 's1-g', 's1-h', 's1-a', 's2-a']);
  });
});

describe('placeFile', () => {
  const file = (updatedAt: string, id = 'a-1') => ({ assessment: assessment('funder', {}, { id, updatedAt }), label: updatedAt });
  const list = [file('2026-02-01T00:00:00.000Z'), file('2026-02-01T00:00:00.000Z', 'a-2')];

  it('adds a file for an assessment not in the list', () => {
    expect(placeFile(list, file('2026-01-01T00:00:00.000Z', 'a-3'))).toMatchObject({
      arrival: 'added',
      list: [list[0], list[1], { label: '2026-01-01T00:00:00.000Z' }],
    });
  });

  it('puts a later export of the same assessment in the earlier one’s place', () => {
    const later = file('2026-03-01T00:00:00.000Z');
    expect(placeFile(list, later)).toEqual({ arrival: 'replaced', previous: list[0], list: [later, list[1]] });
  });

  it('leaves out the same export, or an earlier one', () => {
    expect(placeFile(list, file('2026-02-01T00:00:00.000Z'))).toMatchObject({ arrival: 'duplicate', list });
    expect(placeFile(list, file('2026-01-01T00:00:00.000Z'))).toMatchObject({ arrival: 'older', list });
  });
});

describe('partnerLetter', () => {
  it('counts A to Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(partnerLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});
