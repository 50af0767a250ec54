// Before the first question: what is on the agenda, and whether names are hidden. Nothing is
// stored until the partners begin, so leaving here changes nothing.
import { meeting as copy } from '../../../../content/ui/meeting.json';
import { compare as compareCopy } from '../../../../content/ui/compare.json';
import { phases as phaseNames } from '../../../../content/ui/common.json';
import type { ComparedRow } from '../../../lib/compare.ts';
import { commonPhase, planAgenda } from '../../../lib/meeting.ts';
import type { Phase } from '../../../lib/model.ts';
import { inPhase } from '../../../lib/scoring.ts';
import { plural } from '../../../lib/plural.ts';
import { fill } from '../../../lib/text.ts';

interface Props {
  rows: readonly ComparedRow[];
  hideNames: boolean;
  onHideNames: (hide: boolean) => void;
  phases: readonly Phase[];
  failed: boolean;
  onBegin: () => void;
}

export function MeetingSetup({ rows, hideNames, onHideNames, phases, failed, onBegin }: Props) {
  const phase = commonPhase(phases);
  const { agenda, rest } = planAgenda(rows, phase);
  const disagree = rows.filter((r) => agenda.includes(r.question.id) && r.agreement === 'disagree').length;
  const later = rows.some((r) => !inPhase(r.question, phase));
  return (
    <div class="meeting-setup">
      <h3>{copy.setupHeading}</h3>
      <p class="meeting-setup__agenda">{agenda.length ? fill(copy.agenda, { disagree, gaps: agenda.length - disagree }) : copy.noAgenda}</p>
      {rest.length > 0 && <p>{plural(copy.rest, rest.length)}</p>}
      {later && <p>{fill(copy.phaseNote, { phase: phaseNames[phase] })}</p>}
      <div class="choice-with-hint">
        <label class="choice">
          <input type="checkbox" checked={hideNames} aria-describedby="meeting-names-hint" onChange={(e) => onHideNames(e.currentTarget.checked)} />
          <span>{compareCopy.hideNames}</span>
        </label>
        <p class="field__hint" id="meeting-names-hint">
          {copy.namesHidden}
        </p>
      </div>
      {failed && (
        <p role="alert" class="notice notice--warning">
          {copy.startFailed}
        </p>
      )}
      <button type="button" class="button meeting__primary" onClick={onBegin}>
        {copy.begin}
      </button>
    </div>
  );
}
