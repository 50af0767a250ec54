// Tells the reader when answers are not being kept, or when stored data needs attention.
import { useStore } from '@nanostores/preact';
import { storage as copy } from '../../../content/ui/assessment.json';
import { $storageState } from '../../stores/storage.ts';
import { $storageProblems, setAsideDamaged } from '../../stores/assessments.ts';

/** Every storage problem this page knows of, each with what the reader can do. */
export function StorageNotice() {
  const state = useStore($storageState);
  const problems = useStore($storageProblems);
  return (
    <div class="storage-notices" role="alert">
      {state === 'blocked' && <p class="notice notice--warning">{copy.blocked}</p>}
      {state === 'full' && <p class="notice notice--warning">{copy.full}</p>}
      {problems.newer.length > 0 && (
        <div class="notice notice--warning">
          <p>{copy.newer}</p>
          <button type="button" class="button button--secondary" onClick={() => location.reload()}>{copy.reload}</button>
        </div>
      )}
      {problems.damaged.length > 0 && (
        <div class="notice notice--warning">
          <p>{copy.damaged}</p>
          <button type="button" class="button button--secondary" onClick={() => problems.damaged.forEach(setAsideDamaged)}>{copy.setAside}</button>
        </div>
      )}
    </div>
  );
}
