// Says the page must be reloaded when something it needs could not load (see load-part.ts). Inside
// a live region already (the storage notices), it is plain; on its own it is an alert.
import { useStore } from '@nanostores/preact';
import { outOfDate as copy } from '../../../content/ui/common.json';
import { $outOfDate } from './load-part.ts';

export function OutOfDateNotice({ alert = true }: { alert?: boolean }) {
  const outOfDate = useStore($outOfDate);
  if (!outOfDate) return null;
  return (
    <div class="notice notice--warning" role={alert ? 'alert' : undefined}>
      <p>{outOfDate === 'questions' ? copy.questions : copy.message}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        {copy.reload}
      </button>
    </div>
  );
}
