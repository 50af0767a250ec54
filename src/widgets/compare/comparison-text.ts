// The comparison in words: partners' names, answers and agreement, the same on the page and in
// the CSV it exports.
import { answers as answerNames } from '../../../content/ui/common.json';
import { compare as copy } from '../../../content/ui/compare.json';
import { partnerLetter, type Cell, type ComparedRow } from '../../lib/compare.ts';
import { fill } from '../../lib/text.ts';
import type { PartnerFile } from '../../stores/compare.ts';

/** "Partner A", "Partner B", … */
export const letterName = (index: number) => fill(copy.partner, { letter: partnerLetter(index) });

/** A partner's name as shown: their label, or "Partner A" when names are hidden or the label is empty. */
export function partnerName(partner: PartnerFile, index: number, hide: boolean): string {
  const label = partner.label.trim();
  return hide || !label ? letterName(index) : label;
}

/** A partner's column: their name as shown, their role, and whether the name is only a letter. */
export interface Column {
  name: string;
  role: string;
  /** "Partner A": names are hidden or the label is empty, so the role is shown beside it. */
  lettered: boolean;
}

/** A partner's name in one line, as the talking points and the CSV give it. */
export function columnName(column: Column): string {
  return column.lettered ? fill(copy.nameWithRole, { name: column.name, role: column.role }) : column.name;
}

/** An answer's words alone: "Not yet", or "Not asked" for a question outside the partner's role. */
export const answerWords = (cell: Cell) => (cell.answer === 'not-asked' ? copy.notAsked : answerNames[cell.answer]);

/** The partner answered a question that is for other roles. */
export const isOutsideRole = (cell: Cell) => cell.outsideRole && cell.answer !== 'not-asked' && cell.answer !== 'none';

/** An answer in words, as the CSV exports it. */
export function cellText(cell: Cell): string {
  return isOutsideRole(cell) ? `${answerWords(cell)} (${copy.outsideRole})` : answerWords(cell);
}

/** How the partners' answers relate, in words, as the grid shows it and the CSV exports it. */
export function agreementText(row: ComparedRow): string {
  // Exactly one answer against none: two different phrases, not a plural (French counts 0 as "one").
  return row.agreement === 'unanswered' && row.answered === 1 ? copy.oneAnswer : copy.agreementNames[row.agreement];
}
