// Taking an assessment out of the browser and back: print, export (JSON, CSV, a calendar file),
// import, share by link, record a review, and clearing answers after offering an export.
import { useEffect, useState } from 'preact/hooks';
import { answers as answerNames, audiences, phases as phaseNames, planStatus, roles as roleNames, yesNo } from '../../../content/ui/common.json';
import { calendar as calendarWords, checklist as copy, importer as importCopy, reviews as reviewCopy } from '../../../content/ui/checklist.json';
import type { Assessment, QuestionBank } from '../../lib/model.ts';
import { exportFileName } from '../../lib/export-file.ts';
import { toCsv } from '../../lib/csv.ts';
import { formatDate, formatDay, localDateStamp } from '../../lib/dates.ts';
import { allRows } from '../../lib/plan.ts';
import { scoreAssessment } from '../../lib/scoring.ts';
import { encodeShare } from '../../lib/share-link.ts';
import { LOCALE } from '../../lib/language.ts';
import { fill } from '../../lib/text.ts';
import { withBase } from '../../lib/url.ts';
import type { ImportResult } from '../../lib/import-file.ts';
import { clearAnswers, recordReview, setNextReview } from '../../stores/assessments.ts';
import { $storageState } from '../../stores/storage.ts';
import { assessmentName } from '../common/assessment-name.ts';
import { problemMessage } from '../common/import-messages.ts';
import { loadPart } from '../common/load-part.ts';
import { Confirmable } from '../common/Confirmable.tsx';
import { download } from '../common/download.ts';
import { downloadExport } from '../common/download-export.ts';

interface Props {
  bank: QuestionBank;
  assessment: Assessment | undefined;
  onImported: (result: Extract<ImportResult, { ok: true }>, fileName: string) => void;
}

/**
 * Longest share link offered. Browsers take far longer ones, but mail and chat programs cut or
 * break long links; beyond this the reader is offered the file instead.
 */
export const MAX_SHARE_LENGTH = 8000;

/**
 * Where a share link points: this page. Opened from disk, the page's address is a path on the
 * reader's computer (often with their name in it) that nobody else can open, so the link names
 * only the file, for someone who has the same offline copy.
 */
function shareBase(): string {
  const page = location.href.split('#')[0]!;
  return location.protocol === 'file:' ? page.slice(page.lastIndexOf('/') + 1) : page;
}

export function ChecklistTools({ bank, assessment, onImported }: Props) {
  const fromDisk = typeof location !== 'undefined' && location.protocol === 'file:';
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState('');
  const [shareUrl, setShareUrl] = useState('');
  const [shareStatus, setShareStatus] = useState('');
  const [reviewed, setReviewed] = useState<'saved' | 'failed'>();
  const [tooLong, setTooLong] = useState(false);
  // A link made earlier no longer matches once the answers change.
  useEffect(() => setShareUrl(''), [assessment?.updatedAt]);

  const exportJson = (a: Assessment) => setStatus(fill(copy.exported, { file: downloadExport(bank, a) }));
  const exportCsv = (a: Assessment) => {
    const name = exportFileName(a, 'csv');
    const names = { answers: answerNames, audiences, roles: roleNames, phases: phaseNames, statuses: planStatus, yes: yesNo.yes, no: yesNo.no };
    download(name, toCsv(bank.questions, a, names), 'text/csv;charset=utf-8');
    setStatus(fill(copy.exported, { file: name }));
  };
  // The calendar code loads on the first click: few readers export dates.
  const exportCalendar = async (a: Assessment) => {
    const rows = allRows(scoreAssessment(bank.questions, a), a, localDateStamp());
    if (!rows.some((r) => r.item.due)) return setStatus(copy.icsNone);
    const name = exportFileName(a, 'ics');
    const { toCalendar } = await loadPart(() => import('../../lib/calendar.ts'));
    download(name, toCalendar(a, rows, { ...calendarWords, owners: roleNames, statuses: planStatus }), 'text/calendar;charset=utf-8');
    setStatus(fill(copy.exported, { file: name }));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImportError('');
    // The validator loads only now, so other visits to this page never pay for it.
    const { readExportFile } = await loadPart(() => import('../../lib/import-file.ts'));
    const result = await readExportFile(file, new Set(bank.questions.map((q) => q.id)));
    input.value = '';
    if (result.ok) onImported(result, file.name);
    else setImportError(fill(importCopy.refused, { file: file.name, message: problemMessage(result.problem) }));
  };

  const share = async (a: Assessment) => {
    const url = `${shareBase()}${await encodeShare(a)}`;
    const long = url.length > MAX_SHARE_LENGTH;
    setTooLong(long);
    setShareUrl(long ? '' : url);
    setShareStatus(long ? fill(copy.shareTooLong, { length: url.length.toLocaleString(LOCALE) }) : '');
  };

  const review = (a: Assessment) => setReviewed(recordReview(a.id, bank.questions) && $storageState.get() === 'ok' ? 'saved' : 'failed');

  return (
    <section class="checklist-tools print-hidden" aria-labelledby="checklist-tools-heading">
      <h2 id="checklist-tools-heading">{copy.toolsHeading}</h2>
      {assessment && (
        <div class="button-row">
          <button type="button" class="button" onClick={() => window.print()}>
            {copy.print}
          </button>
          <button type="button" class="button button--secondary" onClick={() => exportJson(assessment)}>
            {copy.exportJson}
          </button>
          <button type="button" class="button button--secondary" onClick={() => exportCsv(assessment)}>
            {copy.exportCsv}
          </button>
          <button type="button" class="button button--secondary" onClick={() => void exportCalendar(assessment)}>
            {copy.exportIcs}
          </button>
        </div>
      )}
      <p>
        <a href={withBase('/checklist/blank/')}>{copy.printBlank}</a>
      </p>
      <p role="status" class="checklist-tools__status">
        {status}
      </p>

      {assessment && (
        <>
          <h3 id="reviews-heading">{reviewCopy.heading}</h3>
          <p>{reviewCopy.intro}</p>
          <div class="button-row">
            <button type="button" class="button button--secondary" onClick={() => review(assessment)}>
              {reviewCopy.record}
            </button>
          </div>
          <p role="status" class="checklist-tools__status">
            {reviewed === 'saved' && fill(reviewCopy.recorded, { date: formatDate(assessment.updatedAt), next: formatDay(assessment.nextReview) })}
            {reviewed === 'failed' && reviewCopy.notRecorded}
          </p>
          <div class="field">
            <label for="next-review">{reviewCopy.next}</label>
            <p class="field__hint" id="next-review-hint">
              {reviewCopy.nextHint}
            </p>
            <input
              id="next-review"
              type="date"
              value={assessment.nextReview}
              aria-describedby="next-review-hint"
              onChange={(e) => setNextReview(assessment.id, e.currentTarget.value)}
            />
          </div>
        </>
      )}

      <h3>{copy.importHeading}</h3>
      <p id="import-intro">{copy.importIntro}</p>
      <div class="field">
        <label for="import-file">{copy.importLabel}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={`import-intro${importError ? ' import-error' : ''}`}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </div>
      <p role="alert" id="import-error" class="field__error">
        {importError}
      </p>

      {assessment && (
        <>
          <h3>{copy.shareHeading}</h3>
          <p>{copy.shareIntro}</p>
          <div class="button-row">
            <button type="button" class="button button--secondary" onClick={() => void share(assessment)}>
              {copy.shareCreate}
            </button>
          </div>
          {shareUrl && (
            <div class="field share-link">
              <label for="share-url">{copy.shareLabel}</label>
              <p class="field__hint" id="share-url-hint">
                {copy.shareIntroWarning}
                {fromDisk && ` ${copy.shareFromDisk}`}
              </p>
              <input id="share-url" type="text" readOnly value={shareUrl} aria-describedby="share-url-hint" onFocus={(e) => e.currentTarget.select()} />
              <button
                type="button"
                class="button button--secondary"
                onClick={async () => {
                  try {
                    await navigator.clipboard.writeText(shareUrl);
                    setShareStatus(copy.shareCopied);
                  } catch {
                    // No clipboard access (an old browser, or a page opened from disk): select the
                    // link so the reader can copy it themselves.
                    const box = document.getElementById('share-url') as HTMLInputElement | null;
                    box?.focus();
                    box?.select();
                    setShareStatus(copy.shareCopyFailed);
                  }
                }}
              >
                {copy.shareCopy}
              </button>
            </div>
          )}
          {/* Beside the link it is about, and present before it has words, so it is announced. */}
          <p role="status" class="checklist-tools__status">
            {shareStatus}
          </p>
          {((fromDisk && shareUrl) || tooLong) && (
            <p>
              <button type="button" class="button button--secondary" onClick={() => exportJson(assessment)}>
                {copy.exportJson}
              </button>
            </p>
          )}

          <h3>{copy.resetHeading}</h3>
          <p>{copy.resetIntro}</p>
          <Confirmable
            id="reset-confirm"
            label={copy.reset}
            cancelLabel={copy.cancel}
            message={fill(copy.confirmReset, { name: assessmentName(assessment) })}
            onConfirm={() => {
              clearAnswers(assessment.id);
              setStatus(fill(copy.resetDone, { name: assessmentName(assessment) }));
            }}
          >
            <button type="button" class="button button--secondary" onClick={() => exportJson(assessment)}>
              {copy.exportFirst}
            </button>
          </Confirmable>
        </>
      )}
    </section>
  );
}
