import { describe, expect, it } from 'vitest';
import { answeringMinutes, countWords, hoursAndMinutes, readingMinutes, WORDS_PER_MINUTE } from './time-estimate.ts';

describe('countWords', () => {
  it('counts the words of the text, not Markdown marks', () => {
    expect(countWords('## Why it matters\n\n- **Shared goals** – agreed by all.\n')).toBe(8);
  });

  it('counts a link for its words, not its address', () => {
    expect(countWords('See [the model](/model/) first.')).toBe(4);
  });

  it('leaves out code and the names and ids in tags, but counts what a tag shows', () => {
    const mdx = [
      "import X from './x.ts';",
      'Four secondees joined <Cite source="003" section="How was the Initiative designed?" />.',
      '<KeyFigure value="14" label="secondments funded" source="001" section="The impact" />',
      '<StepAssessment step={1} />',
      '<TimelineEvent date="2017" title="Pooled fund launched">',
      'Text inside.',
      '</TimelineEvent>',
    ].join('\n');
    // "Four secondees joined." 3, "14 secondments funded" 3, "2017 Pooled fund launched" 4, "Text inside." 2
    expect(countWords(mdx)).toBe(12);
  });
});

describe('the estimates', () => {
  it('rounds reading time up, to at least a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
  });

  it('gives each question its minute', () => {
    expect(answeringMinutes(9)).toBe(9);
  });

  it('keeps minutes under an hour and rounds longer times to five minutes', () => {
    expect(hoursAndMinutes(47)).toEqual({ hours: 0, minutes: 47 });
    expect(hoursAndMinutes(0)).toEqual({ hours: 0, minutes: 1 });
    expect(hoursAndMinutes(128)).toEqual({ hours: 2, minutes: 10 });
    expect(hoursAndMinutes(121)).toEqual({ hours: 2, minutes: 0 });
  });
});
