// The plain message for each way an imported file or a share link can be refused: a link is
// spoken of as a link, a file as a file.
import { importer as copy } from '../../../content/ui/importer.json';
import type { ImportProblem } from '../../lib/import-file.ts';
import { fill } from '../../lib/text.ts';

const MESSAGES: Record<'file' | 'link', Record<ImportProblem, string>> = {
  file: {
    'not-ours': copy.notOurs,
    newer: copy.newer,
    damaged: copy.damaged,
    'too-large': copy.tooLarge,
  },
  link: {
    'not-ours': copy.linkNotOurs,
    newer: copy.linkNewer,
    damaged: copy.badLink,
    'too-large': copy.linkTooLarge,
  },
};

/** What to tell the reader when a file or link is refused. */
export const problemMessage = (problem: ImportProblem, from: 'file' | 'link' = 'file'): string => MESSAGES[from][problem];

/** What to tell the reader when a file they chose is refused, naming the file. */
export const refusedMessage = (fileName: string, problem: ImportProblem): string => fill(copy.refused, { file: fileName, message: problemMessage(problem) });
