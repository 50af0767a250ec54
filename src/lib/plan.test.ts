import { describe, expect, it } from 'vitest';
import { byDueDate, byOwner, daysBetween, isMine, nextActions, planRow, progress, stepRows } from './plan.ts';
import type { Assessment, PlanItem } from './model.ts';
import { scoreAssessment } from './scoring.ts';
import { question } from '../../tests/support/questions.ts';
import { assessment as anAssessment } from '../../tests/support/assessments.ts';

const bank = [question('s1-a', { essential: true }), question('s1-b'), question('s1-c'), question('s2-a', { essential: true }), question('s2-b')];

function assessment(plan: Record<string, PlanItem>): Assessment {
  return anAssessment({ answers: { 's1-c': { value: 'yes' } }, plan });
}

const rowsOf = (a: Assessment, today = '2027-02-01') => {
  const result = scoreAssessment(bank, a);
  return result.steps.flatMap((s) => s.gaps.map((g) => planRow(g, a, today)));
};

describe('the action plan', () => {
  it('moves done and won’t-do actions to the end of their step, keeping essentials first', () => {
    const a = assessment({ 's1-a': { status: 'done' }, 's1-b': { status: 'doing' } });
    expect(stepRows(scoreAssessment(bank, a), 1, a, '2027-02-01').map((r) => r.question.id)).toEqual(['s1-b', 's1-a']);
  });

  it('says how many days an unfinished action is overdue, in calendar days', () => {
    const rows = rowsOf(assessment({ 's1-a': { due: '2027-01-30' }, 's1-b': { due: '2027-01-30', status: 'done' }, 's2-a': { due: '2027-02-01' } }));
    expect(rows.map((r) => r.overdueDays)).toEqual([2, undefined, undefined, undefined]);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
  });

  it('puts the next three unfinished actions first: dated soonest, then essentials', () => {
    const rows = rowsOf(assessment({ 's2-b': { due: '2027-03-01' }, 's1-b': { due: '2027-02-10' }, 's1-a': { status: 'done' } }));
    expect(nextActions(rows).map((r) => r.question.id)).toEqual(['s1-b', 's2-b', 's2-a']);
  });

  it('lists by due date, undated last, finished at the end', () => {
    const rows = rowsOf(assessment({ 's2-b': { due: '2027-03-01' }, 's1-b': { due: '2027-02-10', status: 'done' }, 's2-a': { due: '2027-01-01' } }));
    expect(byDueDate(rows).map((r) => r.question.id)).toEqual(['s2-a', 's2-b', 's1-a', 's1-b']);
  });

  it('groups by owner, unowned last, and finds the reader’s own', () => {
    const rows = rowsOf(assessment({ 's1-a': { owner: 'funder' }, 's1-b': { owner: 'partnership' }, 's2-a': { owner: 'public-body' } }));
    expect(byOwner(rows, ['public-body', 'funder', 'civil-society', 'partnership']).map((g) => [g.owner, g.rows.length])).toEqual([
      ['public-body', 1],
      ['funder', 1],
      ['partnership', 1],
      [undefined, 1],
    ]);
    expect(rows.filter((r) => isMine(r, 'funder')).map((r) => r.question.id)).toEqual(['s1-a', 's1-b']);
  });

  it('counts finished actions as progress', () => {
    expect(progress(rowsOf(assessment({ 's1-a': { status: 'done' }, 's1-b': { status: 'wont' }, 's2-a': { due: '2027-01-01' } })))).toEqual({
      finished: 2,
      total: 4,
      overdue: 1,
    });
  });
});
