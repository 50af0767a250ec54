// The self-assessment for one step: rendered at build time as a plain form, then hydrated to
// save each answer on this device as it is given.
import { useEffect, useState } from 'preact/hooks';
import { questionBankVersion } from '../../../content/site.json';
import { useStore } from '@nanostores/preact';
import type { FormQuestion, StepNumber } from '../../lib/model.ts';
import { ANSWER_VALUES, type AnswerValue } from '../../lib/model.ts';
import { scoreStep } from '../../lib/scoring.ts';
import { listText } from '../../lib/language.ts';
import { plural } from '../../lib/plural.ts';
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
  questions: FormQuestion[];
  /** Short names of the source documents by id, for the "why it matters" links. */
  sourceNames: Record<string, string>;
  /** For a question that replaced first-edition ones: their ids and prompts. */
  earlier?: Record<string, { id: string; prompt: string }[]>;
}

/**
 * What the reader put in the built page's form before the script took over: the page is built
 * with nothing chosen and empty notes, so anything here is theirs.
 */
function readEarly(id: string): { id: string; value?: AnswerValue; note?: string } {
  const checked = document.querySelector<HTMLInputElement>(`input[name="${id}"]:checked`)?.value as AnswerValue | undefined;
  const note = document.querySelector<HTMLTextAreaElement>(`textarea[name="${id}-note"]`)?.value;
  return { id, value: checked && ANSWER_VALUES.includes(checked) ? checked : undefined, note: note || undefined };
}

export default function AssessmentForm({ step, questions, sourceNames, earlier = {} }: Props) {
  // First render matches the server (no answers); the stored answers follow straight after.
  const active = useStore($active, { ssr: () => undefined });
  // Controls that need the script appear only once it runs, so the first render matches the page.
  const [scripted, setScripted] = useState(false);
  const answers = active?.answers ?? {};
  const perspective = active?.perspective ?? 'partnership';
  const result = scoreStep(step, questions, answers, perspective, active?.phase ?? 'commit');

  // A reader may tick a radio or type a note before the script arrives: keep those too. They are
  // read from the page before the first render, because hydrating resets what was typed.
  const [early] = useState(() => (typeof document === 'undefined' ? [] : questions.map((q) => readEarly(q.id))));
  // The numbers of questions where what the reader did early replaced a saved answer.
  const [replaced, setReplaced] = useState<string[]>([]);
  useEffect(() => {
    setScripted(true);
    // The built page's "switch on JavaScript" notice, outside the island, is no longer true.
    document.querySelector(`[data-no-script-notice="${step}"]`)?.remove();
    // What the reader did while the page loaded is newer than anything saved: it wins, and the
    // page says where it replaced a saved answer.
    const stored = $active.get()?.answers ?? {};
    const numbers = new Set<string>();
    early.forEach(({ id, value, note }, i) => {
      const saved = stored[id];
      if (value && value !== saved?.value) {
        if (saved?.value) numbers.add(`${step}.${i + 1}`);
        setAnswer(id, value);
      }
      if (note !== undefined && note !== saved?.note) {
        if (saved?.note) numbers.add(`${step}.${i + 1}`);
        setNote(id, note);
      }
    });
    setReplaced([...numbers]);
  }, []);

  return (
    <div class="assessment__island">
      {/* Built into the page, so it holds its place before the form's code loads on first use
          (client:needed); hidden until scripts run (assessment.css). */}
      <AssessmentPicker idPrefix={`step-${step}-picker`} />
      {scripted && <StorageNotice bank={{ version: questionBankVersion, questions }} />}
      <p role="status" class="assessment__early">
        {replaced.length > 0 && plural(copy.earlyKept, replaced.length, { questions: listText(replaced) })}
      </p>
      <form class="assessment__form" onSubmit={(e) => e.preventDefault()} aria-label={fill(copy.formLabel, { n: step })}>
        {questions.map((q, i) => (
          <QuestionField
            key={q.id}
            question={q}
            number={`${step}.${i + 1}`}
            answer={answers[q.id]}
            perspective={perspective}
            phase={active?.phase ?? 'commit'}
            earlier={(earlier[q.id] ?? []).flatMap((old) => (answers[old.id] ? [{ prompt: old.prompt, answer: answers[old.id]! }] : []))}
            sourceName={q.source ? (sourceNames[q.source] ?? q.source) : undefined}
            onAnswer={(value) => setAnswer(q.id, value)}
            onNote={(note) => setNote(q.id, note)}
          />
        ))}
      </form>
      {scripted && <SaveStatus assessment={active} />}
      <StepResultView result={result} phase={active?.phase ?? 'commit'} />
    </div>
  );
}
