// A part of an island whose code loads the first time it is needed, such as the checklist's
// report, which a reader with no assessment never sees.
import { useEffect, useState } from 'preact/hooks';
import { loadPart } from './load-part.ts';

/** The part once `needed` has been true and its file has arrived; undefined until then. */
export function usePart<T>(needed: boolean, load: () => Promise<T>): T | undefined {
  const [part, setPart] = useState<T>();
  useEffect(() => {
    if (!needed || part) return;
    // A failure is shown by loadPart (OutOfDateNotice); the part stays away.
    loadPart(load)
      .then((loaded) => setPart(() => loaded))
      .catch(() => undefined);
  }, [needed]);
  return part;
}
