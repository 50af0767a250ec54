// Saves text as a file in the reader's downloads, without any server.
import type { Assessment, QuestionBank } from '../../lib/model.ts';
import { buildExport, exportFileName } from '../../lib/export-file.ts';

/** Offers the text as a download with the given name and type. */
export function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves an assessment as this guide's JSON export, with the questions it was answered against; returns the file's name. */
export function downloadExport(bank: QuestionBank, assessment: Assessment): string {
  const name = exportFileName(assessment, 'json');
  download(name, `${JSON.stringify(buildExport(bank, assessment), null, 2)}\n`, 'application/json');
  return name;
}
