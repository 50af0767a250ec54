import { describe, expect, it } from 'vitest';
import { buildExport } from './export-file.ts';
import { parseExportText, readExportFile, validateShared, type ImportProblem } from './import-file.ts';
import type { QuestionBank } from './model.ts';
import { generateAssessment, hostileCases, random } from '../../tests/support/generated.ts';
import { readCurrent, toRecord } from './stored-assessment.ts';
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
        shortened: 0,
      });
    }
  });

  it('accepts a share link payload without the question bank', () => {
    const assessment = generateAssessment(7, [...ids]);
    const file = buildExport(bank, assessment);
    expect(validateShared({ format: file.format, formatVersion: file.formatVersion, assessment }, ids)).toMatchObject({ ok: true, assessment });
  });
});

describe('files from the first release (format 1)', () => {
  const file = {
    format: 'cii-secondment-readiness',
    formatVersion: 1,
    exportedAt: '2026-11-25T10:00:00.000Z',
    questionBank: {
      version: '2026-11-24',
      questions: [
        {
          id: 's1-political-sponsor',
          step: 1,
          prompt: 'Has a senior politician said they back it?',
          essential: true,
          roles: ['public-body'],
          action: 'Brief them.',
        },
      ],
    },
    assessment: {
      id: 'a-m3x9k2-4f',
      place: 'Leeds',
      partnership: 'Leeds Together',
      perspective: 'funder',
      createdAt: '2026-11-24T09:00:00.000Z',
      updatedAt: '2026-11-25T09:00:00.000Z',
      answers: { 's1-political-sponsor': { value: 'partly', note: 'Asked the leader’s office' }, 's4-induction': { value: 'no' } },
    },
  };

  it('import with every answer, in the current shape', () => {
    const result = parseExportText(JSON.stringify(file), ids);
    expect(result).toMatchObject({
      ok: true,
      assessment: { ...file.assessment, organisation: '', phase: 'commit', plan: {}, reviews: [], nextReview: '' },
      bank: { version: '2026-11-24' },
      unknownQuestions: 1,
    });
  });

  it('open from a share link made by the first release', () => {
    const { questionBank, exportedAt, ...link } = file;
    void questionBank;
    void exportedAt;
    expect(validateShared(link, ids)).toMatchObject({ ok: true, assessment: { place: 'Leeds', answers: file.assessment.answers } });
  });

  it('are refused when they carry a field only a later format has', () => {
    const mixed = { ...file, assessment: { ...file.assessment, phase: 'run' } };
    expect(parseExportText(JSON.stringify(mixed), ids)).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('long names and notes', () => {
  it('are shortened, never mid-character, and counted for the reader', () => {
    const assessment = generateAssessment(11, [...ids]);
    const long = {
      ...assessment,
      place: `${'P'.repeat(79)}🙂 and more`,
      answers: { 's1-political-sponsor': { value: 'yes' as const, note: `${'n'.repeat(999)}🙂🙂` } },
      plan: {},
    };
    const result = parseExportText(JSON.stringify(buildExport(bank, long)), ids);
    if (!result.ok) throw new Error('expected ok');
    expect(result.shortened).toBe(2);
    expect(result.assessment.place).toBe('P'.repeat(79));
    expect(result.assessment.answers['s1-political-sponsor']!.note).toBe('n'.repeat(999));
  });

  it('at exactly the limit are kept whole', () => {
    const assessment = { ...generateAssessment(12, [...ids]), answers: { 's1-political-sponsor': { note: `${'n'.repeat(998)}🙂` } }, plan: {} };
    const result = parseExportText(JSON.stringify(buildExport(bank, assessment)), ids);
    if (!result.ok) throw new Error('expected ok');
    expect(result.shortened).toBe(0);
    expect(result.assessment.answers['s1-political-sponsor']!.note).toBe(`${'n'.repeat(998)}🙂`);
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

describe('fuzz: randomly broken files', () => {
  // Random edits to a good file (cut, insert, change and repeat characters) must always end in a
  // clear outcome: a preview of a valid assessment, or one of the known problems. Never a throw.
  const valid = JSON.stringify(buildExport(bank, generateAssessment(5, [...ids])), null, 2);
  const alphabet = ['"', '{', '}', '[', ']', ':', ',', '\\', '0', 'e', '-', ' ', 'é', '🙂', '\u0000', 'null', '__proto__'];

  it('gives a known outcome for 400 broken files', async () => {
    const outcomes = new Map<string, number>();
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      let text = valid;
      const edits = 1 + Math.floor(next() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * text.length);
        const kind = Math.floor(next() * 4);
        const piece = alphabet[Math.floor(next() * alphabet.length)]!;
        if (kind === 0) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
        else if (kind === 1) text = text.slice(0, at) + piece + text.slice(at);
        else if (kind === 2) text = text.slice(0, at) + piece + text.slice(at + 1);
        else text = text.slice(0, at) + text.slice(at, at + 40) + text.slice(at);
      }
      const result = await readExportFile(new Blob([text]), ids);
      const outcome = result.ok ? 'preview' : result.problem;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (result.ok) expect(readCurrent(toRecord(result.assessment)).kind).toBe('ok');
      else expect(['not-ours', 'newer', 'damaged', 'too-large']).toContain(result.problem);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    // The edits are random but seeded: both outcomes must occur, or the fuzz tests nothing.
    expect(outcomes.get('damaged')).toBeGreaterThan(100);
    expect(outcomes.get('preview')).toBeGreaterThan(10);
  });
});
