// One readiness question: a fieldset of four native radios and an optional note.
import { answers as answerNames, audiences, perspectiveAs, phases as phaseNames, tags as tagNames } from '../../../content/ui/common.json';
import { assessment as copy } from '../../../content/ui/assessment.json';
import { ANSWER_VALUES, LIMITS, type Answer, type AnswerValue, type Perspective, type Phase, type FormQuestion } from '../../lib/model.ts';
import { appliesTo, inPhase } from '../../lib/scoring.ts';
import { fill } from '../../lib/text.ts';
import { audienceText } from '../../lib/audience.ts';
import { withBase } from '../../lib/url.ts';

interface Props {
  question: FormQuestion;
  number: string;
  answer: Answer | undefined;
  perspective: Perspective;
  /** The phase readiness is judged for: questions of later ones are marked "for later". */
  phase: Phase;
  /** Answers given to the first-edition questions this one replaced, with their prompts. */
  earlier: { prompt: string; answer: Answer }[];
  /** The cited source's short name; undefined where the sources are silent and "why" says so. */
  sourceName: string | undefined;
  onAnswer: (value: AnswerValue) => void;
  onNote: (note: string) => void;
}

const audience = (question: FormQuestion) => audienceText(question.roles, audiences);

export function QuestionField({ question: q, number, answer, perspective, phase, earlier, sourceName, onAnswer, onNote }: Props) {
  const counts = appliesTo(q, perspective);
  const later = !inPhase(q, phase);
  const describedBy = [`${q.id}-why`, counts ? '' : `${q.id}-other`, later ? `${q.id}-later` : ''].filter(Boolean).join(' ');
  return (
    <fieldset id={q.id} class={`question${counts ? '' : ' question--other'}${later ? ' question--later' : ''}`} aria-describedby={describedBy}>
      <legend class="question__legend">
        <span class="question__number">{number}</span>
        <span class="question__prompt">{q.prompt}</span>
        {q.essential && (
          <strong class="tag tag--essential" title={copy.essentialHint}>
            {tagNames.essential}
          </strong>
        )}
        {later && <strong class="tag tag--later">{copy.later}</strong>}
      </legend>
      <p class="question__audience">{fill(copy.askedOf, { phase: phaseNames[q.phase], roles: audience(q) })}</p>
      {!counts && (
        <p class="question__other" id={`${q.id}-other`}>
          {fill(copy.forOthers, { roles: audience(q), perspective: perspectiveAs[perspective] })}
        </p>
      )}
      {later && (
        <p class="question__other" id={`${q.id}-later`}>
          {fill(copy.laterHint, { phase: phaseNames[q.phase] })}
        </p>
      )}
      {!answer?.value &&
        earlier.map((old) => (
          <p class="question__earlier" key={old.prompt}>
            {fill(copy.earlier, { prompt: old.prompt, answer: old.answer.value ? answerNames[old.answer.value] : answerNames.none })}
            {old.answer.note?.trim() && <> {fill(copy.earlierNote, { note: old.answer.note.trim() })}</>}
          </p>
        ))}
      <p class="question__why" id={`${q.id}-why`}>
        <strong>{copy.whyLabel}: </strong>
        {q.why}
        {sourceName && (
          <>
            {' '}
            <a class="question__source" href={withBase(`/sources/${q.source}/`)}>
              {sourceName}, “{q.section}”
            </a>
          </>
        )}
      </p>
      <div class="question__options">
        {ANSWER_VALUES.map((value) => (
          <label class="choice" key={value}>
            <input type="radio" name={q.id} value={value} checked={answer?.value === value} onChange={() => onAnswer(value)} />
            <span>{answerNames[value]}</span>
          </label>
        ))}
      </div>
      <details class="question__note" open={Boolean(answer?.note)}>
        <summary>{copy.noteLabel}</summary>
        <label class="visually-hidden" for={`${q.id}-note`}>{`${copy.noteLabel}: ${q.prompt}`}</label>
        <p class="field__hint" id={`${q.id}-note-hint`}>
          {copy.noteHint}
        </p>
        <textarea
          id={`${q.id}-note`}
          name={`${q.id}-note`}
          rows={2}
          maxLength={LIMITS.note}
          aria-describedby={`${q.id}-note-hint`}
          value={answer?.note ?? ''}
          onInput={(e) => onNote(e.currentTarget.value)}
        />
      </details>
    </fieldset>
  );
}
