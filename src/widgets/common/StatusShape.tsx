// The shape that goes with a readiness status, so status never rests on colour or words alone.
import type { StepStatus } from '../../lib/scoring.ts';

const FILLS: Record<StepStatus, string> = {
  'not-started': '',
  later: '',
  'not-ready': '',
  'nearly-ready': 'M9 2.5a6.5 6.5 0 0 1 0 13z',
  ready: 'M9 2.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z',
};

/** A ring, dashed when not started or for later, half filled when nearly ready, full when ready. */
export function StatusShape({ status }: { status: StepStatus }) {
  return (
    <svg class="status-shape" aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 18 18">
      <circle
        cx="9"
        cy="9"
        r="6.5"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-dasharray={status === 'not-started' || status === 'later' ? '2.5 2.5' : undefined}
      />
      {FILLS[status] && <path d={FILLS[status]} fill="currentColor" />}
    </svg>
  );
}
