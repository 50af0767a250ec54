// Looks up a citation's note number on the page being rendered.
import type { AstroGlobal } from 'astro';
import { resolveCitation, type Source } from '../../data/sources.ts';

/** The cited source and its note number; fails the build with a clear message on a bad citation. */
export async function citation(astro: AstroGlobal, component: string): Promise<{ source: Source; section: string; number: number }> {
  const { source: id, section } = astro.props as { source?: unknown; section?: unknown };
  const where = `<${component} source="${String(id)}"> on ${astro.url.pathname}`;
  const source = await resolveCitation(id, section, where);
  const notes = astro.locals.notes;
  const index = notes?.findIndex((n) => n.source === id && n.section === section) ?? -1;
  if (index < 0) {
    throw new Error(`${where}: citation not found in the page's notes. Write source and section as plain "quoted" strings.`);
  }
  return { source, section: section as string, number: index + 1 };
}
