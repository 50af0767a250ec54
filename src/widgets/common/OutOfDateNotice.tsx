// Says the page must be reloaded when a part of it could not load (see load-part.ts).
import { useStore } from '@nanostores/preact';
import { storage as copy } from '../../../content/ui/assessment.json';
import { $outOfDate } from './load-part.ts';

export function OutOfDateNotice() {
  const outOfDate = useStore($outOfDate);
  return (
    <div role="alert">
      {outOfDate && (
        <div class="notice notice--warning">
          <p>{copy.outOfDate}</p>
          <button type="button" class="button" onClick={() => location.reload()}>{copy.reload}</button>
        </div>
      )}
    </div>
  );
}
