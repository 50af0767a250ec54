// The guide's pages in reading order, with their addresses.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { StepNumber } from '../lib/model.ts';

export type ChapterEntry = CollectionEntry<'guide'>;

export interface Chapter {
  entry: ChapterEntry;
  /** Site path without the base, e.g. "/steps/1-shared-goals/". */
  path: string;
  title: string;
  /** The title without its "Step N: " prefix, for where the step number is shown apart. */
  heading: string;
  navTitle: string;
  step?: StepNumber;
}

/** Pages read in order, before and after the five steps; the rest are reached from the footer. */
const BEFORE_STEPS = ['index', 'model', 'starting'];
const AFTER_STEPS = ['case-study'];

function toChapter(entry: ChapterEntry): Chapter {
  return {
    entry,
    path: entry.id === 'index' ? '/' : `/${entry.id}/`,
    title: entry.data.title,
    heading: entry.data.title.replace(/^Step \d+:\s*/, ''),
    navTitle: entry.data.navTitle ?? entry.data.title,
    step: entry.data.step as StepNumber | undefined,
  };
}

/** Every guide page. */
export async function getChapters(): Promise<Chapter[]> {
  return (await getCollection('guide')).map(toChapter);
}

/** The five step chapters in order; fails the build unless there is exactly one per step. */
export async function getSteps(): Promise<Chapter[]> {
  const steps = (await getChapters()).filter((c) => c.step).sort((a, b) => a.step! - b.step!);
  const numbers = steps.map((s) => s.step).join(',');
  if (numbers !== '1,2,3,4,5') throw new Error(`content/guide/steps: expected one chapter for each step 1 to 5, found steps ${numbers}.`);
  return steps;
}

/** Home, the model, starting in your place, the five steps and the case study, in reading order. */
export async function getReadingOrder(): Promise<Chapter[]> {
  const chapters = await getChapters();
  const byId = (id: string) => {
    const found = chapters.find((c) => c.entry.id === id);
    if (!found) throw new Error(`content/guide/${id}.mdx is missing.`);
    return found;
  };
  return [...BEFORE_STEPS.map(byId), ...(await getSteps()), ...AFTER_STEPS.map(byId)];
}
