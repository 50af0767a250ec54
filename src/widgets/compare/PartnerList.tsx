// The partners whose files are loaded: a card each with its label and a Remove button, then the
// choices that apply to them all (hide names, keep on this device, remove all).
import { useStore } from '@nanostores/preact';
import { compare as copy } from '../../../content/ui/compare.json';
import { roles as roleNames } from '../../../content/ui/common.json';
import { LIMITS, type Question } from '../../lib/model.ts';
import { scoreAssessment } from '../../lib/scoring.ts';
import { plural } from '../../lib/plural.ts';
import { fill } from '../../lib/text.ts';
import { $hideNames, $keepFiles, setHideNames, setKeepFiles, setLabel, type PartnerFile } from '../../stores/compare.ts';
import { Confirmable } from '../common/Confirmable.tsx';
import { letterName } from './comparison-text.ts';

/** The id of a partner's Remove button, for moving focus after a removal. */
export const removeButtonId = (index: number) => `compare-remove-${index}`;

interface Props {
  partners: PartnerFile[];
  /** Each partner's name as shown (see partnerName). */
  names: string[];
  /** The question bank, to count each partner's answers as their checklist does. */
  questions: readonly Question[];
  onRemove: (index: number) => void;
  onRemoveAll: () => void;
}

/** A partner's answers counted as their checklist counts them (for their role and phase), and apart those for other partners. */
function Counts({ questions, partner }: { questions: readonly Question[]; partner: PartnerFile }) {
  const { answered, total, forOthers } = scoreAssessment(questions, partner.assessment);
  return (
    <>
      <p class="partner-card__count">{fill(copy.counted, { answered, total })}</p>
      {forOthers > 0 && <p class="partner-card__meta">{plural(copy.forOthers, forOthers)}</p>}
    </>
  );
}

export function PartnerList({ partners, names, questions, onRemove, onRemoveAll }: Props) {
  const hideNames = useStore($hideNames);
  const keep = useStore($keepFiles);
  return (
    <section class="compare-partners" aria-labelledby="compare-partners-heading">
      <h2 id="compare-partners-heading">{copy.partnersHeading}</h2>
      <ol class="partner-list" aria-labelledby="compare-partners-heading">
        {partners.map((p, i) => (
          <li key={p.assessment.id} class="partner-card">
            <h3 class="partner-card__title">{letterName(i)}</h3>
            <p>{fill(copy.answeredAs, { role: roleNames[p.assessment.perspective] })}</p>
            {!hideNames && (
              <div class="field partner-card__label print-hidden">
                <label for={`compare-label-${i}`}>
                  {copy.labelField}
                  <span class="visually-hidden"> {fill(copy.labelFor, { name: letterName(i) })}</span>
                </label>
                <input
                  id={`compare-label-${i}`}
                  type="text"
                  maxLength={LIMITS.name}
                  value={p.label}
                  onInput={(e) => setLabel(p.assessment.id, e.currentTarget.value)}
                />
              </div>
            )}
            {!hideNames && <p class="print-only partner-card__name">{names[i]}</p>}
            <Counts questions={questions} partner={p} />
            {!hideNames && p.fileName && <p class="partner-card__meta">{p.fileName}</p>}
            <button type="button" id={removeButtonId(i)} class="button button--secondary" onClick={() => onRemove(i)}>
              {copy.remove}
              <span class="visually-hidden"> {names[i]}</span>
            </button>
          </li>
        ))}
      </ol>
      <div class="compare-options print-hidden">
        <div class="choice-with-hint">
          <label class="choice">
            <input type="checkbox" checked={hideNames} aria-describedby="hide-names-hint" onChange={(e) => setHideNames(e.currentTarget.checked)} />
            <span>{copy.hideNames}</span>
          </label>
          <p class="field__hint" id="hide-names-hint">
            {copy.hideNamesHint}
          </p>
        </div>
        <div class="choice-with-hint">
          <label class="choice">
            <input type="checkbox" checked={keep} aria-describedby="keep-hint" onChange={(e) => setKeepFiles(e.currentTarget.checked)} />
            <span>{copy.keep}</span>
          </label>
          <p class="field__hint" id="keep-hint">
            {copy.keepHint}
          </p>
        </div>
        {/* Files only on this page go at once; kept ones are asked about first, with Cancel
            focused, because removing them reaches every tab and cannot be undone. */}
        <Confirmable
          id="compare-clear"
          label={copy.clear}
          confirmLabel={copy.confirmClearButton}
          cancelLabel={copy.cancel}
          message={plural(copy.confirmClear, partners.length)}
          onConfirm={onRemoveAll}
          askFirst={keep}
          focus="cancel"
        />
      </div>
    </section>
  );
}
