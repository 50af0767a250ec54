// Where the partnership is in its programme's life: the reader says, and readiness is judged for
// that phase everywhere. Native radios, saved as soon as one is chosen.
import { useEffect, useState } from 'preact/hooks';
import { phaseChooser as copy } from '../../../content/ui/checklist.json';
import { phases as phaseNames } from '../../../content/ui/common.json';
import { PHASES, type Assessment } from '../../lib/model.ts';
import { fill } from '../../lib/text.ts';
import { setPhase } from '../../stores/assessments.ts';

export function PhaseChooser({ assessment, idPrefix }: { assessment: Assessment; idPrefix: string }) {
  const [said, setSaid] = useState('');
  // The choice shows at once: the stored assessment reaches this component a moment later, and
  // until then the radio the reader pressed must not flick back. A change from another tab wins.
  const [chosen, setChosen] = useState(assessment.phase);
  useEffect(() => setChosen(assessment.phase), [assessment.phase]);
  return (
    <fieldset class="phase-chooser" aria-describedby={`${idPrefix}-hint`}>
      <legend class="phase-chooser__legend">{copy.legend}</legend>
      <p class="field__hint" id={`${idPrefix}-hint`}>
        {copy.hint}
      </p>
      <div class="phase-chooser__options">
        {PHASES.map((phase, i) => (
          <label class="choice phase-chooser__option" key={phase}>
            <input
              type="radio"
              name={`${idPrefix}-phase`}
              value={phase}
              checked={chosen === phase}
              onChange={() => {
                setChosen(phase);
                setPhase(assessment.id, phase);
                setSaid(fill(copy.saved, { phase: phaseNames[phase] }));
              }}
            />
            <span>
              <span class="phase-chooser__number">{i + 1}</span> {phaseNames[phase]}
            </span>
          </label>
        ))}
      </div>
      <p role="status" class="phase-chooser__status">
        {said}
      </p>
    </fieldset>
  );
}
