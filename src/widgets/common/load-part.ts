// Loads a part of an island on first use. A tab left open while a new version is published may
// find that part gone from the server; then the page says it must be reloaded instead of
// silently doing nothing.
import { atom } from 'nanostores';

/** True once a part of the page failed to load because the site changed under it. */
export const $outOfDate = atom(false);

/** Runs a dynamic import, reporting a failure on the page (and still rejecting). */
export async function loadPart<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    $outOfDate.set(true);
    throw error;
  }
}
