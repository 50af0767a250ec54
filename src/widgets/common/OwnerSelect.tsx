// Which partner owns an action: the same native select on the checklist's plan and in the
// partners' meeting, so both offer the same owners in the same order.
import { roles as roleNames } from '../../../content/ui/common.json';
import { OWNERS, type Owner } from '../../lib/model.ts';

interface Props {
  id: string;
  value: Owner | undefined;
  /** The first option's words, for an action with no owner yet. */
  noneLabel: string;
  onChange: (owner: Owner | undefined) => void;
}

export function OwnerSelect({ id, value, noneLabel, onChange }: Props) {
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange((e.currentTarget.value || undefined) as Owner | undefined)}>
      <option value="">{noneLabel}</option>
      {OWNERS.map((owner) => (
        <option key={owner} value={owner}>
          {roleNames[owner]}
        </option>
      ))}
    </select>
  );
}
