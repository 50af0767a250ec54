// The source documents, and the check every citation goes through.
import { getCollection } from 'astro:content';

export type Source = Awaited<ReturnType<typeof getSources>>[number];

/** The five source documents in id order. */
export async function getSources() {
  const entries = await getCollection('sources');
  return entries.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** The source a citation names; fails the build with a clear message when it does not exist. */
export async function resolveCitation(sourceId: unknown, section: unknown, where: string): Promise<Source> {
  const sources = await getSources();
  const source = sources.find((s) => s.id === sourceId);
  if (!source) {
    throw new Error(
      `${where}: unknown source id "${String(sourceId)}". Use one of ${sources.map((s) => `"${s.id}"`).join(', ')} (content/sources.yaml).`,
    );
  }
  if (typeof section !== 'string' || !source.sections.includes(section)) {
    throw new Error(
      `${where}: source ${source.id} has no section "${String(section)}". Copy a section name exactly from content/sources.yaml.`,
    );
  }
  return source;
}
