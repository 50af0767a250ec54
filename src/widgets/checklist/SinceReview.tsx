// What moved since the last review that kept its answers: answers up and down, actions done,
// new gaps, questions answered since. Plain lists, so the words carry it and nothing rests on colour.
import type { ComponentChildren } from 'preact';
import { answers as answerNames, planStatus as statusNames } from '../../../content/ui/common.json';
import { reviews as copy } from '../../../content/ui/checklist.json';
import { formatDate } from '../../lib/dates.ts';
import type { Moved, SinceReview as Since } from '../../lib/reviews.ts';
import { plural } from '../../lib/plural.ts';
import { fill } from '../../lib/text.ts';

const valueName = (value: Moved['now']) => (value ? answerNames[value] : copy.notAnswered);

/** Long lists show their first few; the rest fold away under "and N more". */
const SHOWN = 5;

function List({ heading, items }: { heading: string; items: { key: string; text: ComponentChildren }[] }) {
  if (items.length === 0) return null;
  const item = ({ key, text }: { key: string; text: ComponentChildren }) => <li key={key}>{text}</li>;
  return (
    <>
      <h3 class="since__heading">
        {heading} ({items.length})
      </h3>
      <ul class="since__list">{items.slice(0, SHOWN).map(item)}</ul>
      {items.length > SHOWN && (
        <details class="since__more">
          <summary>{plural(copy.more, items.length - SHOWN)}</summary>
          <ul class="since__list">{items.slice(SHOWN).map(item)}</ul>
        </details>
      )}
    </>
  );
}

const moved = (list: Moved[]) =>
  list.map((m) => ({
    key: m.question.id,
    text: (
      <>
        {m.question.prompt} <strong>{m.before ? fill(copy.moved, { before: valueName(m.before), now: valueName(m.now) }) : valueName(m.now)}</strong>
      </>
    ),
  }));

export function SinceReview({ since }: { since: Since }) {
  const nothing = since.up.length + since.down.length + since.answered.length + since.done.length + since.newGaps.length === 0;
  return (
    <section class="since" aria-labelledby="since-heading">
      <h2 id="since-heading" class="since__title">
        {fill(copy.sinceHeading, { date: formatDate(since.review.at) })}
      </h2>
      {nothing && <p>{copy.nothingMoved}</p>}
      <List heading={copy.up} items={moved(since.up)} />
      <List heading={copy.down} items={moved(since.down)} />
      <List
        heading={copy.done}
        items={since.done.map(({ question, status }) => ({
          key: question.id,
          text: (
            <>
              {question.action} <strong>({statusNames[status]})</strong>
            </>
          ),
        }))}
      />
      <List heading={copy.newGaps} items={since.newGaps.map((q) => ({ key: q.id, text: q.prompt }))} />
      <List heading={copy.answeredSince} items={moved(since.answered)} />
    </section>
  );
}
