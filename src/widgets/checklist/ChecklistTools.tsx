// Taking an assessment out of the browser and back: print, export (JSON, CSV, a calendar file),
// import, share by link, record a review, and clearing answers after offering an export. Only
// the import is here from the start: the tools for an assessment (AssessmentTools.tsx) load
// once there is one, with the question bank.
import { useState } from 'preact/hooks';
import { checklistPage as copy } from '../../../content/ui/checklist-page.json';
import type { Assessment, QuestionBank } from '../../lib/model.ts';
import { withBase } from '../../lib/url.ts';
import type { ImportResult } from '../../lib/import-file.ts';
import { loadPart } from '../common/load-part.ts';
import { loadQuestionBankPart } from '../common/question-bank-part.ts';
import { usePart } from '../common/use-part.ts';

interface Props {
  /** Undefined until it has loaded: the tools for the assessment wait for it. */
  bank: QuestionBank | undefined;
  assessment: Assessment | undefined;
  onImported: (result: Extract<ImportResult, { ok: true }>, fileName: string) => void;
}

export function ChecklistTools({ bank, assessment, onImported }: Props) {
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState('');
  // The same file as the report's (parts.ts): loaded once for both.
  const Tools = usePart(Boolean(assessment), () => import('./parts.ts'));
  const toolProps = assessment && bank && { bank, assessment, onStatus: setStatus };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Emptied at once, so the same file can be chosen again after a refusal or a failed load.
    input.value = '';
    setImportError('');
    // The validator, its messages and the question bank it checks ids against load only now, so
    // other visits to this page never pay for them.
    const [{ readExportFile }, { refusedMessage }, { questions }] = await Promise.all([
      loadPart(() => import('../../lib/import-file.ts')),
      loadPart(() => import('../common/import-messages.ts')),
      loadPart(loadQuestionBankPart),
    ]);
    const result = await readExportFile(file, new Set(questions.map((q) => q.id)));
    if (result.ok) onImported(result, file.name);
    else setImportError(refusedMessage(file.name, result.problem));
  };

  return (
    <section class="checklist-tools print-hidden" aria-labelledby="checklist-tools-heading">
      <h2 id="checklist-tools-heading">{copy.toolsHeading}</h2>
      {Tools && toolProps && <Tools.ExportButtons {...toolProps} />}
      <p>
        <a href={withBase('/checklist/blank/')}>{copy.printBlank}</a>
      </p>
      <p role="status" class="checklist-tools__status">
        {status}
      </p>

      {Tools && toolProps && <Tools.ReviewTools {...toolProps} />}

      <h3>{copy.importHeading}</h3>
      <p id="import-intro">{copy.importIntro}</p>
      <div class="field">
        <label for="import-file">{copy.importLabel}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={`import-intro${importError ? ' import-error' : ''}`}
          // What could not load is told on the page (load-part.ts).
          onChange={(e) => void importFile(e.currentTarget).catch(() => undefined)}
        />
      </div>
      <p role="alert" id="import-error" class="field__error">
        {importError}
      </p>

      {Tools && toolProps && <Tools.ShareTools {...toolProps} />}
    </section>
  );
}
