// The real question bank, read from content/ as the build reads it, held to the content rules:
// one ask per prompt, every "why" cited or saying the sources are silent, retired ids never
// reused and always accounted for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkQuestionBank, checkRetiredQuestions, SOURCES_SILENT } from '../lib/content-checks.ts';
import type { RetiredQuestion } from '../lib/model.ts';
import { bankQuestions } from '../../tests/support/site.ts';

const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; sections: string[] }[];
const retired = parse(readFileSync('content/questions/retired.yaml', 'utf8')) as RetiredQuestion[];
const files = [1, 2, 3, 4, 5].map((step) => ({
  name: `step-${step}`,
  step,
  questions: bankQuestions().filter((q) => q.step === step),
}));

describe('the question bank in content/questions', () => {
  const questions = checkQuestionBank(files, sources);

  it('passes every build check, against the retired questions too', () => {
    expect(() => checkRetiredQuestions(questions, retired)).not.toThrow();
  });

  it('asks 60 to 75 questions, and every one that cites nothing says the sources are silent', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(questions.length).toBeLessThanOrEqual(75);
    for (const q of questions.filter((q) => !q.source)) expect(q.why.startsWith(SOURCES_SILENT), q.id).toBe(true);
  });

  it('gives every phase at least one essential question', () => {
    for (const phase of ['commit', 'prepare', 'run', 'end']) {
      expect(
        questions.some((q) => q.phase === phase && q.essential),
        phase,
      ).toBe(true);
    }
  });

  it('lists each retired question once', () => {
    expect(new Set(retired.map((r) => r.id)).size).toBe(retired.length);
  });
});
