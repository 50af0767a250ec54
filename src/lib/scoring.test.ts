import { describe, expect, it } from 'vitest';
import type { AnswerValue, Question, StepNumber } from './model.ts';
import { appliesTo, scoreAssessment, scoreStep } from './scoring.ts';

const question = (id: string, step: StepNumber, extra: Partial<Question> = {}): Question => ({
  id,
  step,
  phase: 'commit',
  prompt: `Prompt ${id}?`,
  why: 'Why.',
  source: '002',
  section: 'Introduction',
  roles: ['all'],
  essential: false,
  action: `Do ${id}.`,
  discuss: 'Discuss?',
  ...extra,
});

const bank: Question[] = [
  question('s1-a', 1, { essential: true }),
  question('s1-b', 1),
  question('s1-c', 1, { roles: ['funder'] }),
  question('s2-a', 2, { essential: true }),
];

const answers = (values: Record<string, AnswerValue>) =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));

describe('scoreStep', () => {
  it('is not started while nothing is answered, even with notes', () => {
    const result = scoreStep(1, bank, { 's1-a': { note: 'thinking' } }, 'partnership');
    expect(result.status).toBe('not-started');
    expect(result.answered).toBe(0);
    expect(result.total).toBe(3);
  });

  it('is ready when every question is answered, essentials are Yes and none is Not yet', () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'yes', 's1-b': 'partly', 's1-c': 'yes' }), 'partnership');
    expect(result.status).toBe('ready');
    expect(result.gaps.map((g) => g.question.id)).toEqual(['s1-b']);
  });

  it('is nearly ready when an essential is only Partly', () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'partly', 's1-b': 'yes', 's1-c': 'yes' }), 'partnership');
    expect(result.status).toBe('nearly-ready');
    expect(result.missingEssentials.map((q) => q.id)).toEqual(['s1-a']);
  });

  it('is nearly ready, not ready, when another question is Not yet', () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'yes', 's1-b': 'no', 's1-c': 'yes' }), 'partnership');
    expect(result.status).toBe('nearly-ready');
  });

  it("is not yet ready when an essential is Not yet or Don't know", () => {
    expect(scoreStep(1, bank, answers({ 's1-a': 'no' }), 'partnership').status).toBe('not-ready');
    expect(scoreStep(1, bank, answers({ 's1-a': 'unknown', 's1-b': 'yes' }), 'partnership').status).toBe('not-ready');
  });

  it("treats Don't know on another question as a gap that blocks Ready", () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'yes', 's1-b': 'unknown', 's1-c': 'yes' }), 'partnership');
    expect(result.status).toBe('nearly-ready');
    expect(result.gaps).toEqual([expect.objectContaining({ kind: 'find-out' })]);
  });

  it('lists essential gaps first', () => {
    const result = scoreStep(1, bank, answers({ 's1-b': 'no', 's1-a': 'no' }), 'partnership');
    expect(result.gaps.map((g) => g.question.id)).toEqual(['s1-a', 's1-b', 's1-c']);
  });

  it('counts only the questions asked of the perspective', () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'yes', 's1-b': 'yes' }), 'public-body');
    expect(result.total).toBe(2);
    expect(result.status).toBe('ready');
  });
});

describe('appliesTo', () => {
  it('asks the whole partnership everything and each role its own questions', () => {
    const funderOnly = question('s1-x', 1, { roles: ['funder'] });
    expect(appliesTo(funderOnly, 'partnership')).toBe(true);
    expect(appliesTo(funderOnly, 'funder')).toBe(true);
    expect(appliesTo(funderOnly, 'civil-society')).toBe(false);
  });
});

describe('scoreAssessment', () => {
  it('is ready to launch only when every step is ready', () => {
    const oneStep = scoreAssessment(bank, { perspective: 'partnership', answers: answers({ 's1-a': 'yes', 's1-b': 'yes', 's1-c': 'yes' }) });
    expect(oneStep.status).toBe('not-ready');
    expect(oneStep.readySteps).toBe(1);
    const small = bank.filter((q) => q.step === 1);
    const all = scoreAssessment(small, { perspective: 'partnership', answers: answers({ 's1-a': 'yes', 's1-b': 'yes', 's1-c': 'yes' }) });
    // Steps with no questions for this perspective cannot be ready, so the place is not either.
    expect(all.status).toBe('not-ready');
  });

  it('is not started with no answers', () => {
    expect(scoreAssessment(bank, { perspective: 'funder', answers: {} }).status).toBe('not-started');
  });
});
