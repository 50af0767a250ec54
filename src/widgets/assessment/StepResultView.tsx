// A step's result under its questions: status in words and shape, progress, and the questions
// that keep it from Ready: missing essentials first, then the others.
import { assessment as copy } from '../../../content/ui/assessment.json';
import { phases as phaseNames, status as statusNames } from '../../../content/ui/common.json';
import type { FormQuestion, Phase } from '../../lib/model.ts';
import { plural } from '../../lib/plural.ts';
import { withBase } from '../../lib/url.ts';
import type { StepResult } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';
import { StatusShape } from '../common/StatusShape.tsx';

function QuestionLinks({ intro, questions }: { intro: string; questions: FormQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <div class="step-result__missing">
      <p>{intro}</p>
      <ul>
        {questions.map((q) => (
          <li key={q.id}>
            <a href={`#${q.id}`}>{q.prompt}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function StepResultView({ result, phase }: { result: StepResult<FormQuestion>; phase: Phase }) {
  const started = result.status !== 'not-started' && result.status !== 'later';
  // The same counts, in the same words, as the checklist gives for this step.
  const counts = [
    result.total > 0 ? fill(copy.counts.answered, { answered: result.answered, total: result.total }) : '',
    result.forOthers.length ? plural(copy.counts.others, result.forOthers.length) : '',
    result.later.length ? plural(copy.counts.later, result.later.length) : '',
  ].filter(Boolean);
  return (
    <div class="step-result" data-status={result.status}>
      <h3 class="step-result__heading">{fill(copy.resultFor, { n: result.step, phase: phaseNames[phase] })}</h3>
      <p class="step-result__status">
        <StatusShape status={result.status} />
        <strong>{statusNames[result.status]}</strong>
        {counts.length > 0 && <span class="step-result__count"> · {counts.join(' · ')}</span>}
      </p>
      {result.status === 'later' && <p>{copy.laterStep}</p>}
      <p class="step-result__phase">
        <a href={withBase('/checklist/')}>{copy.changePhase}</a>
      </p>
      {started && <QuestionLinks intro={copy.missingEssentials} questions={result.missingEssentials} />}
      {started && <QuestionLinks intro={copy.blockingReady} questions={result.blocking} />}
    </div>
  );
}
