// The checklist page's island: the active assessment's checklist and action plan, the phase it
// is judged for, and the ways in and out. A share link or an imported file opens as a read-only
// checklist first, kept only when the reader says so.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { checklist as copy } from '../../../content/ui/checklist.json';
import { site as siteCopy } from '../../../content/ui/common.json';
import type { QuestionBank } from '../../lib/model.ts';
import type { ImportResult } from '../../lib/import-file.ts';
import { plural } from '../../lib/plural.ts';
import { scoreAssessment } from '../../lib/scoring.ts';
import { decodeShare, SHARE_PREFIX } from '../../lib/share-link.ts';
import { withBase } from '../../lib/url.ts';
import { $active } from '../../stores/assessments.ts';
import { AssessmentPicker } from '../common/AssessmentPicker.tsx';
import { PhaseChooser } from '../common/PhaseChooser.tsx';
import { StorageNotice } from '../common/StorageNotice.tsx';
import { problemMessage } from '../common/import-messages.ts';
import { loadPart } from '../common/load-part.ts';
import { usePart } from '../common/use-part.ts';
import { ChecklistTools } from './ChecklistTools.tsx';
import type { StepLink } from './types.ts';

interface Props {
  bank: QuestionBank;
  steps: StepLink[];
}

type Pending = Extract<ImportResult, { ok: true }> & { from: 'file' | 'link'; fileName?: string };

function clearShareHash() {
  if (location.hash.startsWith(SHARE_PREFIX)) history.replaceState(null, '', location.pathname + location.search);
}

export default function ChecklistApp({ bank, steps }: Props) {
  const active = useStore($active, { ssr: () => undefined });
  const [scripted, setScripted] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState('');
  // The report and its action plan load once there is an assessment to show: a reader with none never needs them.
  const ChecklistReport = usePart(Boolean(active || pending), () => import('./ChecklistReport.tsx').then((part) => part.ChecklistReport));
  const ImportPreview = usePart(Boolean(pending), () => import('./ImportPreview.tsx').then((part) => part.ImportPreview));

  // A share link opens here, on arrival or pasted into this tab: show what it holds and let the reader decide.
  useEffect(() => {
    setScripted(true);
    const openShared = async () => {
      if (!location.hash.startsWith(SHARE_PREFIX)) return;
      const [decoded, { validateShared }] = await Promise.all([decodeShare(location.hash), loadPart(() => import('../../lib/import-file.ts'))]);
      const result = decoded.ok ? validateShared(decoded.data, new Set(bank.questions.map((q) => q.id))) : decoded;
      if (result.ok) setPending({ ...result, from: 'link' });
      else {
        setMessage(problemMessage(result.problem, 'link'));
        clearShareHash();
      }
    };
    void openShared();
    const onHash = () => void openShared();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const messageBox = useRef<HTMLParagraphElement>(null);
  const finish = (text: string) => {
    setPending(undefined);
    setMessage(text);
    clearShareHash();
    // The view the reader was in has gone: put them on what happened instead.
    messageBox.current?.focus();
  };

  if (!scripted) {
    return (
      <p class="notice">
        <span data-file-mode-text={siteCopy.fileMode}>{copy.noScript}</span> <a href={withBase('/checklist/blank/')}>{copy.printBlank}</a>
      </p>
    );
  }

  // The same count of answers everywhere: the questions asked of this perspective in this phase.
  const counted = (a: NonNullable<typeof active>) => {
    const result = scoreAssessment(bank.questions, a);
    return plural(copy.counted, result.answered, { total: result.total });
  };

  return (
    <div class="checklist-app">
      {!pending && (
        <div class="print-hidden">
          <AssessmentPicker idPrefix="checklist-picker" />
        </div>
      )}
      <StorageNotice bank={bank} />
      <p role="status" class="checklist-app__message" tabIndex={-1} ref={messageBox}>
        {message}
      </p>
      {pending ? (
        ImportPreview && (
          <ImportPreview
            incoming={pending.assessment}
            fileName={pending.fileName}
            unknownQuestions={pending.unknownQuestions}
            shortened={pending.shortened}
            from={pending.from}
            counted={counted(pending.assessment)}
            onDone={finish}
            onCancel={() => finish('')}
          >
            {ChecklistReport && <ChecklistReport bank={bank} steps={steps} assessment={pending.assessment} readOnly />}
          </ImportPreview>
        )
      ) : active ? (
        <>
          <div class="print-hidden">
            <PhaseChooser assessment={active} idPrefix="checklist-phase" />
          </div>
          <p class="print-hidden">
            <a href="#checklist-tools-heading">{copy.jumpToTools}</a>
          </p>
          {ChecklistReport && <ChecklistReport bank={bank} steps={steps} assessment={active} />}
        </>
      ) : (
        <section class="checklist-empty" aria-labelledby="checklist-empty-heading">
          <h2 id="checklist-empty-heading">{copy.emptyHeading}</h2>
          <p>{copy.empty}</p>
          <p>
            <a class="button" href={withBase(steps[0]!.path)}>
              {copy.startReading}
            </a>
          </p>
        </section>
      )}
      {/* A new assessment starts with a clean slate: no share link or status left from the last one. */}
      {!pending && (
        <ChecklistTools
          key={active?.id ?? 'none'}
          bank={bank}
          assessment={active}
          onImported={(result, fileName) => setPending({ ...result, from: 'file', fileName })}
        />
      )}
    </div>
  );
}
