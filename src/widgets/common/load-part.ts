// Loads a part of an island on first use. A tab left open while a new version is published may
// find that part gone from the server, and a page opened offline before the guide was ever kept
// for offline use may not reach it; then the page says it must be reloaded (OutOfDateNotice.tsx)
// instead of silently doing nothing.
import { atom } from 'nanostores';

/** What could not load: some of the page's code, or the question bank (load-question-bank.ts). */
export type LoadFailure = 'part' | 'questions';

/** Set once something the page needs failed to load; the question bank's failure is the one told. */
export const $outOfDate = atom<LoadFailure | undefined>();

/** Runs a load (a dynamic import, say), reporting a failure on the page (and still rejecting). */
export async function loadPart<T>(load: () => Promise<T>, failure: LoadFailure = 'part'): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ($outOfDate.get() !== 'questions') $outOfDate.set(failure);
    throw error;
  }
}
