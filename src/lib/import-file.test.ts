import { describe, expect, it } from 'vitest';
import { buildExport } from './export-file.ts';
import { parseExportText, readExportFile, validateShared } from './import-file.ts';
import type { Question, QuestionBank } from './model.ts';
import { generateAssessment, hostileCases } from '../../tests/support/generated.ts';

const questions: Question[] = Array.from({ length: 45 }, (_, i) => ({
  id: `s${(i % 5) + 1}-question-${i}`,
  step: ((i % 5) + 1) as Question['step'],
  phase: 'prepare',
  prompt: `Question ${i}?`,
  why: 'Why.',
  source: '002',
  section: 'Introduction',
  roles: ['all'],
  essential: i % 4 === 0,
  action: `Do thing ${i}.`,
  discuss: 'Discuss?',
}));
questions[0]!.id = 's1-political-sponsor';
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

  it('has more than two hundred cases', () => {
    expect(cases.length).toBeGreaterThan(200);
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
