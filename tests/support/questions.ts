// Made-up readiness questions for unit tests, so each test names only what it is about.
import type { Question, StepNumber } from '../../src/lib/model.ts';

/** A complete question; its step comes from its id ("s2-…" is in step 2), the rest from `extra`. */
export function question(id: string, extra: Partial<Question> = {}): Question {
  return {
    id,
    step: Number(id.charAt(1)) as StepNumber,
    phase: 'commit',
    prompt: `Prompt ${id}?`,
    why: 'Why.',
    source: '002',
    section: 'Introduction',
    roles: ['all'],
    essential: false,
    action: `Do ${id}.`,
    discuss: `Discuss ${id}?`,
    ...extra,
  };
}

/** `count` questions taken in turn from steps 1 to 5: s1-question-0, s2-question-1, …; `extra` varies each. */
export function questions(count: number, extra: (i: number) => Partial<Question> = () => ({})): Question[] {
  return Array.from({ length: count }, (_, i) => question(`s${(i % 5) + 1}-question-${i}`, extra(i)));
}
