// The checklist's tools for an assessment the reader has: export (JSON, CSV, a calendar file),
// record a review, share by link and clear answers. Loaded with the assessment, so a reader who
// has none never fetches them (see parts.ts); ChecklistTools places them around the import field.
import { useEffect, useState } from 'preact/hooks';
import { answers as answerNames, audiences, phases as phaseNames, planStatus, roles as roleNames, yesNo } from '../../../content/ui/common.json';
import { calendar as calendarWords, checklist as copy, reviews as reviewCopy } from '../../../content/ui/checklist.json';
import type { Assessment, QuestionBank } from '../../lib/model.ts';
import { formatDate, formatDay, localDateStamp } from '../../lib/dates.ts';
import { allRows } from '../../lib/plan.ts';
import { scoreAssessment } from '../../lib/scoring.ts';
import { LOCALE } from '../../lib/language.ts';
import { fill } from '../../lib/text.ts';
import { clearAnswers, setNextReview } from '../../stores/assessments.ts';
import { recordReview } from '../../stores/record-review.ts';
import { $storageState } from '../../stores/storage.ts';
import { assessmentName } from '../common/assessment-name.ts';
import { loadPart } from '../common/load-part.ts';
import { Confirmable } from '../common/Confirmable.tsx';

interface Props {
  bank: QuestionBank;
  assessment: Assessment;
  /** Says what a tool did, in the tools' status line. */
  onStatus: (text: string) => void;
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

// The code behind each export and the share link loads on its first click: most visits use none of them.
const exportJson = async ({ bank, assessment, onStatus }: Props) => {
  const { downloadExport } = await loadPart(() => import('../common/download-export.ts'));
  onStatus(fill(copy.exported, { file: downloadExport(bank, assessment) }));
};

/** Print and the exports. */
export function ExportButtons(props: Props) {
  const { bank, assessment: a, onStatus } = props;
  const exportCsv = async () => {
    const [{ exportFileName }, { toCsv }, { download }] = await Promise.all([
      loadPart(() => import('../../lib/export-file.ts')),
      loadPart(() => import('../../lib/csv.ts')),
      loadPart(() => import('../common/download.ts')),
    ]);
    const name = exportFileName(a, 'csv');
    const names = { answers: answerNames, audiences, roles: roleNames, phases: phaseNames, statuses: planStatus, yes: yesNo.yes, no: yesNo.no };
    download(name, toCsv(bank.questions, a, names), 'text/csv;charset=utf-8');
    onStatus(fill(copy.exported, { file: name }));
  };
  const exportCalendar = async () => {
    const rows = allRows(scoreAssessment(bank.questions, a), a, localDateStamp());
    if (!rows.some((r) => r.item.due)) return onStatus(copy.icsNone);
    const [{ exportFileName }, { toCalendar }, { download }] = await Promise.all([
      loadPart(() => import('../../lib/export-file.ts')),
      loadPart(() => import('../../lib/calendar.ts')),
      loadPart(() => import('../common/download.ts')),
    ]);
    const name = exportFileName(a, 'ics');
    download(name, toCalendar(a, rows, { ...calendarWords, owners: roleNames, statuses: planStatus }), 'text/calendar;charset=utf-8');
    onStatus(fill(copy.exported, { file: name }));
  };
  return (
    <div class="button-row">
      <button type="button" class="button" onClick={() => window.print()}>
        {copy.print}
      </button>
      <button type="button" class="button button--secondary" onClick={() => void exportJson(props)}>
        {copy.exportJson}
      </button>
      <button type="button" class="button button--secondary" onClick={() => void exportCsv()}>
        {copy.exportCsv}
      </button>
      <button type="button" class="button button--secondary" onClick={() => void exportCalendar()}>
        {copy.exportIcs}
      </button>
    </div>
  );
}

/** Recording a review and setting the next one. */
export function ReviewTools({ bank, assessment }: Props) {
  const [reviewed, setReviewed] = useState<'saved' | 'failed'>();
  const review = () => setReviewed(recordReview(assessment.id, bank.questions) && $storageState.get() === 'ok' ? 'saved' : 'failed');
  return (
    <>
      <h3 id="reviews-heading">{reviewCopy.heading}</h3>
      <p>{reviewCopy.intro}</p>
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={review}>
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
  );
}

/** Sharing by link, and clearing the answers after offering an export. */
export function ShareTools(props: Props) {
  const { assessment, onStatus } = props;
  const fromDisk = location.protocol === 'file:';
  const [shareUrl, setShareUrl] = useState('');
  const [shareStatus, setShareStatus] = useState('');
  const [tooLong, setTooLong] = useState(false);
  // A link made earlier no longer matches once the answers change.
  useEffect(() => setShareUrl(''), [assessment.updatedAt]);

  const share = async () => {
    const { encodeShare } = await loadPart(() => import('../../lib/share-link.ts'));
    const url = `${shareBase()}${await encodeShare(assessment)}`;
    const long = url.length > MAX_SHARE_LENGTH;
    setTooLong(long);
    setShareUrl(long ? '' : url);
    setShareStatus(long ? fill(copy.shareTooLong, { length: url.length.toLocaleString(LOCALE) }) : '');
  };

  return (
    <>
      <h3>{copy.shareHeading}</h3>
      <p>{copy.shareIntro}</p>
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={() => void share()}>
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
          <button type="button" class="button button--secondary" onClick={() => void exportJson(props)}>
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
          onStatus(fill(copy.resetDone, { name: assessmentName(assessment) }));
        }}
      >
        <button type="button" class="button button--secondary" onClick={() => void exportJson(props)}>
          {copy.exportFirst}
        </button>
      </Confirmable>
    </>
  );
}
