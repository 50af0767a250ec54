// One action of the plan: what to do, the question and answer behind it, and its plan (editable
// on the reader's own assessment, read-only on one shared with them).
import { answers as answerNames, planStatus as statusNames, roles as roleNames, tags as tagNames } from '../../../content/ui/common.json';
import { checklist as copy, plan as planCopy } from '../../../content/ui/checklist.json';
import { formatDay } from '../../lib/dates.ts';
import type { PlanRow } from '../../lib/plan.ts';
import { plural } from '../../lib/plural.ts';
import { fill } from '../../lib/text.ts';
import { withBase } from '../../lib/url.ts';
import { PlanFields } from './PlanFields.tsx';

interface Props {
  row: PlanRow;
  assessmentId: string;
  /** The chapter the question is on, for "Go to the question". */
  stepPath: string;
  readOnly: boolean;
}

export function ActionItem({ row, assessmentId, stepPath, readOnly }: Props) {
  const { question: q, gap, item, status } = row;
  const answer = gap.answer;
  const finished = status === 'done' || status === 'wont';
  return (
    <li id={`action-${q.id}`} class={`action${finished ? ' action--finished' : ''}`} data-status={status} aria-describedby={`action-${q.id}-state`}>
      <div class="action__head">
        {q.essential && <strong class="tag tag--essential">{tagNames.essential}</strong>}
        {finished && <strong class="tag">{statusNames[status]}</strong>}
      </div>
      {gap.kind === 'find-out' ? (
        <p class="action__text">
          <strong>{copy.findOut}</strong> {q.prompt} <strong>{copy.then}</strong> {q.action}
        </p>
      ) : (
        <p class="action__text">{q.action}</p>
      )}
      {gap.kind === 'act' && <p class="action__question">{fill(copy.question, { prompt: q.prompt })}</p>}
      <p class="action__meta" id={`action-${q.id}-state`}>
        {fill(copy.yourAnswer, { answer: answer.value ? answerNames[answer.value] : answerNames.none })}
        {row.overdueDays && <strong class="action__overdue"> · {plural(planCopy.overdue, row.overdueDays)}</strong>}
        {readOnly && item.owner && ` · ${fill(planCopy.ownedBy, { owner: [roleNames[item.owner], item.person].filter(Boolean).join(', ') })}`}
        {readOnly && item.due && ` · ${fill(planCopy.dueOn, { date: formatDay(item.due) })}`}
        {readOnly && ` · ${statusNames[status]}`}
        <span class="print-hidden">
          {' · '}
          <a href={withBase(`${stepPath}#${q.id}`)}>
            {copy.goToQuestion}
            <span class="visually-hidden">: {q.prompt}</span>
          </a>
        </span>
      </p>
      {answer.note?.trim() && (
        <p class="action__note">
          <strong>{copy.yourNote}</strong> {answer.note.trim()}
        </p>
      )}
      {!readOnly && <PlanFields assessmentId={assessmentId} questionId={q.id} item={item} action={q.action} />}
    </li>
  );
}
