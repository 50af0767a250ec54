// A chapter's citations, as the citations plugin (src/build/citations-plugin.ts) finds them in
// its MDX syntax tree and hands them to the page through the page's frontmatter: the numbered
// notes the page ends with, and every use of a source, which the sources pages list.

export type CitationKind = 'cite' | 'figure' | 'quote';

/** One numbered note: note n is notes[n - 1]. */
export interface Note {
  source: string;
  section: string;
}

/** One use of a source in a chapter. */
export interface CitationUse extends Note {
  kind: CitationKind;
  /** What the source backs: the sentence before a Cite, a key figure, or the quoted words. */
  claim: string;
  /** The number of the page's note it links to. */
  note: number;
}

/** The id of a page's note n, which its citations link to. */
export const noteId = (note: number) => `note-${note}`;

/** The id of the page's nth citation, which its note links back to. */
export const citationId = (use: number) => `cite-${use}`;

/** Where a note is cited on its page: the places (1-based) of the citations that link to it. */
export function citedAt(uses: readonly Pick<CitationUse, 'note'>[], note: number): number[] {
  return uses.flatMap((use, i) => (use.note === note ? [i + 1] : []));
}

/** What the plugin writes into a chapter's frontmatter, under `citations`. */
export interface PageCitations {
  notes: Note[];
  uses: CitationUse[];
}

/**
 * The last sentence of a run of text, without the punctuation before a citation: the words
 * a <Cite> placed after them backs.
 */
export function lastSentence(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  const sentences = words.split(/(?<=[.!?])\s+(?=[A-Z“"‘'(£0-9])/);
  return (sentences.at(-1) ?? words).replace(/[\s,;:]+$/, '');
}

/** Gives each use its note: one note per distinct source and section, in order of first use. */
export function numberCitations(uses: readonly Omit<CitationUse, 'note'>[]): PageCitations {
  const notes: Note[] = [];
  const numbered = uses.map((use) => {
    let at = notes.findIndex((n) => n.source === use.source && n.section === use.section);
    if (at < 0) at = notes.push({ source: use.source, section: use.section }) - 1;
    return { ...use, note: at + 1 };
  });
  return { notes, uses: numbered };
}

/** A rendered chapter's citations; fails the build if the plugin did not run on it. */
export function pageCitations(frontmatter: Record<string, unknown>, where: string): PageCitations {
  const citations = frontmatter.citations as PageCitations | undefined;
  if (!citations || !Array.isArray(citations.notes) || !Array.isArray(citations.uses)) {
    throw new Error(
      `${where}: no citations in its frontmatter. The citations plugin (src/build/citations-plugin.ts) must be in astro.config.mjs's markdown processor.`,
    );
  }
  return citations;
}
