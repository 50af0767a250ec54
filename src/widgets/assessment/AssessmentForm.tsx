// The self-assessment for one step: rendered at build time as a plain form, then hydrated to
// save each answer on this device as it is given.
import { useEffect, useRef, useState } from 'preact/hooks';
import { site as siteCopy } from '../../../content/ui/common.json';
import { useStore } from '@nanostores/preact';
import type { Question, StepNumber } from '../../lib/model.ts';
import { ANSWER_VALUES, type AnswerValue } from '../../lib/model.ts';
import { scoreStep } from '../../lib/scoring.ts';
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

export default function AssessmentForm({ step, questions, sourceNames }: Props) {
  // First render matches the server (no answers); the stored answers follow straight after.
  const active = useStore($active, { ssr: () => undefined });
  const form = useRef<HTMLFormElement>(null);
  // Shown in the built page and removed once the script runs: a <noscript> is not reliable.
  const [scripted, setScripted] = useState(false);
  const answers = active?.answers ?? {};
  const perspective = active?.perspective ?? 'partnership';
  const result = scoreStep(step, questions, answers, perspective);

  // A reader may tick a radio before the script arrives: keep those answers too.
  useEffect(() => {
    setScripted(true);
    const stored = $active.get()?.answers ?? {};
    for (const q of questions) {
      const checked = form.current?.querySelector<HTMLInputElement>(`input[name="${q.id}"]:checked`);
      if (checked && !stored[q.id]?.value && ANSWER_VALUES.includes(checked.value as AnswerValue)) {
        setAnswer(q.id, checked.value as AnswerValue);
      }
    }
  }, []);

  return (
    <div class="assessment__island">
      {!scripted && <p class="notice" data-file-mode-text={siteCopy.fileModeWidget}>{siteCopy.noScript}</p>}
      {scripted && <AssessmentPicker idPrefix={`step-${step}-picker`} />}
      {scripted && <StorageNotice />}
      <form ref={form} class="assessment__form" onSubmit={(e) => e.preventDefault()} aria-label={`Step ${step} readiness questions`}>
        {questions.map((q, i) => (
          <QuestionField
            key={q.id}
            question={q}
            number={`${step}.${i + 1}`}
            answer={answers[q.id]}
            perspective={perspective}
            sourceName={sourceNames[q.source] ?? q.source}
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
