// The self-assessment for one step: rendered at build time as a plain form, then hydrated to
// save each answer on this device as it is given.
import { useEffect, useState } from 'preact/hooks';
import { questionBankVersion } from '../../../content/site.json';
import { useStore } from '@nanostores/preact';
import type { Question, StepNumber } from '../../lib/model.ts';
import { ANSWER_VALUES, type AnswerValue } from '../../lib/model.ts';
import { scoreStep } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';
import { assessment as copy } from '../../../content/ui/assessment.json';
import { $active, setAnswer, setNote } from '../../stores/assessments.ts';
import { AssessmentPicker } from '../common/AssessmentPicker.tsx';
import { StorageNotice } from '../common/StorageNotice.tsx';
import { QuestionField } from './QuestionField.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { StepResultView } from './StepResultView.tsx';

interface Props {
  step: StepNumber;
  questions: Question[];
  /** Short names of the source documents by id, for the "why it matters" links. */
  sourceNames: Record<string, string>;
}

/** What the built page's form holds for a question before the script took over. */
function readEarly(id: string): { id: string; value?: AnswerValue; note?: string } {
  const checked = document.querySelector<HTMLInputElement>(`input[name="${id}"]:checked`)?.value as AnswerValue | undefined;
  const note = document.querySelector<HTMLTextAreaElement>(`textarea[name="${id}-note"]`)?.value.trim();
  return { id, value: checked && ANSWER_VALUES.includes(checked) ? checked : undefined, note: note || undefined };
}

export default function AssessmentForm({ step, questions, sourceNames }: Props) {
  // First render matches the server (no answers); the stored answers follow straight after.
  const active = useStore($active, { ssr: () => undefined });
  // Controls that need the script appear only once it runs, so the first render matches the page.
  const [scripted, setScripted] = useState(false);
  const answers = active?.answers ?? {};
  const perspective = active?.perspective ?? 'partnership';
  const result = scoreStep(step, questions, answers, perspective);

  // A reader may tick a radio or type a note before the script arrives: keep those too. They are
  // read from the page before the first render, because hydrating resets what was typed.
  const [early] = useState(() => (typeof document === 'undefined' ? [] : questions.map((q) => readEarly(q.id))));
  useEffect(() => {
    setScripted(true);
    // The built page's "switch on JavaScript" notice, outside the island, is no longer true.
    document.querySelector(`[data-no-script-notice="${step}"]`)?.remove();
    const stored = $active.get()?.answers ?? {};
    for (const { id, value, note } of early) {
      if (value && !stored[id]?.value) setAnswer(id, value);
      if (note && !stored[id]?.note) setNote(id, note);
    }
  }, []);

  return (
    <div class="assessment__island">
      {scripted && <AssessmentPicker idPrefix={`step-${step}-picker`} />}
      {scripted && <StorageNotice bank={{ version: questionBankVersion, questions }} />}
      <form class="assessment__form" onSubmit={(e) => e.preventDefault()} aria-label={fill(copy.formLabel, { n: step })}>
        {questions.map((q, i) => (
          <QuestionField
            key={q.id}
            question={q}
            number={`${step}.${i + 1}`}
            answer={answers[q.id]}
            perspective={perspective}
            sourceName={q.source ? (sourceNames[q.source] ?? q.source) : undefined}
            onAnswer={(value) => setAnswer(q.id, value)}
            onNote={(note) => setNote(q.id, note)}
          />
        ))}
      </form>
      {scripted && <SaveStatus assessment={active} />}
      <StepResultView result={result} />
    </div>
  );
}
