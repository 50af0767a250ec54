// A step's result under its questions: status in words and shape, progress, missing essentials.
import { assessment as copy } from '../../../content/ui/assessment.json';
import { status as statusNames } from '../../../content/ui/common.json';
import type { Question } from '../../lib/model.ts';
import type { StepResult } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';
import { StatusShape } from '../common/StatusShape.tsx';

export function StepResultView({ result }: { result: StepResult<Question> }) {
  return (
    <div class="step-result" data-status={result.status}>
      <h3 class="step-result__heading">{fill(copy.result, { n: result.step })}</h3>
      <p class="step-result__status">
        <StatusShape status={result.status} />
        <strong>{statusNames[result.status]}</strong>
        <span class="step-result__count"> · {fill(copy.answered, { answered: result.answered, total: result.total })}</span>
      </p>
      {result.status !== 'not-started' && result.missingEssentials.length > 0 && (
        <div class="step-result__missing">
          <p>{copy.missingEssentials}</p>
          <ul>
            {result.missingEssentials.map((q) => (
              <li key={q.id}><a href={`#${q.id}`}>{q.prompt}</a></li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
