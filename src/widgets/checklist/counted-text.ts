// The count of answers as the checklist gives it: the questions asked of this perspective in
// this phase, the same everywhere it is shown.
import { checklist as copy } from '../../../content/ui/checklist.json';
import type { Assessment, Question } from '../../lib/model.ts';
import { plural } from '../../lib/plural.ts';
import { scoreAssessment } from '../../lib/scoring.ts';

/** "12 of 40 questions answered". */
export function countedText(questions: readonly Question[], assessment: Assessment): string {
  const result = scoreAssessment(questions, assessment);
  return plural(copy.counted, result.answered, { total: result.total });
}
