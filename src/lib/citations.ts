// Finds the citations in a chapter's MDX source, so each page can number its notes and the
// sources page can list every cited fact without anyone typing a citation twice.
// Citation components take plain string attributes only (content authoring rule), which is
// what makes reading them from the source text reliable.

export type CitationKind = 'cite' | 'figure' | 'quote';

/** One use of a source in a chapter. */
export interface CitationUse {
  kind: CitationKind;
  source: string;
  section: string;
  /** What the source backs: the sentence before a Cite, a key figure, or the quoted words. */
  claim: string;
}

const TAG = /<(Cite|KeyFigure|Quote)\b((?:[^>"]|"[^"]*")*?)(\/?)>/g;
const KINDS: Record<string, CitationKind> = { Cite: 'cite', KeyFigure: 'figure', Quote: 'quote' };

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** Markdown and MDX reduced to the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:[-*+]|\d+\.|#+)\s+/gm, '')
    .replace(/\\([{}<>])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentence a citation follows: the text since the paragraph or the previous sentence ended. */
function sentenceBefore(source: string, index: number): string {
  const paragraphStart = Math.max(source.lastIndexOf('\n\n', index), source.lastIndexOf('>\n', index));
  const text = plainText(source.slice(paragraphStart + 1, index));
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z“"‘'(£0-9])/);
  return (sentences.at(-1) ?? text).replace(/[\s,;:]+$/, '');
}

/** Every citation in an MDX body, in the order they appear. */
export function extractCitations(mdx: string): CitationUse[] {
  const uses: CitationUse[] = [];
  for (const match of mdx.matchAll(TAG)) {
    const [whole, name = '', attributes = '', selfClosing] = match;
    const source = attribute(attributes, 'source');
    const section = attribute(attributes, 'section');
    if (source === undefined || section === undefined) continue;
    const kind = KINDS[name]!;
    let claim: string;
    if (kind === 'figure') {
      claim = `${attribute(attributes, 'value') ?? ''} ${attribute(attributes, 'label') ?? ''}`.trim();
    } else if (kind === 'quote' && !selfClosing) {
      const end = mdx.indexOf('</Quote>', match.index + whole.length);
      claim = `“${plainText(mdx.slice(match.index + whole.length, end))}”`;
    } else {
      claim = sentenceBefore(mdx, match.index);
    }
    uses.push({ kind, source, section, claim });
  }
  return uses;
}

/** A page's numbered notes: one per distinct source and section, in order of first use. */
export function numberNotes(uses: readonly CitationUse[]): { source: string; section: string }[] {
  const notes: { source: string; section: string }[] = [];
  for (const use of uses) {
    if (!notes.some((n) => n.source === use.source && n.section === use.section)) {
      notes.push({ source: use.source, section: use.section });
    }
  }
  return notes;
}
