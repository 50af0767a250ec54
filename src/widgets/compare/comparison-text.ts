// The comparison in words: partners' names, answers and agreement, the same on the page and in
// the CSV it exports.
import { answers as answerNames, roles as roleNames } from '../../../content/ui/common.json';
import { compare as copy } from '../../../content/ui/compare.json';
import { partnerLetter, type Cell, type ComparedRow } from '../../lib/compare.ts';
import type { Assessment } from '../../lib/model.ts';
import { fill } from '../../lib/text.ts';
import type { PartnerFile } from '../../stores/compare.ts';

/** "Partner A", "Partner B", … */
export const letterName = (index: number) => fill(copy.partner, { letter: partnerLetter(index) });

/** The label a file gets when it arrives: the organisation, else the role and the place. */
export function defaultLabel(assessment: Pick<Assessment, 'organisation' | 'perspective' | 'place'>): string {
  const organisation = assessment.organisation.trim();
  return organisation || [roleNames[assessment.perspective], assessment.place.trim()].filter(Boolean).join(', ');
}

/**
 * Every partner's name as shown: their label, or "Partner A" when names are hidden or the label
 * is empty. Two partners with the same label (two funders in Leeds who gave no organisation)
 * each get their letter too, so no two columns read alike.
 */
export function partnerNames(partners: readonly PartnerFile[], hide: boolean): string[] {
  const labels = partners.map((p) => (hide ? '' : p.label.trim()));
  return labels.map((label, i) => {
    if (!label) return letterName(i);
    return labels.filter((l) => l === label).length > 1 ? fill(copy.sameLabel, { name: label, letter: letterName(i) }) : label;
  });
}

/** A partner's column: their name as shown and their role. */
export interface Column {
  name: string;
  role: string;
}

/** Whether a column shows its role under the name: unless the name already says it ("Funder, Leeds"). */
export const showsRole = (column: Column) => !column.name.includes(column.role);

/** A partner's name in one line, as the talking points and the CSV give it: with the role unless the name says it. */
export function columnName(column: Column): string {
  return showsRole(column) ? fill(copy.nameWithRole, { name: column.name, role: column.role }) : column.name;
}

/** An answer's words alone: "Not yet", "Not answered", or "Not asked" for a question outside the partner's role left unanswered. */
export const answerWords = (cell: Cell) => (!cell.asked && cell.answer === 'none' ? copy.notAsked : answerNames[cell.answer]);

/** The partner answered a question that is not asked of their role: shown apart, not counted. */
export const isOutsideRole = (cell: Cell) => !cell.asked && cell.answer !== 'none';

/** An answer in words, as the CSV exports it. */
export function cellText(cell: Cell): string {
  return isOutsideRole(cell) ? `${answerWords(cell)} (${copy.outsideRole})` : answerWords(cell);
}

/** How the asked partners' answers relate, in words, as the grid shows it and the CSV exports it. */
export function agreementText(row: ComparedRow): string {
  if (row.agreement !== 'unanswered') return copy.agreementNames[row.agreement];
  // Exact phrases, not plurals: French counts 0 as "one".
  if (row.asked === 0) return copy.noneAsked;
  if (row.asked === 1) return copy.oneAsked;
  return row.answered === 1 ? copy.oneAnswer : copy.agreementNames.unanswered;
}
