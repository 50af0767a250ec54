import { describe, expect, it } from 'vitest';
import { compare, partnerLetter, type ComparedPartner } from './compare.ts';
import type { AnswerValue, Assessment, Perspective, Question } from './model.ts';

const question = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  step: 1,
  prompt: `Prompt ${id}?`,
  why: 'Why.',
  source: '002',
  section: 'Introduction',
  roles: ['all'],
  essential: false,
  action: 'Act.',
  discuss: `Discuss ${id}?`,
  ...extra,
});

const bank = [question('s1-a'), question('s1-b'), question('s1-c'), question('s1-d'), question('s1-e'), question('s1-f', { roles: ['funder'] })];
const ids = bank.map((q) => q.id);

function partner(perspective: Perspective, answers: Record<string, AnswerValue>, questionIds = ids): ComparedPartner {
  const assessment: Assessment = {
    id: `a-${perspective}`,
    place: 'Leeds',
    partnership: '',
    perspective,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
  };
  return { assessment, questionIds };
}

describe('compare', () => {
  const partners = [
    partner('funder', { 's1-a': 'yes', 's1-b': 'yes', 's1-c': 'no', 's1-d': 'partly', 's1-f': 'yes' }),
    partner('public-body', { 's1-a': 'yes', 's1-b': 'partly', 's1-c': 'no', 's1-d': 'unknown' }),
    partner('civil-society', { 's1-a': 'yes', 's1-b': 'yes', 's1-c': 'no', 's1-d': 'yes' }),
  ];
  const result = compare(bank, partners);

  it('puts the widest disagreements first, then agreed gaps, agreed in place, unanswered', () => {
    expect(result.rows.map((r) => [r.question.id, r.agreement, r.spread])).toEqual([
      ['s1-d', 'disagree', 3],
      ['s1-b', 'disagree', 1],
      ['s1-c', 'agreed-gap', 0],
      ['s1-a', 'agreed-ready', 0],
      ['s1-f', 'agreed-ready', 0],
      ['s1-e', 'unanswered', 0],
    ]);
  });

  it('marks questions not asked of a partner’s role, and leaves them out of agreement', () => {
    const row = result.rows.find((r) => r.question.id === 's1-f')!;
    expect(row.cells).toEqual(['yes', 'not-asked', 'not-asked']);
  });

  it('sums the rows into the summary', () => {
    expect(result.summary).toEqual({ disagree: 2, 'agreed-gap': 1, 'agreed-ready': 2, unanswered: 1 });
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
});

describe('partnerLetter', () => {
  it('counts A to Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(partnerLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});
