// The checklist page's island: the active assessment's checklist and action plan, the phase it
// is judged for, and the ways in and out. A share link or an imported file opens as a read-only
// checklist first, kept only when the reader says so. The question bank arrives as a file of its
// own (load-question-bank.ts), once there is an assessment to show or a file or link to read.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { checklistPage as copy } from '../../../content/ui/checklist-page.json';
import { site as siteCopy } from '../../../content/ui/common.json';
import type { ImportResult } from '../../lib/import-file.ts';
import { SHARE_PREFIX } from '../../lib/share-prefix.ts';
import { withBase } from '../../lib/url.ts';
import { $active } from '../../stores/assessments.ts';
import { AssessmentPicker } from '../common/AssessmentPicker.tsx';
import { StorageNotice } from '../common/StorageNotice.tsx';
import { loadPart } from '../common/load-part.ts';
import { loadQuestionBankPart } from '../common/question-bank-part.ts';
import { usePart } from '../common/use-part.ts';
import { ChecklistTools } from './ChecklistTools.tsx';
import type { StepLink } from './types.ts';

interface Props {
  steps: StepLink[];
}

type Pending = Extract<ImportResult, { ok: true }> & { from: 'file' | 'link'; fileName?: string };

/** The report, the phase chooser and the tools (parts.ts). */
const loadParts = () => import('./parts.ts');

// With an assessment stored they and the question bank are sure to be needed: start fetching
// them together while the page hydrates rather than after. A failure is reported where they are
// used (usePart).
if (typeof window !== 'undefined' && $active.get()) {
  loadParts().catch(() => undefined);
  loadQuestionBankPart().catch(() => undefined);
}

function clearShareHash() {
  if (location.hash.startsWith(SHARE_PREFIX)) history.replaceState(null, '', location.pathname + location.search);
}

export default function ChecklistApp({ steps }: Props) {
  const active = useStore($active, { ssr: () => undefined });
  const [scripted, setScripted] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState('');
  // The report and its action plan load once there is an assessment to show, with the tools
  // (parts.ts): a reader with none never needs them.
  const parts = usePart(Boolean(active || pending), loadParts);
  const bank = usePart(Boolean(active || pending), loadQuestionBankPart);
  // Until both have arrived the report's place stays empty, as it does while the parts load.
  const ChecklistReport = bank && parts?.ChecklistReport;
  const ImportPreview = usePart(Boolean(pending), () => import('./ImportPreview.tsx').then((part) => part.ImportPreview));
  const PhaseChooser = parts?.PhaseChooser;

  // A share link opens here, on arrival or pasted into this tab: show what it holds and let the reader decide.
  useEffect(() => {
    setScripted(true);
    const openShared = async () => {
      if (!location.hash.startsWith(SHARE_PREFIX)) return;
      // The code that reads a link loads only when there is one.
      // The bank too: a link is checked against its question ids.
      const [{ decodeShare }, { validateShared }, { problemMessage }, { questions }] = await Promise.all([
        loadPart(() => import('../../lib/share-link.ts')),
        loadPart(() => import('../../lib/import-file.ts')),
        loadPart(() => import('../common/import-messages.ts')),
        loadPart(loadQuestionBankPart),
      ]);
      const decoded = await decodeShare(location.hash);
      const result = decoded.ok ? validateShared(decoded.data, new Set(questions.map((q) => q.id))) : decoded;
      if (result.ok) setPending({ ...result, from: 'link' });
      else {
        setMessage(problemMessage(result.problem, 'link'));
        clearShareHash();
      }
    };
    // A failure to load is told on the page (load-part.ts); the link stays in the address to try again.
    const tryShared = () => openShared().catch(() => undefined);
    void tryShared();
    const onHash = () => void tryShared();
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

  return (
    <div class="checklist-app">
      {!pending && (
        <div class="print-hidden">
          <AssessmentPicker idPrefix="checklist-picker" />
        </div>
      )}
      <StorageNotice />
      <p role="status" class="checklist-app__message" tabIndex={-1} ref={messageBox}>
        {message}
      </p>
      {pending ? (
        ImportPreview &&
        parts &&
        bank && (
          <ImportPreview
            incoming={pending.assessment}
            fileName={pending.fileName}
            unknownQuestions={pending.unknownQuestions}
            shortened={pending.shortened}
            from={pending.from}
            counted={parts.countedText(bank.questions, pending.assessment)}
            onDone={finish}
            onCancel={() => finish('')}
          >
            {ChecklistReport && <ChecklistReport bank={bank} steps={steps} assessment={pending.assessment} readOnly />}
          </ImportPreview>
        )
      ) : active ? (
        <>
          <div class="print-hidden">{PhaseChooser && <PhaseChooser assessment={active} idPrefix="checklist-phase" />}</div>
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
