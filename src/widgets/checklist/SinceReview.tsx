// What moved since the last review that kept its answers: answers up and down, actions done,
// new gaps. Plain lists, so the words carry it and nothing rests on colour.
import { answers as answerNames, planStatus as statusNames } from '../../../content/ui/common.json';
import { reviews as copy } from '../../../content/ui/checklist.json';
import { formatDate } from '../../lib/dates.ts';
import type { Moved, SinceReview as Since } from '../../lib/reviews.ts';
import { fill } from '../../lib/text.ts';

const valueName = (value: Moved['now']) => (value ? answerNames[value] : copy.notAnswered);

function MovedList({ heading, moved }: { heading: string; moved: Moved[] }) {
  if (moved.length === 0) return null;
  return (
    <>
      <h3 class="since__heading">{heading}</h3>
      <ul class="since__list">
        {moved.map((m) => (
          <li key={m.question.id}>{fill(copy.moved, { prompt: m.question.prompt, before: valueName(m.before), now: valueName(m.now) })}</li>
        ))}
      </ul>
    </>
  );
}

export function SinceReview({ since }: { since: Since }) {
  const nothing = since.up.length + since.down.length + since.done.length + since.newGaps.length === 0;
  return (
    <section class="since" aria-labelledby="since-heading">
      <h2 id="since-heading" class="since__title">{fill(copy.sinceHeading, { date: formatDate(since.review.at) })}</h2>
      {nothing && <p>{copy.nothingMoved}</p>}
      <MovedList heading={copy.up} moved={since.up} />
      <MovedList heading={copy.down} moved={since.down} />
      {since.done.length > 0 && (
        <>
          <h3 class="since__heading">{copy.done}</h3>
          <ul class="since__list">
            {since.done.map(({ question, status }) => (
              <li key={question.id}>
                {question.action} <strong>({statusNames[status]})</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {since.newGaps.length > 0 && (
        <>
          <h3 class="since__heading">{copy.newGaps}</h3>
          <ul class="since__list">
            {since.newGaps.map((q) => (
              <li key={q.id}>{q.prompt}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
