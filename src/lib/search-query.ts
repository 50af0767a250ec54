// What the search box does with a query before and after pagefind: the searches to run for it
// (with the sector's synonyms and abbreviations, content/search-synonyms.json), how their results
// combine, where each result should land and how its excerpt reads.

/**
 * content/search-synonyms.json: groups of terms that mean the same, each led by the words the
 * guide itself uses, and words too common to search for.
 */
export interface SearchTerms {
  groups: string[][];
  ignore: string[];
}

/** A search result as pagefind returns it, before its text is loaded. */
export interface Ranked {
  id: string;
  score: number;
}

/** A part of a page pagefind found matches in: the page's top, or a section that starts at a heading. */
export interface Section {
  url: string;
  title: string;
  excerpt: string;
  /** Present for a section under a heading; absent for the text before the page's first heading. */
  anchor?: unknown;
  /** Where its matches are, counted in words from the start of the page's text. */
  locations: number[];
  weighted_locations: { balanced_score: number }[];
}

/** At most this many synonym searches run for one query, whatever the synonym list grows to. */
const MAX_SYNONYMS = 5;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `term` stands as whole words in `query` (a plural "s" allowed), or undefined. */
function findTerm(query: string, term: string): { start: number; end: number } | undefined {
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escape(normalise(term))}s?(?![\\p{L}\\p{N}])`, 'u').exec(query);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** The query without words too common to help, unless nothing else is left. */
function withoutCommonWords(query: string, ignore: string[]): string {
  const common = new Set(ignore.map(normalise));
  const kept = query.split(' ').filter((word) => !common.has(word));
  return kept.length ? kept.join(' ') : query;
}

/** The searches pagefind runs for one query. */
export interface Searches {
  /** The query as typed, in lower case, less common words; a quoted query stays an exact phrase. */
  own: string;
  /**
   * For each synonym group with a term in the query: the query with the group's first term (the
   * guide's own words) in its place, and those words as an exact phrase that a page found this
   * way must hold, so "sign the MOU" finds pages that say "memorandum of understanding", not
   * every page that says "sign".
   */
  synonyms: { query: string; phrase: string }[];
}

/** The searches to run for what the reader typed ("MOU" is also searched as "memorandum of understanding"). */
export function searchesFor(typed: string, terms: SearchTerms): Searches {
  const query = normalise(typed);
  if (/^".+"$/.test(query)) return { own: query, synonyms: [] };
  const synonyms: Searches['synonyms'] = [];
  for (const [guideWords, ...others] of terms.groups) {
    if (!guideWords) continue;
    // The longest term first, so "civil society organisation" is replaced whole, not as "civil society".
    const found = [guideWords, ...others]
      .sort((a, b) => b.length - a.length)
      .map((term) => ({ term, at: findTerm(query, term) }))
      .find(({ at }) => at);
    if (!found?.at || found.term === guideWords) continue;
    const replaced = query.slice(0, found.at.start) + normalise(guideWords) + query.slice(found.at.end);
    synonyms.push({ query: withoutCommonWords(replaced, terms.ignore), phrase: `"${normalise(guideWords)}"` });
  }
  return { own: withoutCommonWords(query, terms.ignore), synonyms: synonyms.slice(0, MAX_SYNONYMS) };
}

/**
 * The results of the searches for one query as one list. Without synonyms, the query's own
 * results. With them, the pages that hold the reader's own words (`exact`, from an exact-phrase
 * search) come first, in the query's order; then the pages found through the guide's words for
 * them, each once at its best score. The query's other results are left out: for a word the guide
 * never uses (an abbreviation, say) pagefind falls back to near spellings, so "ToR" would bring
 * every page with "to".
 */
export function combineResults<T extends Ranked>(own: T[], viaSynonyms: T[][], exact: ReadonlySet<string>): T[] {
  const byScore = (a: T, b: T) => b.score - a.score;
  if (viaSynonyms.length === 0) return [...own].sort(byScore);
  const literal = own.filter((result) => exact.has(result.id)).sort(byScore);
  const best = new Map<string, T>();
  for (const result of viaSynonyms.flat()) {
    const kept = best.get(result.id);
    if (!exact.has(result.id) && (!kept || result.score > kept.score)) best.set(result.id, result);
  }
  return [...literal, ...[...best.values()].sort(byScore)];
}

/** The same results with the guide's chapters first; within each part the order stays as it was. */
export function chaptersFirst<T extends Ranked>(results: T[], chapterIds: ReadonlySet<string>): T[] {
  return [...results.filter((r) => chapterIds.has(r.id)), ...results.filter((r) => !chapterIds.has(r.id))];
}

const weight = (section: Section) => section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/** Letters and digits only, lower case: "Management," is "management". */
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a word on the page is the query word or a form of it. Pagefind matches on word stems,
 * which the browser does not have; a shared start of five letters (or the whole of the shorter
 * word) stands in: "manager" and "management", "grade" and "grades", "fund" and "funders".
 */
function sameStem(a: string, b: string): boolean {
  const needed = Math.min(a.length, b.length, 5);
  let shared = 0;
  while (shared < needed && a[shared] === b[shared]) shared += 1;
  return needed > 0 && shared === needed;
}

/**
 * A page's matching sections, the one a result should open at first. The section with the most
 * of the query's words wins ("line management" opens at the section with both, not at the page
 * whose title says "Manage"); then the one whose matches weigh most (a heading's words weigh
 * more than a paragraph's); then the earlier one. `words` is the page's text split as pagefind
 * numbers its words (`content` on a result's data), `query` the search that found the page.
 */
export function sectionsByRelevance<T extends Section>(sections: T[], words: string[], query: string): T[] {
  const wanted = [...new Set(query.split(' ').map(bare).filter(Boolean))];
  const covered = (section: T) => {
    const found = section.locations.map((at) => bare(words[at] ?? ''));
    return wanted.filter((term) => found.some((word) => sameStem(term, word))).length;
  };
  return sections
    .map((section, order) => ({ section, order, covered: covered(section), weight: weight(section) }))
    .sort((a, b) => b.covered - a.covered || b.weight - a.weight || a.order - b.order)
    .map(({ section }) => section);
}

/**
 * Pagefind's excerpt (HTML holding only <mark> highlights), without the space a citation marker
 * left behind when the index dropped it: "stayed with their organisations ." reads "organisations.".
 */
export function tidyExcerpt(excerpt: string): string {
  return excerpt.replace(/\s+(?=[.,;:!?)](?:\s|<|$))/g, '');
}
