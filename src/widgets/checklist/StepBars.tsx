// Readiness by step as labelled bars: each step's status in words and shape, and its answers as
// patterned parts that read without colour, with the counts written out beside them.
import { answers as answerNames, status as statusNames } from '../../../content/ui/common.json';
import { checklist as copy } from '../../../content/ui/checklist.json';
import { ANSWER_VALUES } from '../../lib/model.ts';
import { plural } from '../../lib/plural.ts';
import type { OverallResult, StepResult } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';
import { StatusShape } from '../common/StatusShape.tsx';
import type { StepLink } from './types.ts';

/** How many of the step's counted questions got each answer. */
function tally(step: StepResult) {
  const counts = { yes: step.inPlace.length, partly: 0, no: 0, unknown: 0, none: 0 };
  for (const gap of step.gaps) counts[gap.answer.value ?? 'none'] += 1;
  return counts;
}

function StepBar({ result, link }: { result: StepResult; link: StepLink }) {
  const counts = tally(result);
  const total = result.total || 1;
  const extra = [
    result.forOthers.length ? plural(copy.stepOthers, result.forOthers.length) : '',
    result.later.length ? plural(copy.stepLater, result.later.length) : '',
  ].filter(Boolean);
  return (
    <li class="bar-row" data-status={result.status}>
      <span class="bar-row__label">
        {fill(copy.step, { n: result.step })}: {link.navTitle}
      </span>
      <span class="bar-row__status">
        <StatusShape status={result.status} />
        {statusNames[result.status]}
      </span>
      {result.total > 0 && (
        <span class="bar" aria-hidden="true">
          {ANSWER_VALUES.map((value) =>
            counts[value] ? <span key={value} class={`bar__part bar__part--${value}`} style={{ inlineSize: `${(counts[value] / total) * 100}%` }} /> : null,
          )}
        </span>
      )}
      <span class="bar-row__counts">
        {result.total > 0 && fill(copy.counts, counts)}
        {result.total > 0 && extra.length > 0 && ' · '}
        {extra.join(' · ')}
      </span>
    </li>
  );
}

export function StepBars({ result, steps }: { result: OverallResult; steps: StepLink[] }) {
  return (
    <section class="checklist-picture" aria-labelledby="checklist-picture-heading">
      <h2 id="checklist-picture-heading" class="checklist-picture__heading">
        {copy.picture}
      </h2>
      <ul class="bars" role="list">
        {result.steps.map((step) => (
          <StepBar key={step.step} result={step} link={steps.find((s) => s.step === step.step)!} />
        ))}
      </ul>
      <p class="bars__key" aria-hidden="true">
        {ANSWER_VALUES.map((value) => (
          <span key={value} class="bars__key-item">
            <span class={`bar__part bar__part--${value}`} />
            {answerNames[value]}
          </span>
        ))}
      </p>
    </section>
  );
}
