import { describe, expect, it } from 'vitest';
import { buildExport } from './export-file.ts';
import { parseExportText, readExportFile, validateShared, type ImportProblem } from './import-file.ts';
import type { QuestionBank } from './model.ts';
import { generateAssessment, hostileCases } from '../../tests/support/generated.ts';
import { question, questions as makeQuestions } from '../../tests/support/questions.ts';

const questions = makeQuestions(45, (i) => ({ essential: i % 4 === 0 }));
// The hostile files change the answer to this question.
questions[0] = question('s1-political-sponsor', { essential: true });
const bank: QuestionBank = { version: '2026-11-24', questions };
const ids = new Set(questions.map((q) => q.id));

describe('export then import', () => {
  it('brings back 250 generated assessments unchanged', () => {
    for (let seed = 1; seed <= 250; seed++) {
      const assessment = generateAssessment(seed, [...ids, 's3-retired']);
      const result = parseExportText(JSON.stringify(buildExport(bank, assessment)), ids);
      expect(result).toEqual({
        ok: true,
        assessment,
        bank: { version: '2026-11-24', questions: questions.map(({ id, prompt }) => ({ id, prompt })) },
        unknownQuestions: 's3-retired' in assessment.answers ? 1 : 0,
      });
    }
  });

  it('accepts a share link payload without the question bank', () => {
    const assessment = generateAssessment(7, [...ids]);
    const file = buildExport(bank, assessment);
    expect(validateShared({ format: file.format, formatVersion: file.formatVersion, assessment }, ids)).toMatchObject({ ok: true, assessment });
  });
});

describe('bad files', () => {
  const valid = JSON.parse(JSON.stringify(buildExport(bank, generateAssessment(3, [...ids]))));
  const cases = hostileCases(valid);

  it('include every way a file can be refused, and files with markup to preview', () => {
    const outcomes: Record<ImportProblem | 'preview', true> = { 'not-ours': true, newer: true, damaged: true, 'too-large': true, preview: true };
    expect(new Set(cases.map((c) => c.expected))).toEqual(new Set(Object.keys(outcomes)));
  });

  for (const c of cases) {
    it(`${c.name}: ${c.expected}`, async () => {
      const blob = new Blob([c.content as BlobPart]);
      const result = await readExportFile(blob, ids);
      if (c.expected === 'preview') {
        expect(result.ok).toBe(true);
      } else {
        expect(result).toEqual({ ok: false, problem: c.expected });
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
