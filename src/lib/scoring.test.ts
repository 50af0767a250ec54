import { describe, expect, it } from 'vitest';
import type { AnswerValue, Question } from './model.ts';
import { appliesTo, scoreAssessment, scoreStep } from './scoring.ts';
import { question } from '../../tests/support/questions.ts';

const bank: Question[] = [
  question('s1-a', { essential: true }),
  question('s1-b'),
  question('s1-c', { roles: ['funder'] }),
  question('s2-a', { essential: true }),
];

const answers = (values: Record<string, AnswerValue>) => Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));

describe('scoreStep', () => {
  it('is not started while nothing is answered, even with notes', () => {
    const result = scoreStep(1, bank, { 's1-a': { note: 'thinking' } }, 'partnership', 'commit');
    expect(result.status).toBe('not-started');
    expect(result.answered).toBe(0);
    expect(result.total).toBe(3);
  });

  it('is ready when every question is answered, essentials are Yes and none is Not yet', () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'yes', 's1-b': 'partly', 's1-c': 'yes' }), 'partnership', 'commit');
    expect(result.status).toBe('ready');
    expect(result.gaps.map((g) => g.question.id)).toEqual(['s1-b']);
  });

  it('is nearly ready when an essential is only Partly', () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'partly', 's1-b': 'yes', 's1-c': 'yes' }), 'partnership', 'commit');
    expect(result.status).toBe('nearly-ready');
    expect(result.missingEssentials.map((q) => q.id)).toEqual(['s1-a']);
  });

  it('is nearly ready, not ready, when another question is Not yet', () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'yes', 's1-b': 'no', 's1-c': 'yes' }), 'partnership', 'commit');
    expect(result.status).toBe('nearly-ready');
  });

  it("is not yet ready when an essential is Not yet or Don't know", () => {
    expect(scoreStep(1, bank, answers({ 's1-a': 'no' }), 'partnership', 'commit').status).toBe('not-ready');
    expect(scoreStep(1, bank, answers({ 's1-a': 'unknown', 's1-b': 'yes' }), 'partnership', 'commit').status).toBe('not-ready');
  });

  it("treats Don't know on another question as a gap that blocks Ready", () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'yes', 's1-b': 'unknown', 's1-c': 'yes' }), 'partnership', 'commit');
    expect(result.status).toBe('nearly-ready');
    expect(result.gaps).toEqual([expect.objectContaining({ kind: 'find-out' })]);
  });

  it('lists essential gaps first', () => {
    const result = scoreStep(1, bank, answers({ 's1-b': 'no', 's1-a': 'no' }), 'partnership', 'commit');
    expect(result.gaps.map((g) => g.question.id)).toEqual(['s1-a', 's1-b', 's1-c']);
  });

  it('counts only the questions asked of the perspective', () => {
    const result = scoreStep(1, bank, answers({ 's1-a': 'yes', 's1-b': 'yes' }), 'public-body', 'commit');
    expect(result.total).toBe(2);
    expect(result.status).toBe('ready');
  });
});

describe('phases', () => {
  const phased: Question[] = [
    question('s1-commit', { essential: true, phase: 'commit' }),
    question('s1-prepare', { essential: true, phase: 'prepare' }),
    question('s1-run', { essential: true, phase: 'run' }),
    question('s2-end', { phase: 'end' }),
    question('s3-commit', { phase: 'commit', roles: ['funder'] }),
  ];
  const all = (value: AnswerValue) => answers(Object.fromEntries(phased.map((q) => [q.id, value])));

  it('counts only the questions of the current phase and earlier ones', () => {
    const commit = scoreStep(1, phased, answers({ 's1-commit': 'yes' }), 'partnership', 'commit');
    expect(commit).toMatchObject({ status: 'ready', answered: 1, total: 1 });
    expect(commit.later.map((q) => q.id)).toEqual(['s1-prepare', 's1-run']);
    const prepare = scoreStep(1, phased, answers({ 's1-commit': 'yes' }), 'partnership', 'prepare');
    expect(prepare).toMatchObject({ status: 'not-ready', answered: 1, total: 2 });
    expect(prepare.missingEssentials.map((q) => q.id)).toEqual(['s1-prepare']);
  });

  it('never lets a gap of a later phase block the current one', () => {
    const result = scoreStep(1, phased, answers({ 's1-commit': 'yes', 's1-prepare': 'no', 's1-run': 'unknown' }), 'partnership', 'commit');
    expect(result.status).toBe('ready');
    expect(result.gaps).toEqual([]);
    expect(result.blocking).toEqual([]);
  });

  it('marks a step with nothing asked in this phase as for later, and leaves it out of the place’s result', () => {
    const result = scoreAssessment(phased, { perspective: 'partnership', phase: 'commit', answers: answers({ 's1-commit': 'yes', 's3-commit': 'yes' }) });
    expect(result.steps.map((s) => s.status)).toEqual(['ready', 'later', 'ready', 'later', 'later']);
    expect(result).toMatchObject({ status: 'ready', readySteps: 2, countedSteps: 2 });
  });

  it('judges the place for the phase it is in', () => {
    const everything = { perspective: 'partnership' as const, answers: all('yes') };
    expect(scoreAssessment(phased, { ...everything, phase: 'end' }).status).toBe('ready');
    const notEnded = { perspective: 'partnership' as const, answers: { ...all('yes'), ...answers({ 's2-end': 'no' }) } };
    expect(scoreAssessment(phased, { ...notEnded, phase: 'run' }).status).toBe('ready');
    expect(scoreAssessment(phased, { ...notEnded, phase: 'end' }).status).toBe('not-ready');
  });

  it('keeps answers to other partners’ questions apart and counts them once', () => {
    const result = scoreAssessment(phased, { perspective: 'public-body', phase: 'commit', answers: answers({ 's1-commit': 'yes', 's3-commit': 'partly' }) });
    expect(result.steps[2]!.status).toBe('later');
    expect(result.steps[2]!.forOthers.map((a) => a.question.id)).toEqual(['s3-commit']);
    expect(result).toMatchObject({ answered: 1, forOthers: 1 });
  });

  it('reads an assessment with no phase as deciding to commit', () => {
    expect(scoreAssessment(phased, { perspective: 'partnership', answers: answers({ 's1-commit': 'yes' }) }).phase).toBe('commit');
  });
});

describe('appliesTo', () => {
  it('asks the whole partnership everything and each role its own questions', () => {
    const funderOnly = question('s1-x', { roles: ['funder'] });
    expect(appliesTo(funderOnly, 'partnership')).toBe(true);
    expect(appliesTo(funderOnly, 'funder')).toBe(true);
    expect(appliesTo(funderOnly, 'civil-society')).toBe(false);
  });
});

describe('scoreAssessment', () => {
  it('is ready only when every step is ready', () => {
    const oneStep = scoreAssessment(bank, { perspective: 'partnership', answers: answers({ 's1-a': 'yes', 's1-b': 'yes', 's1-c': 'yes' }) });
    expect(oneStep.status).toBe('not-ready');
    expect(oneStep.readySteps).toBe(1);
    const small = bank.filter((q) => q.step === 1);
    const all = scoreAssessment(small, { perspective: 'partnership', answers: answers({ 's1-a': 'yes', 's1-b': 'yes', 's1-c': 'yes' }) });
    // Steps that ask nothing of this perspective in this phase do not hold the place back.
    expect(all.status).toBe('ready');
    expect(all.countedSteps).toBe(1);
  });

  it('is not started with no answers', () => {
    expect(scoreAssessment(bank, { perspective: 'funder', answers: {} }).status).toBe('not-started');
  });
});
