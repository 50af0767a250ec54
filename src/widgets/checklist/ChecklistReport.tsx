// The readiness checklist and action plan for one assessment: who and when, the result for the
// phase the partnership is in, the next actions, what moved since the last review, the pictures,
// then every action (by phase and step, by due date or by owner) with its owner, date and status.
// Everything it says comes from src/lib/scoring.ts, plan.ts and reviews.ts; it only shows it.
import { useState } from 'preact/hooks';
import {
  answers as answerNames,
  overall as overallNames,
  phases as phaseNames,
  picker as pickerCopy,
  roles as roleNames,
} from '../../../content/ui/common.json';
import { checklist as copy, plan as planCopy, reviews as reviewCopy } from '../../../content/ui/checklist.json';
import { OWNERS, PHASES, type Assessment, type Phase, type QuestionBank } from '../../lib/model.ts';
import { formatDate, formatDay, localDateStamp } from '../../lib/dates.ts';
import { allRows, byDueDate, byOwner, finishedLast, isMine, nextActions, progress, type PlanRow } from '../../lib/plan.ts';
import { plural } from '../../lib/plural.ts';
import { sinceReview } from '../../lib/reviews.ts';
import { inPhase, scoreAssessment, type OverallResult } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';
import { ActionItem } from './ActionItem.tsx';
import { NextActions } from './NextActions.tsx';
import { PlanTable } from './PlanTable.tsx';
import { ReviewPicture } from './ReviewPicture.tsx';
import { SinceReview } from './SinceReview.tsx';
import { StepBars } from './StepBars.tsx';
import type { StepLink } from './types.ts';
import { assessmentName } from '../common/assessment-name.ts';

type View = 'step' | 'date' | 'owner';

const linkFor = (steps: StepLink[], step: number) => steps.find((s) => s.step === step)!;

interface Props {
  bank: QuestionBank;
  steps: StepLink[];
  assessment: Assessment;
  /** A shared or imported assessment being looked at before it is kept: nothing can change. */
  readOnly?: boolean;
}

function Meta({ assessment }: { assessment: Assessment }) {
  const rows: [string, string][] = [
    [copy.place, assessment.place || pickerCopy.unnamed],
    [copy.partnership, assessment.partnership],
    [copy.organisation, assessment.organisation],
    [copy.perspective, roleNames[assessment.perspective]],
    [copy.phase, phaseNames[assessment.phase]],
    [copy.date, formatDate(new Date().toISOString())],
    [copy.lastChanged, formatDate(assessment.updatedAt)],
  ];
  return (
    <dl class="checklist-meta">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function Overall({ result, rows }: { result: OverallResult; rows: PlanRow[] }) {
  const plan = progress(rows);
  return (
    <div class="checklist-overall" data-status={result.status}>
      <p class="checklist-overall__label">{copy.overallFor}</p>
      <p class="checklist-overall__status">{overallNames[result.status][result.phase]}</p>
      <p>
        {fill(copy.stepsReady, { ready: result.readySteps, counted: result.countedSteps })}
        {' · '}
        {plural(copy.counted, result.answered, { total: result.total })}
        {result.forOthers > 0 && <> {plural(copy.countedOthers, result.forOthers)}</>}
      </p>
      {plan.total > 0 && (
        <p>
          {fill(planCopy.progress, plan)}
          {plan.overdue > 0 && <strong> · {plural(planCopy.overdueCount, plan.overdue)}</strong>}
        </p>
      )}
    </div>
  );
}

/** Actions grouped by the phase their question belongs to, then by step. */
function ByPhaseAndStep({
  rows,
  result,
  steps,
  assessment,
  readOnly,
}: {
  rows: PlanRow[];
  result: OverallResult;
  steps: StepLink[];
  assessment: Assessment;
  readOnly: boolean;
}) {
  const phases = PHASES.filter((phase) => inPhase({ phase }, result.phase));
  return (
    <>
      {phases.map((phase) => {
        const inThisPhase = rows.filter((r) => r.question.phase === phase);
        return (
          <section key={phase} class="checklist-phase" aria-labelledby={`checklist-phase-${phase}`}>
            <h2 id={`checklist-phase-${phase}`} class="checklist-phase__heading">
              {phaseNames[phase]}
            </h2>
            {result.steps.map((step) => {
              const stepRows = finishedLast(inThisPhase.filter((r) => r.question.step === step.step));
              if (stepRows.length === 0) return null;
              const link = linkFor(steps, step.step);
              return (
                // Not a region of its own: the same step comes up under several phases.
                <div key={step.step} class="checklist-step">
                  <h3 id={`checklist-${phase}-step-${step.step}`} class="checklist-step__heading">
                    <span class="checklist-step__number">{fill(copy.step, { n: step.step })}</span> {link.title}
                  </h3>
                  <ol class="actions" role="list" aria-label={fill(copy.actions, { n: step.step })}>
                    {stepRows.map((row) => (
                      <ActionItem key={row.question.id} row={row} assessmentId={assessment.id} stepPath={link.path} readOnly={readOnly} />
                    ))}
                  </ol>
                </div>
              );
            })}
            {inThisPhase.length === 0 && <p>{copy.noGaps}</p>}
          </section>
        );
      })}
    </>
  );
}

function ActionList({
  rows,
  steps,
  assessment,
  readOnly,
  label,
}: {
  rows: PlanRow[];
  steps: StepLink[];
  assessment: Assessment;
  readOnly: boolean;
  label: string;
}) {
  return (
    <ol class="actions" role="list" aria-label={label}>
      {rows.map((row) => (
        <ActionItem key={row.question.id} row={row} assessmentId={assessment.id} stepPath={linkFor(steps, row.question.step).path} readOnly={readOnly} />
      ))}
    </ol>
  );
}

/** What is in place, and what was answered for other partners: shown, never counted. */
function Answered({ result }: { result: OverallResult }) {
  const inPlace = result.steps.flatMap((s) => s.inPlace);
  const forOthers = result.steps.flatMap((s) => s.forOthers);
  return (
    <>
      {inPlace.length > 0 && (
        <section class="in-place" aria-labelledby="in-place-heading">
          <h2 id="in-place-heading" class="in-place__heading">
            {copy.inPlace}
          </h2>
          <ul class="in-place__list">
            {inPlace.map((q) => (
              <li key={q.id}>{q.prompt}</li>
            ))}
          </ul>
        </section>
      )}
      {forOthers.length > 0 && (
        <section class="in-place" aria-labelledby="for-others-heading">
          <h2 id="for-others-heading" class="in-place__heading">
            {copy.forOthers}
          </h2>
          <ul class="in-place__list in-place__list--answers">
            {forOthers.map(({ question: q, answer }) => (
              <li key={q.id}>
                {q.prompt} <strong>{answer.value ? answerNames[answer.value] : answerNames.none}</strong>
                {answer.note?.trim() && <span class="in-place__note"> ({answer.note.trim()})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Questions of later phases: a look ahead, folded away, never counted. */
function Later({ result }: { result: OverallResult }) {
  const later = result.steps.flatMap((s) => s.later);
  if (later.length === 0) return null;
  return (
    <details class="checklist-later print-hidden">
      <summary>
        {copy.laterHeading} ({later.length})
      </summary>
      <p>{copy.laterIntro}</p>
      <ul>
        {later.map((q) => (
          <li key={q.id}>{fill(copy.later, { phase: phaseNames[q.phase as Phase], prompt: q.prompt })}</li>
        ))}
      </ul>
    </details>
  );
}

/** Everything the checklist shows for one assessment. */
export function ChecklistReport({ bank, steps, assessment, readOnly = false }: Props) {
  const [view, setView] = useState<View>('step');
  const [mine, setMine] = useState(false);
  const today = localDateStamp();
  const result = scoreAssessment(bank.questions, assessment);
  const rows = allRows(result, assessment, today);
  const next = nextActions(rows);
  const lastFull = [...assessment.reviews].reverse().find((r) => r.answers);
  const since = lastFull ? sinceReview(bank.questions, assessment, lastFull) : undefined;
  const known = new Set(bank.questions.map((q) => q.id));
  const removed = Object.entries(assessment.answers).filter(([id]) => !known.has(id));
  const shown = mine ? rows.filter((r) => isMine(r, assessment.perspective)) : rows;
  const due = assessment.nextReview && assessment.nextReview <= today;
  return (
    <div class="checklist-report">
      <Meta assessment={assessment} />
      <Overall result={result} rows={rows} />
      {due && !readOnly && (
        <p class="notice notice--warning checklist-review-due">
          {fill(reviewCopy.due, { name: assessmentName(assessment), date: formatDay(assessment.nextReview) })}{' '}
          <a href="#reviews-heading">{reviewCopy.record}</a>
        </p>
      )}
      <NextActions assessment={assessment} result={result} next={next} />
      {since && <SinceReview since={since} />}
      <StepBars result={result} steps={steps} />
      {assessment.reviews.length > 0 && (
        <ReviewPicture reviews={assessment.reviews} now={Object.fromEntries(result.steps.map((s) => [String(s.step), s.status]))} />
      )}

      <section class="checklist-plan" aria-labelledby="checklist-plan-heading">
        <h2 id="checklist-plan-heading" class="checklist-plan__heading">
          {planCopy.heading}
        </h2>
        <div class="plan-view print-hidden">
          <fieldset class="plan-view__choice">
            <legend>{planCopy.view}</legend>
            <div class="choices">
              {(['step', 'date', 'owner'] as const).map((v) => (
                <label class="choice" key={v}>
                  <input type="radio" name="plan-view" value={v} checked={view === v} onChange={() => setView(v)} />
                  <span>{planCopy[v === 'step' ? 'byStep' : v === 'date' ? 'byDate' : 'byOwner']}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {assessment.perspective !== 'partnership' && (
            <label class="choice">
              <input type="checkbox" checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} />
              <span>{fill(planCopy.mine, { role: roleNames[assessment.perspective].toLowerCase() })}</span>
            </label>
          )}
        </div>
        <div class="plan-view__actions">
          {shown.length === 0 && <p>{rows.length === 0 ? copy.noGaps : planCopy.noneShown}</p>}
          {shown.length > 0 && view === 'step' && <ByPhaseAndStep rows={shown} result={result} steps={steps} assessment={assessment} readOnly={readOnly} />}
          {shown.length > 0 && view === 'date' && (
            <ActionList rows={byDueDate(shown)} steps={steps} assessment={assessment} readOnly={readOnly} label={planCopy.byDate} />
          )}
          {shown.length > 0 &&
            view === 'owner' &&
            byOwner(shown, OWNERS).map((group) => {
              const name = group.owner ? roleNames[group.owner] : planCopy.noOwner;
              return (
                <section key={group.owner ?? 'none'} class="checklist-owner" aria-label={name}>
                  <h3 class="checklist-step__heading">{name}</h3>
                  <ActionList rows={group.rows} steps={steps} assessment={assessment} readOnly={readOnly} label={name} />
                </section>
              );
            })}
        </div>
        <PlanTable rows={rows} steps={steps} />
      </section>

      <Answered result={result} />
      <Later result={result} />
      {removed.length > 0 && (
        <section class="checklist-removed" aria-labelledby="checklist-removed">
          <h2 id="checklist-removed" class="in-place__heading">
            {copy.removedQuestions}
          </h2>
          <p>{copy.removedIntro}</p>
          <ul>
            {removed.map(([id, answer]) => (
              <li key={id}>
                <code>{id}</code>: {answer.value ? answerNames[answer.value] : answerNames.none}
                {answer.note?.trim() && ` (${answer.note.trim()})`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
