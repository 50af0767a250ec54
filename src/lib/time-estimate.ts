// How long each part of the guide takes, worked out at build time from the content itself, so
// an estimate never goes stale when a chapter or the question bank changes.

/**
 * Words read a minute. A steady pace for text read in order to act on it, with figures and
 * citations: a little under the 238 a minute adults average for non-fiction (Brysbaert, 2019).
 */
export const WORDS_PER_MINUTE = 200;

/** Minutes to answer one readiness question: read it and why it matters, decide, perhaps note something. */
export const MINUTES_PER_QUESTION = 1;

/** Attributes whose words a reader sees on the page, such as a key figure's label or an event's title. */
const READ_ATTRIBUTES = ['label', 'value', 'title', 'date', 'by'];

/** The words a reader reads in an MDX chapter: its text and shown attributes, without tags, code or Markdown marks. */
export function countWords(mdx: string): number {
  const text = mdx
    // import and export lines are code.
    .replace(/^(import|export)\s.*$/gm, ' ')
    // A tag counts for the attributes it shows, not for its name or the rest of its attributes.
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => {
      const shown = [...tag.matchAll(/([A-Za-z]+)=(?:"([^"]*)"|'([^']*)')/g)].filter(([, name]) => READ_ATTRIBUTES.includes(name!));
      return ` ${shown.map(([, , double, single]) => double ?? single).join(' ')} `;
    })
    // A link counts for its words, not its address.
    .replace(/\]\([^)]*\)/g, ']')
    // Expressions such as step={1}.
    .replace(/\{[^}]*\}/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read a number of words, rounded up: at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** Minutes to answer a number of readiness questions. */
export function answeringMinutes(questions: number): number {
  return Math.ceil(questions * MINUTES_PER_QUESTION);
}

/** A length of time as whole hours and minutes; past an hour, to the nearest five minutes (an estimate is not a timetable). */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: number } {
  const rounded = minutes < 60 ? Math.max(1, Math.round(minutes)) : Math.round(minutes / 5) * 5;
  return { hours: Math.floor(rounded / 60), minutes: rounded % 60 };
}
