// The action plan as a table, for print: each action with its owner, due date and status, phase
// by phase; empty cells are left as lines to write in.
import { answers as answerNames, planStatus as statusNames, phases as phaseNames, roles as roleNames, tags as tagNames } from '../../../content/ui/common.json';
import { checklist as copy, plan as planCopy } from '../../../content/ui/checklist.json';
import { formatDay } from '../../lib/dates.ts';
import { PHASES } from '../../lib/model.ts';
import type { PlanRow } from '../../lib/plan.ts';
import { fill } from '../../lib/text.ts';
import type { StepLink } from './types.ts';

export function PlanTable({ rows, steps }: { rows: PlanRow[]; steps: StepLink[] }) {
  if (rows.length === 0) return null;
  return (
    <table class="plan-table print-only">
      <caption>{planCopy.heading}</caption>
      <thead>
        <tr>
          <th scope="col">{planCopy.tableAction}</th>
          <th scope="col">{planCopy.tableOwner}</th>
          <th scope="col">{planCopy.tableDue}</th>
          <th scope="col">{planCopy.tableStatus}</th>
        </tr>
      </thead>
      {PHASES.map((phase) => {
        const inPhase = rows.filter((r) => r.question.phase === phase);
        if (inPhase.length === 0) return null;
        return (
          <tbody key={phase}>
            <tr>
              <th scope="colgroup" colSpan={4} class="plan-table__phase">
                {phaseNames[phase]}
              </th>
            </tr>
            {inPhase.map((row) => (
              <tr key={row.question.id}>
                <td>
                  <span class="plan-table__step">
                    {fill(copy.step, { n: row.question.step })}: {steps.find((s) => s.step === row.question.step)?.navTitle}
                  </span>
                  {row.question.essential && <strong> · {tagNames.essential}</strong>}
                  <br />
                  {row.question.action}
                  {row.item.note?.trim() && <span class="plan-table__note"> ({row.item.note.trim()})</span>}
                  <span class="plan-table__question">
                    {fill(copy.question, { prompt: row.question.prompt })}{' '}
                    {fill(copy.yourAnswer, { answer: row.gap.answer.value ? answerNames[row.gap.answer.value] : answerNames.none })}
                  </span>
                </td>
                <td>{row.item.owner ? [roleNames[row.item.owner], row.item.person].filter(Boolean).join(', ') : ''}</td>
                <td>{row.item.due ? formatDay(row.item.due) : ''}</td>
                <td>{statusNames[row.status]}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
