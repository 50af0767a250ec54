// An assessment saved as this guide's JSON export. Apart from download.ts, so pages that save
// other files (the comparison's CSV) do not load the export code.
import type { Assessment, FormQuestion, QuestionBank } from '../../lib/model.ts';
import { buildExport, exportFileName } from '../../lib/export-file.ts';
import { download } from './download.ts';

/** Saves the assessment, with the questions it was answered against, as a JSON file; returns the file's name. */
export function downloadExport(bank: QuestionBank<FormQuestion>, assessment: Assessment): string {
  const name = exportFileName(assessment, 'json');
  download(name, `${JSON.stringify(buildExport(bank, assessment), null, 2)}\n`, 'application/json');
  return name;
}
