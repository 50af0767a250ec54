import { describe, expect, it } from 'vitest';
import { checkCitation, checkQuestionBank, type QuestionFile } from './content-checks.ts';
import { question } from '../../tests/support/questions.ts';

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

/** A question as its YAML file gives it: the file, not the question, says which step it is in. */
function entry(id: string): QuestionFile['questions'][number] {
  const { step: _fromFile, ...rest } = question(id);
  return rest;
}
const bank = (extra: Partial<Record<number, QuestionFile['questions']>> = {}): QuestionFile[] =>
  [1, 2, 3, 4, 5].map((step) => ({ name: `step-${step}`, step, questions: extra[step] ?? [entry(`s${step}-a`)] }));

describe('checkQuestionBank', () => {
  it('returns every question in step order with its step', () => {
    const questions = checkQuestionBank([...bank()].reverse(), sources);
    expect(questions.map((q) => `${q.step}:${q.id}`)).toEqual(['1:s1-a', '2:s2-a', '3:s3-a', '4:s4-a', '5:s5-a']);
  });

  it('fails on a duplicate id, naming both places', () => {
    expect(() => checkQuestionBank(bank({ 2: [entry('s2-a'), entry('s2-a')] }), sources)).toThrow(
      'content/questions/step-2.yaml, question "s2-a": duplicate id, also used in content/questions/step-2.yaml, question "s2-a".',
    );
  });

  it('fails on an id that does not match its step', () => {
    expect(() => checkQuestionBank(bank({ 3: [entry('s1-b')] }), sources)).toThrow('ids in a step 3 file start with "s3-"');
  });

  it('fails on a citation to an unknown source', () => {
    expect(() => checkQuestionBank(bank({ 4: [{ ...entry('s4-a'), source: '999' }] }), sources)).toThrow('unknown source id "999"');
  });

  it('fails when a step has no questions', () => {
    expect(() => checkQuestionBank(bank().filter((f) => f.step !== 5), sources)).toThrow('no questions for step 5');
  });
});
