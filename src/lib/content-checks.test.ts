import { describe, expect, it } from 'vitest';
import { checkCitation, checkQuestionBank, checkRetiredQuestions, promptProblem, type QuestionFile } from './content-checks.ts';
import type { Question } from './model.ts';

const sources = [
  { id: '002', sections: ['Aims and objectives', 'Introduction'] },
  { id: '003', sections: ['Pay'] },
];

describe('checkCitation', () => {
  it('returns the cited source', () => {
    expect(checkCitation(sources, '003', 'Pay', 'x').id).toBe('003');
  });

  it('fails with the place, the bad id and the ids to use', () => {
    expect(() => checkCitation(sources, '009', 'Pay', 'content/guide/model.mdx')).toThrow(
      'content/guide/model.mdx: unknown source id "009". Use one of "002", "003" (content/sources.yaml).',
    );
  });

  it('fails on a section the source does not have', () => {
    expect(() => checkCitation(sources, '002', 'Aims', 'here')).toThrow('here: source 002 has no section "Aims".');
  });
});

type Entry = Omit<Question, 'step'>;
const PHASE_OF_STEP = { 1: 'commit', 2: 'prepare', 3: 'prepare', 4: 'run', 5: 'end' } as const;
const question = (id: string, more: Partial<Entry> = {}): Entry => ({
  id,
  phase: PHASE_OF_STEP[Number(id[1]) as 1 | 2 | 3 | 4 | 5],
  prompt: 'Is it?',
  why: 'Because.',
  source: '002',
  section: 'Introduction',
  roles: ['all' as const],
  essential: false,
  action: 'Do it.',
  discuss: 'Why not?',
  ...more,
});
const bank = (extra: Partial<Record<number, Entry[]>> = {}): QuestionFile[] =>
  [1, 2, 3, 4, 5].map((step) => ({ name: `step-${step}`, step, questions: extra[step] ?? [question(`s${step}-a`)] }));

describe('checkQuestionBank', () => {
  it('returns every question in step order with its step', () => {
    const questions = checkQuestionBank([...bank()].reverse(), sources);
    expect(questions.map((q) => `${q.step}:${q.id}`)).toEqual(['1:s1-a', '2:s2-a', '3:s3-a', '4:s4-a', '5:s5-a']);
  });

  it('fails on a duplicate id, naming both places', () => {
    expect(() => checkQuestionBank(bank({ 2: [question('s2-a'), question('s2-a')] }), sources)).toThrow(
      'content/questions/step-2.yaml, question "s2-a": duplicate id, also used in content/questions/step-2.yaml, question "s2-a".',
    );
  });

  it('fails on an id that does not match its step', () => {
    expect(() => checkQuestionBank(bank({ 3: [question('s1-b')] }), sources)).toThrow('ids in a step 3 file start with "s3-"');
  });

  it('fails on a citation to an unknown source', () => {
    expect(() => checkQuestionBank(bank({ 4: [{ ...question('s4-a'), source: '999' }] }), sources)).toThrow('unknown source id "999"');
  });

  it('fails when a step has no questions', () => {
    expect(() =>
      checkQuestionBank(
        bank().filter((f) => f.step !== 5),
        sources,
      ),
    ).toThrow('no questions for step 5');
  });
});

describe('promptProblem', () => {
  it('accepts one question ending in its only question mark', () => {
    expect(promptProblem('Has a named senior politician backed the model?')).toBeUndefined();
  });

  it('refuses two questions in one prompt', () => {
    expect(promptProblem('Is there a coordinator? Is there money for one?')).toContain('found 2');
  });

  it('refuses a prompt that is not a question, or asks one mid-sentence', () => {
    expect(promptProblem('Agree a pay principle.')).toContain('found 0');
    expect(promptProblem('Is pay agreed? If so, write it down.')).toContain('ending in its only "?"');
  });

  it('refuses "and/or" joining two asks, however it is spaced', () => {
    expect(promptProblem('Have you agreed the pay and/or the grade?')).toContain('"and/or"');
    expect(promptProblem('Have you agreed the pay and / or the grade?')).toContain('"and/or"');
  });
});

describe('checkQuestionBank: one ask per prompt and the evidence behind each "why"', () => {
  it('fails the build on a double-barrelled prompt, naming the question', () => {
    const twoAsks = question('s2-a', { prompt: 'Is there a coordinator? Is there a budget?' });
    expect(() => checkQuestionBank(bank({ 2: [twoAsks] }), sources)).toThrow('content/questions/step-2.yaml, question "s2-a": the prompt must be one question');
  });

  it('accepts a "why" with no source when it says the sources are silent', () => {
    const silent = question('s4-a', {
      source: undefined,
      section: undefined,
      why: 'The sources do not cover this; a part-time absence affects two employers.',
    });
    expect(checkQuestionBank(bank({ 4: [silent] }), sources).find((q) => q.id === 's4-a')?.source).toBeUndefined();
  });

  it('accepts a silent "why" that still cites what it rests on', () => {
    const silentCited = question('s4-a', { why: 'The sources do not cover this; but secondees ran a forum for young people.' });
    expect(() => checkQuestionBank(bank({ 4: [silentCited] }), sources)).not.toThrow();
  });

  it('fails on a "why" with no source that does not say the sources are silent', () => {
    const bare = question('s4-a', { source: undefined, section: undefined, why: 'Everyone knows this matters.' });
    expect(() => checkQuestionBank(bank({ 4: [bare] }), sources)).toThrow('"why" has no source');
  });

  it('fails on a source without a section', () => {
    expect(() => checkQuestionBank(bank({ 3: [question('s3-a', { section: undefined })] }), sources)).toThrow('source 002 has no section "undefined"');
  });

  it('fails when a phase has no questions', () => {
    const noEnd = bank({ 5: [question('s5-a', { phase: 'run' })] });
    expect(() => checkQuestionBank(noEnd, sources)).toThrow('no questions for phase "end"');
  });
});

describe('checkRetiredQuestions', () => {
  const retired = { id: 's2-old', step: 2 as const, prompt: 'Was this asked before?' };
  const questions = (...extra: Entry[]) => checkQuestionBank(bank({ 2: [question('s2-a'), ...extra] }), sources);

  it('accepts a retired question that the bank replaces', () => {
    expect(() => checkRetiredQuestions(questions(question('s2-new', { replaces: ['s2-old'] })), [retired])).not.toThrow();
  });

  it('accepts a retired question dropped with a reason', () => {
    expect(() => checkRetiredQuestions(questions(), [{ ...retired, dropped: 'Nobody could answer it.' }])).not.toThrow();
  });

  it('fails when a retired id is used again in the bank', () => {
    expect(() => checkRetiredQuestions(questions(question('s2-old')), [retired])).toThrow(
      'content/questions/retired.yaml, question "s2-old": this retired id is back in content/questions/step-2.yaml',
    );
  });

  it('fails when a question replaces an id that was never retired', () => {
    expect(() => checkRetiredQuestions(questions(question('s2-new', { replaces: ['s2-typo'] })), [{ ...retired, dropped: 'Gone.' }])).toThrow(
      'question "s2-new": replaces "s2-typo", which is not in content/questions/retired.yaml',
    );
  });

  it('fails when a retired question has no successor and no reason', () => {
    expect(() => checkRetiredQuestions(questions(), [retired])).toThrow('"s2-old": no question replaces it');
  });

  it('fails when a retired question is both replaced and dropped', () => {
    expect(() => checkRetiredQuestions(questions(question('s2-new', { replaces: ['s2-old'] })), [{ ...retired, dropped: 'Gone.' }])).toThrow('marked dropped');
  });

  it('fails on a retired id that does not match its step', () => {
    expect(() => checkRetiredQuestions(questions(), [{ ...retired, step: 3 as const, dropped: 'Gone.' }])).toThrow('ids of step 3 start with "s3-"');
  });
});
