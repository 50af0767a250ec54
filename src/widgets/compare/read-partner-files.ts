// Reads the files a reader adds to the comparison: each is validated, then becomes a partner's
// file or a message saying why it was refused. Loaded only when files arrive, with the validator
// and the import messages, so the page's first load carries neither.
import type { QuestionBank } from '../../lib/model.ts';
import { readExportFile } from '../../lib/import-file.ts';
import type { PartnerFile } from '../../stores/compare.ts';
import { refusedMessage } from '../common/import-messages.ts';
import { defaultLabel } from './comparison-text.ts';

/** The files that are partners' assessments, and a message for each one that is not. */
export async function readPartnerFiles(files: readonly File[], bank: QuestionBank): Promise<{ accepted: PartnerFile[]; refused: string[] }> {
  const known = new Set(bank.questions.map((q) => q.id));
  const refused: string[] = [];
  const accepted: PartnerFile[] = [];
  for (const file of files) {
    const result = await readExportFile(file, known);
    if (!result.ok) {
      refused.push(refusedMessage(file.name, result.problem));
      continue;
    }
    const { assessment } = result;
    accepted.push({
      fileName: file.name,
      label: defaultLabel(assessment),
      assessment,
      questions: result.bank?.questions ?? bank.questions.map(({ id, prompt }) => ({ id, prompt })),
    });
  }
  return { accepted, refused };
}
