import { describe, expect, it } from 'vitest';
import { citedAt, lastSentence, numberCitations, pageCitations } from './citations.ts';

describe('lastSentence', () => {
  it('takes the sentence a citation follows, without the punctuation before it', () => {
    expect(lastSentence('The fund was pooled. Eight organisations applied in the first year, ')).toBe('Eight organisations applied in the first year');
    expect(lastSentence('Four secondees were chosen;')).toBe('Four secondees were chosen');
    expect(lastSentence('It raised £776k. £1.2m followed')).toBe('£1.2m followed');
  });

  it('does not split after an abbreviation followed by a small letter', () => {
    expect(lastSentence('Staff from e.g. charities joined ')).toBe('Staff from e.g. charities joined');
  });
});

describe('numberCitations', () => {
  it('gives each distinct source and section one note, in order of first use', () => {
    const use = (source: string, section: string) => ({ kind: 'cite' as const, source, section, claim: '' });
    const { notes, uses } = numberCitations([use('003', 'A'), use('002', 'B'), use('003', 'A'), use('003', 'B')]);
    expect(notes).toEqual([
      { source: '003', section: 'A' },
      { source: '002', section: 'B' },
      { source: '003', section: 'B' },
    ]);
    expect(uses.map((u) => u.note)).toEqual([1, 2, 1, 3]);
  });
});

describe('citedAt', () => {
  it('lists every place a note is cited, so the note can link back to each', () => {
    const uses = [{ note: 1 }, { note: 2 }, { note: 1 }, { note: 3 }, { note: 1 }];
    expect(citedAt(uses, 1)).toEqual([1, 3, 5]);
    expect(citedAt(uses, 2)).toEqual([2]);
    expect(citedAt(uses, 4)).toEqual([]);
  });
});

describe('pageCitations', () => {
  it('fails with a message naming the page and the plugin when the plugin did not run', () => {
    expect(() => pageCitations({ title: 'The model' }, 'content/guide/model.mdx')).toThrow(/content\/guide\/model\.mdx.*citations plugin/);
  });
});
