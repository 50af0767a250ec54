// The readiness checklist for one assessment: who and when, the overall result, a per-step
// picture that reads without colour, then the actions for every gap, essentials first.
import { answers as answerNames, overall as overallNames, roles as roleNames, status as statusNames } from '../../../content/ui/common.json';
import { assessment as assessmentCopy } from '../../../content/ui/assessment.json';
import { checklist as copy } from '../../../content/ui/checklist.json';
import { ANSWER_VALUES, type Assessment, type Question, type QuestionBank } from '../../lib/model.ts';
import { formatDate } from '../../lib/dates.ts';
import { appliesTo, scoreAssessment, type StepResult } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';
import { withBase } from '../../lib/url.ts';
import { StatusShape } from '../common/StatusShape.tsx';
import type { StepLink } from './types.ts';

const linkFor = (steps: StepLink[], step: number) => steps.find((s) => s.step === step)!;

/** How many of the step's questions got each answer, from this perspective. */
function counts(step: StepResult, questions: readonly Question[], assessment: Assessment) {
  const tally = { yes: 0, partly: 0, no: 0, unknown: 0, none: 0 };
  for (const q of questions) {
    if (q.step === step.step && appliesTo(q, assessment.perspective)) tally[assessment.answers[q.id]?.value ?? 'none'] += 1;
  }
  return tally;
}

function StepBar({ result, link, assessment, questions }: { result: StepResult; link: StepLink; assessment: Assessment; questions: readonly Question[] }) {
  const tally = counts(result, questions, assessment);
  const total = result.total || 1;
  return (
    <li class="bar-row">
      <a class="bar-row__label" href={`#checklist-step-${result.step}`}>
        {fill(copy.step, { n: result.step })}: {link.navTitle}
      </a>
      <span class="bar-row__status">
        <StatusShape status={result.status} />
        {statusNames[result.status]}
      </span>
      <span class="bar" aria-hidden="true">
        {ANSWER_VALUES.map((value) =>
          tally[value] ? <span key={value} class={`bar__part bar__part--${value}`} style={{ inlineSize: `${(tally[value] / total) * 100}%` }} /> : null,
        )}
      </span>
      <span class="bar-row__counts">{fill(copy.counts, tally)}</span>
    </li>
  );
}

function StepActions({ result, link, assessment }: { result: StepResult; link: StepLink; assessment: Assessment }) {
  const { inPlace, forOthers } = result;
  return (
    <section class="checklist-step" aria-labelledby={`checklist-step-${result.step}`}>
      <h2 id={`checklist-step-${result.step}`} class="checklist-step__heading">
        <span class="checklist-step__number">{fill(copy.step, { n: result.step })}</span> {link.title}
      </h2>
      <p class="checklist-step__status">
        <StatusShape status={result.status} />
        <strong>{statusNames[result.status]}</strong>
        <span> · {fill(assessmentCopy.answered, { answered: result.answered, total: result.total })}</span>
      </p>
      {result.gaps.length === 0 ? (
        <p>{copy.noGaps}</p>
      ) : (
        <ol class="actions" role="list" aria-label={fill(copy.actions, { n: result.step })}>
          {result.gaps.map(({ question: q, kind }) => {
            const answer = assessment.answers[q.id];
            return (
              <li key={q.id} class="action" aria-describedby={`action-${q.id}-answer`}>
                <span class="action__box" aria-hidden="true" />
                <div class="action__body">
                  {q.essential && <strong class="tag tag--essential">{assessmentCopy.essential}</strong>}
                  {kind === 'find-out' ? (
                    <p class="action__text">
                      <strong>{copy.findOut}</strong> {q.prompt} <strong>{copy.then}</strong> {q.action}
                    </p>
                  ) : (
                    <p class="action__text">{q.action}</p>
                  )}
                  {kind === 'act' && <p class="action__question">{fill(copy.question, { prompt: q.prompt })}</p>}
                  <p class="action__meta" id={`action-${q.id}-answer`}>
                    {fill(copy.yourAnswer, { answer: answer?.value ? answerNames[answer.value] : answerNames.none })}
                    <span class="print-hidden">
                      {' · '}
                      <a href={withBase(`${link.path}#${q.id}`)}>
                        {copy.goToQuestion}
                        <span class="visually-hidden">: {q.prompt}</span>
                      </a>
                    </span>
                  </p>
                  {answer?.note && (
                    <p class="action__note">
                      <strong>{copy.yourNote}</strong> {answer.note}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {inPlace.length > 0 && (
        <div class="in-place">
          <h3 class="in-place__heading">{copy.inPlace}</h3>
          <ul class="in-place__list">
            {inPlace.map((q) => (
              <li key={q.id}>
                {q.prompt}
                {assessment.answers[q.id]?.note && <span class="in-place__note"> ({assessment.answers[q.id]!.note})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {forOthers.length > 0 && (
        <div class="in-place">
          <h3 class="in-place__heading">{copy.forOthers}</h3>
          <ul class="in-place__list">
            {forOthers.map(({ question: q, answer }) => {
              return (
                <li key={q.id}>
                  {q.prompt} <strong>{answer.value ? answerNames[answer.value] : answerNames.none}</strong>
                  {answer.note && <span class="in-place__note"> ({answer.note})</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Everything the checklist shows for the active assessment. */
export function ChecklistReport({ bank, steps, assessment }: { bank: QuestionBank; steps: StepLink[]; assessment: Assessment }) {
  const result = scoreAssessment(bank.questions, assessment);
  const known = new Set(bank.questions.map((q) => q.id));
  const removed = Object.entries(assessment.answers).filter(([id]) => !known.has(id));
  return (
    <div class="checklist-report">
      <dl class="checklist-meta">
        <div>
          <dt>{copy.place}</dt>
          <dd>{assessment.place || assessmentCopy.unnamed}</dd>
        </div>
        {assessment.partnership && (
          <div>
            <dt>{copy.partnership}</dt>
            <dd>{assessment.partnership}</dd>
          </div>
        )}
        <div>
          <dt>{copy.perspective}</dt>
          <dd>{roleNames[assessment.perspective]}</dd>
        </div>
        <div>
          <dt>{copy.date}</dt>
          <dd>{formatDate(new Date().toISOString())}</dd>
        </div>
        <div>
          <dt>{copy.lastChanged}</dt>
          <dd>{formatDate(assessment.updatedAt)}</dd>
        </div>
      </dl>
      <div class="checklist-overall" data-status={result.status}>
        <p class="checklist-overall__label">{copy.overall}</p>
        <p class="checklist-overall__status">{overallNames[result.status]}</p>
        <p>{fill(copy.stepsReady, { ready: result.readySteps })} · {fill(assessmentCopy.answered, { answered: result.answered, total: result.total })}</p>
      </div>
      <h2 class="checklist-picture__heading">{copy.picture}</h2>
      <ul class="bars" role="list">
        {result.steps.map((step) => (
          <StepBar key={step.step} result={step} link={linkFor(steps, step.step)} assessment={assessment} questions={bank.questions} />
        ))}
      </ul>
      <p class="bars__key" aria-hidden="true">
        {ANSWER_VALUES.map((value) => (
          <span key={value} class="bars__key-item"><span class={`bar__part bar__part--${value}`} />{answerNames[value]}</span>
        ))}
      </p>
      {result.steps.map((step) => (
        <StepActions key={step.step} result={step} link={linkFor(steps, step.step)} assessment={assessment} />
      ))}
      {removed.length > 0 && (
        <section class="checklist-step" aria-labelledby="checklist-removed">
          <h2 id="checklist-removed" class="checklist-step__heading">{copy.removedQuestions}</h2>
          <p>{copy.removedIntro}</p>
          <ul>
            {removed.map(([id, answer]) => (
              <li key={id}>
                <code>{id}</code>: {answer.value ? answerNames[answer.value] : answerNames.none}
                {answer.note && ` (${answer.note})`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
