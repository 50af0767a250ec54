// Files arriving on the compare page: read, added to the comparison, and what to tell the reader
// about each. Loaded only when files arrive, so the page's first load carries none of it.
import { compare as copy } from '../../../content/ui/compare.json';
import type { QuestionBank } from '../../lib/model.ts';
import { formatDate } from '../../lib/dates.ts';
import { plural } from '../../lib/plural.ts';
import { fill } from '../../lib/text.ts';
import { $hideNames, $partners, addPartners, type PartnerFile } from '../../stores/compare.ts';
import { partnerNames } from './comparison-text.ts';
import { readPartnerFiles } from './read-partner-files.ts';

/** Adds the files that are partners' assessments; says what was added or replaced, and why any file was left out. */
export async function addPartnerFiles(files: readonly File[], bank: QuestionBank): Promise<{ errors: string[]; status: string }> {
  const { accepted, refused } = await readPartnerFiles(files, bank);
  const arrivals = addPartners(accepted);
  // Names as they are after the files are placed, so a replaced file is named as before.
  const list = $partners.get();
  const listNames = partnerNames(list, $hideNames.get());
  const nameOf = (file: PartnerFile) => {
    const index = list.findIndex((p) => p.assessment.id === file.assessment.id);
    return listNames[index] ?? partnerNames([file], $hideNames.get())[0]!;
  };
  const news: string[] = [];
  const added = arrivals.filter((a) => a.arrival === 'added').length;
  if (added) news.push(plural(copy.added, added));
  for (const { file, arrival, previous } of arrivals) {
    if (arrival === 'replaced')
      news.push(fill(copy.replaced, { name: nameOf(file), date: formatDate(previous!.assessment.updatedAt), newDate: formatDate(file.assessment.updatedAt) }));
    if (arrival === 'duplicate') refused.push(fill(copy.duplicate, { file: file.fileName, name: nameOf(file) }));
    if (arrival === 'older') refused.push(fill(copy.older, { file: file.fileName, name: nameOf(file) }));
  }
  return { errors: refused, status: news.join(' ') };
}
