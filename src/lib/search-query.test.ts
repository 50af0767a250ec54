import { describe, expect, it } from 'vitest';
import { chaptersFirst, combineResults, searchesFor, sectionsByRelevance, tidyExcerpt, type SearchTerms } from './search-query.ts';
import terms from '../../content/search-synonyms.json' with { type: 'json' };

const sample: SearchTerms = {
  groups: [
    ['memorandum of understanding', 'MOU'],
    ['civil society', 'civil society organisation', 'CSO'],
  ],
  ignore: ['a', 'of', 'the', 'with'],
};

describe('searchesFor', () => {
  const phrase = (words: string) => `"${words}"`;

  it('searches for an abbreviation by the words the guide uses too, held as a phrase', () => {
    expect(searchesFor('MOU', sample)).toEqual({
      own: 'mou',
      synonyms: [{ query: 'memorandum understanding', phrase: phrase('memorandum of understanding') }],
    });
  });

  it('runs the guide’s own words as they are', () => {
    expect(searchesFor('memorandum of understanding', sample)).toEqual({ own: 'memorandum understanding', synonyms: [] });
  });

  it('keeps the rest of the query around the term it replaces', () => {
    expect(searchesFor('Sign the MOU early', sample).synonyms).toEqual([
      { query: 'sign memorandum understanding early', phrase: phrase('memorandum of understanding') },
    ]);
  });

  it('replaces the longest term of a group, whole', () => {
    expect(searchesFor('civil society organisation', sample).synonyms).toEqual([{ query: 'civil society', phrase: phrase('civil society') }]);
    expect(searchesFor('CSO', sample).synonyms).toEqual([{ query: 'civil society', phrase: phrase('civil society') }]);
  });

  it('finds a term with a plural s, but not inside another word', () => {
    expect(searchesFor('MOUs', sample).synonyms).toHaveLength(1);
    expect(searchesFor('mouse', sample).synonyms).toEqual([]);
  });

  it('searches for each group a query touches', () => {
    expect(searchesFor('MOU with a CSO', sample).synonyms.map((s) => s.query)).toEqual(['memorandum understanding cso', 'mou civil society']);
  });

  it('leaves out common words only when others remain', () => {
    expect(searchesFor('the pooled fund', sample).own).toBe('pooled fund');
    expect(searchesFor('the', sample).own).toBe('the');
  });

  it('runs a quoted phrase as typed, without synonyms', () => {
    expect(searchesFor('"the MOU"', sample)).toEqual({ own: '"the mou"', synonyms: [] });
  });

  it('never runs more than five synonym searches', () => {
    const many: SearchTerms = { groups: Array.from({ length: 30 }, (_, i) => [`guide${i}`, `term${i}`]), ignore: [] };
    const query = Array.from({ length: 30 }, (_, i) => `term${i}`).join(' ');
    expect(searchesFor(query, many).synonyms).toHaveLength(5);
  });

  it('knows the abbreviations and other names the sector uses, from the content file', () => {
    const cases = [
      ['MOU', 'memorandum of understanding'],
      ['Greater London Authority', 'gla'],
      ['VCSE', 'civil society'],
      ['charity', 'civil society'],
      ['council', 'public body'],
      ['ToR', 'terms of reference'],
      ['FOI', 'freedom of information'],
      ['line manager', 'line management'],
    ];
    for (const [typed, meaning] of cases)
      expect(
        searchesFor(typed!, terms).synonyms.map((s) => s.phrase),
        typed,
      ).toContain(phrase(meaning!));
  });

  it('has no term in two groups, so a query never depends on which group is read first', () => {
    const all = terms.groups.flat().map((t) => t.toLowerCase());
    expect(all.filter((t, i) => all.indexOf(t) !== i)).toEqual([]);
  });
});

describe('combineResults', () => {
  const own = [
    { id: 'junk', score: 0.3, from: 'own' },
    { id: 'p1', score: 2, from: 'own' },
    { id: 'p2', score: 1, from: 'own' },
  ];

  it('without synonyms, is the query’s own results, best first', () => {
    expect(combineResults(own, [], new Set()).map((r) => r.id)).toEqual(['p1', 'p2', 'junk']);
  });

  it('puts pages with the reader’s own words first, then each page found through a synonym once, at its best', () => {
    const viaA = [
      { id: 'p2', score: 9, from: 'a' },
      { id: 'p3', score: 1, from: 'a' },
    ];
    const viaB = [
      { id: 'p3', score: 5, from: 'b' },
      { id: 'p4', score: 0.5, from: 'b' },
    ];
    expect(combineResults(own, [viaA, viaB], new Set(['p1', 'p2']))).toEqual([
      { id: 'p1', score: 2, from: 'own' },
      { id: 'p2', score: 1, from: 'own' },
      { id: 'p3', score: 5, from: 'b' },
      { id: 'p4', score: 0.5, from: 'b' },
    ]);
  });

  it('leaves out what the query found by a near spelling when it has synonyms', () => {
    const via = [{ id: 'p9', score: 4, from: 'a' }];
    expect(combineResults(own, [via], new Set()).map((r) => r.id)).toEqual(['p9']);
  });
});

describe('chaptersFirst', () => {
  it('puts chapters before other pages, keeping each part in order', () => {
    const results = [
      { id: 'sources', score: 9 },
      { id: 'step-2', score: 5 },
      { id: 'blank', score: 4 },
      { id: 'model', score: 1 },
    ];
    expect(chaptersFirst(results, new Set(['step-2', 'model'])).map((r) => r.id)).toEqual(['step-2', 'model', 'sources', 'blank']);
  });
});

describe('sectionsByRelevance', () => {
  // The page's words as pagefind numbers them, and sections holding the locations of matches.
  const words = 'Manage the secondment well. Management across two organisations. Formal line management stayed. Seniority and grade. Grade was low.'.split(
    ' ',
  );
  const section = (title: string, locations: number[], scores: number[], anchor = true) => ({
    url: `#${title}`,
    title,
    excerpt: '',
    anchor: anchor ? {} : undefined,
    locations,
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });
  const top = section('top', [0], [7], false);
  const management = section('management', [4, 9, 10], [1, 1, 1]);
  const grade = section('grade', [14, 15], [6, 1]);

  it('opens at the section holding most of the query’s words, in any of their forms', () => {
    expect(sectionsByRelevance([top, management, grade], words, 'line management').map((s) => s.title)[0]).toBe('management');
  });

  it('then at the section whose matches weigh most, then the earlier', () => {
    const again = section('again', [15], [1]);
    expect(sectionsByRelevance([top, management, grade, again], words, 'grades').map((s) => s.title)).toEqual(['grade', 'again', 'top', 'management']);
  });
});

describe('tidyExcerpt', () => {
  it('drops the space a removed citation marker left before punctuation', () => {
    expect(tidyExcerpt('stayed with their <mark>organisations</mark> . Then')).toBe('stayed with their <mark>organisations</mark>. Then');
    expect(tidyExcerpt('worked inside the GLA (GLA) , then value :')).toBe('worked inside the GLA (GLA), then value:');
    expect(tidyExcerpt('ends here .')).toBe('ends here.');
  });

  it('leaves ordinary spacing alone', () => {
    expect(tidyExcerpt('a (bracket) and 2.5 days; then “quote”')).toBe('a (bracket) and 2.5 days; then “quote”');
  });
});
