// A citation's source and note number, as the citations plugin (src/build/citations-plugin.ts)
// numbered it in the chapter's syntax tree.
import type { AstroGlobal } from 'astro';
import { resolveCitation, type Source } from '../../data/sources.ts';

/** The cited source and its note number; fails the build with a clear message on a bad citation. */
export async function citation(astro: AstroGlobal, component: string): Promise<{ source: Source; section: string; number: number }> {
  const { source: id, section, note } = astro.props as { source?: unknown; section?: unknown; note?: unknown };
  const where = `<${component} source="${String(id)}"> on ${astro.url.pathname}`;
  const source = await resolveCitation(id, section, where);
  const number = Number(note);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`${where}: it has no note number. Citations are numbered by the citations plugin, which reads MDX chapters only.`);
  }
  return { source, section: section as string, number };
}
