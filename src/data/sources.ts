// The source documents, and the check every citation goes through.
import { getCollection } from 'astro:content';
import { checkCitation } from '../lib/content-checks.ts';

export type Source = Awaited<ReturnType<typeof getSources>>[number];

/** The five source documents in id order. */
export async function getSources() {
  const entries = await getCollection('sources');
  return entries.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** The source a citation names; fails the build with a clear message when it does not exist. */
export async function resolveCitation(sourceId: unknown, section: unknown, where: string): Promise<Source> {
  return checkCitation(await getSources(), sourceId, section, where);
}
