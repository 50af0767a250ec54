// A citation's source, note number and place on the page, as the citations plugin
// (src/build/citations-plugin.ts) wrote them into the chapter's syntax tree.
import type { AstroGlobal } from 'astro';
import { resolveCitation, type Source } from '../../data/sources.ts';
import { citationId, noteId } from '../../lib/citations.ts';

/** The cited source, where its note is and the id a note's back-link returns to; fails the build on a bad citation. */
export async function citation(
  astro: AstroGlobal,
  component: string,
): Promise<{ source: Source; section: string; number: number; noteHref: string; id: string }> {
  const { source: id, section, note, use } = astro.props as { source?: unknown; section?: unknown; note?: unknown; use?: unknown };
  const where = `<${component} source="${String(id)}"> on ${astro.url.pathname}`;
  const source = await resolveCitation(id, section, where);
  const number = Number(note);
  const place = Number(use);
  if (![number, place].every((n) => Number.isInteger(n) && n >= 1)) {
    throw new Error(`${where}: it has no note number. Citations are numbered by the citations plugin, which reads MDX chapters only.`);
  }
  return { source, section: section as string, number, noteHref: `#${noteId(number)}`, id: citationId(place) };
}
