// Which of the reader's assessments is the active one.
import type { Assessment } from './model.ts';

/** Most recently changed first. */
export function byRecent(list: Assessment[]): Assessment[] {
  return [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The chosen assessment, else the most recently changed, else none. */
export function chooseActive(list: Assessment[], id: string): Assessment | undefined {
  return list.find((a) => a.id === id) ?? byRecent(list)[0];
}
