// The plain message for each way an imported file or a share link can be refused.
import { importer as copy } from '../../../content/ui/checklist.json';
import type { ImportProblem } from '../../lib/import-file.ts';

const MESSAGES: Record<ImportProblem, string> = {
  'not-ours': copy.notOurs,
  newer: copy.newer,
  damaged: copy.damaged,
  'too-large': copy.tooLarge,
};

/** What to tell the reader when a file or link is refused. */
export const problemMessage = (problem: ImportProblem): string => MESSAGES[problem];
