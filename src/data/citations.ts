// Each chapter's citations, as the citations plugin handed them to it through its frontmatter.
import { render } from 'astro:content';
import type { Chapter } from './chapters.ts';
import { pageCitations, type PageCitations } from '../lib/citations.ts';

/** A chapter's numbered notes and every use of a source in it, in order. */
export async function getCitations(chapter: Chapter): Promise<PageCitations> {
  const { remarkPluginFrontmatter } = await render(chapter.entry);
  return pageCitations(remarkPluginFrontmatter, `content/guide/${chapter.entry.id}.mdx`);
}
