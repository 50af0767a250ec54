// One question of the meeting: the question, why it matters and its discussion prompt; the
// partners' answers only once revealed, all at once; then what the partners agree, with the
// action for a gap. Until the reveal, no partner's answer is anywhere in the page.
import type { Ref } from 'preact';
import { meeting as copy } from '../../../../content/ui/meeting.json';
import { answers as answerNames, tags as tagNames } from '../../../../content/ui/common.json';
import { agendaReason, askedAnswers, type LetteredAnswer, type Meeting, type MeetingItem } from '../../../lib/meeting.ts';
import { ANSWER_VALUES, LIMITS, type Question } from '../../../lib/model.ts';
import { OwnerSelect } from '../../common/OwnerSelect.tsx';
import { fill } from '../../../lib/text.ts';
import { withBase } from '../../../lib/url.ts';
import { setItem } from '../../../stores/meeting.ts';
import { meetingPartnerName } from './meeting-text.ts';

/** A symbol for each answer beside its word, as on the comparison grid. */
const SYMBOLS = { yes: '✓', partly: '◐', no: '✗', unknown: '?' } as const;

interface Props {
  meeting: Meeting;
  question: Question;
  stepTitle: string;
  /** The cited source's short name; undefined where the sources are silent and "why" says so. */
  sourceName: string | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  answersRef: Ref<HTMLHeadingElement>;
  onReveal: () => void;
}

function Answers({ meeting, list, showNotes }: { meeting: Meeting; list: LetteredAnswer[]; showNotes: boolean }) {
  return (
    <ul class="meeting-answers">
      {list.map(({ index, answer }) => (
        <li key={index} class={`meeting-answer meeting-answer--${answer.value ?? 'none'}`}>
          <span class="meeting-answer__who">{meetingPartnerName(meeting, index)}</span>
          <span class="meeting-answer__value">
            <span aria-hidden="true">{answer.value ? SYMBOLS[answer.value] : '–'}</span> {answerNames[answer.value ?? 'none']}
          </span>
          {showNotes && answer.note && <span class="meeting-answer__note">{answer.note}</span>}
        </li>
      ))}
    </ul>
  );
}

function Agreed({ question, item }: { question: Question; item: MeetingItem }) {
  const id = question.id;
  const change = (patch: Partial<MeetingItem>) => setItem(id, patch);
  return (
    <section class="meeting-agreed" aria-labelledby="meeting-agreed-heading">
      <h4 id="meeting-agreed-heading">{copy.agreedHeading}</h4>
      <fieldset class="meeting-agreed__answer">
        <legend>{copy.agreedAnswer}</legend>
        <div class="choices">
          {ANSWER_VALUES.map((value) => (
            <label class="choice" key={value}>
              <input type="radio" name={`meeting-${id}`} value={value} checked={item.answer === value} onChange={() => change({ answer: value })} />
              <span>{answerNames[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="meeting-decision">{copy.decision}</label>
        <p class="field__hint" id="meeting-decision-hint">
          {copy.decisionHint}
        </p>
        <input
          id="meeting-decision"
          type="text"
          maxLength={LIMITS.note}
          aria-describedby="meeting-decision-hint"
          value={item.decision ?? ''}
          onInput={(e) => change({ decision: e.currentTarget.value })}
        />
      </div>
      {item.answer && item.answer !== 'yes' && (
        <fieldset class="meeting-action">
          <legend>{copy.actionHeading}</legend>
          <p>{fill(copy.actionIntro, { action: question.action })}</p>
          <div class="meeting-action__fields">
            <div class="field">
              <label for="meeting-owner">{copy.owner}</label>
              <OwnerSelect id="meeting-owner" value={item.owner} noneLabel={copy.ownerNone} onChange={(owner) => change({ owner })} />
            </div>
            <div class="field">
              <label for="meeting-person">{copy.person}</label>
              <input
                id="meeting-person"
                type="text"
                maxLength={LIMITS.name}
                value={item.person ?? ''}
                onInput={(e) => change({ person: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for="meeting-due">{copy.due}</label>
              <input id="meeting-due" type="date" value={item.due ?? ''} onChange={(e) => change({ due: e.currentTarget.value })} />
            </div>
          </div>
        </fieldset>
      )}
    </section>
  );
}

export function MeetingQuestion({ meeting, question, stepTitle, sourceName, headingRef, answersRef, onReveal }: Props) {
  const item = meeting.items[question.id] ?? {};
  const reason = agendaReason(meeting, question);
  const { asked, others } = askedAnswers(meeting, question);
  const showNotes = !meeting.hideNames;
  return (
    <article class="meeting-question" aria-labelledby="meeting-question-heading">
      <p class="meeting-question__tags">
        <span class="tag tag--step">{fill(copy.stepTag, { n: question.step, title: stepTitle })}</span>
        {question.essential && <strong class="tag tag--essential">{tagNames.essential}</strong>}
        {reason !== 'rest' && <span class={`tag meeting-question__reason meeting-question__reason--${reason}`}>{copy.reasons[reason]}</span>}
      </p>
      <h3 id="meeting-question-heading" class="meeting-question__prompt" tabIndex={-1} ref={headingRef}>
        {question.prompt}
      </h3>
      <p class="meeting-question__why">
        <strong>{copy.why}</strong> {question.why}
        {sourceName && (
          <>
            {' '}
            <a href={withBase(`/sources/${question.source}/`)}>
              {sourceName}, “{question.section}”
            </a>
          </>
        )}
      </p>
      <p class="meeting-question__discuss">
        <strong>{copy.discuss}</strong> {question.discuss}
      </p>

      {item.revealed ? (
        <>
          <section class="meeting-reveal" aria-labelledby="meeting-answers-heading">
            <h4 id="meeting-answers-heading" tabIndex={-1} ref={answersRef}>
              {copy.answersHeading}
            </h4>
            {asked.length > 0 ? <Answers meeting={meeting} list={asked} showNotes={showNotes} /> : <p>{copy.noAnswers}</p>}
            {others.length > 0 && (
              <>
                <p class="meeting-reveal__others">{copy.othersHeading}</p>
                <Answers meeting={meeting} list={others} showNotes={showNotes} />
              </>
            )}
          </section>
          <Agreed question={question} item={item} />
        </>
      ) : (
        <div class="meeting-hidden">
          <p>{copy.hiddenAnswers}</p>
          <button type="button" class="button meeting__primary" onClick={onReveal}>
            {copy.reveal}
          </button>
        </div>
      )}
    </article>
  );
}
