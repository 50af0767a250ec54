// The compare page's island: add partners' files, then see a question-by-question grid with
// what to talk about first, or run the partners' meeting. Files are read in the browser only.
// Here is the way in (the file picker); all that shows once there are files or a meeting kept on
// this device (PartnersView.tsx) loads then, with the question bank (load-question-bank.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { comparePage as copy } from '../../../content/ui/compare-page.json';
import { site as siteCopy } from '../../../content/ui/common.json';
import { offlineFile } from '../../../content/site.json';
import { withBase } from '../../lib/url.ts';
import { $hideNames, $keepFailed, $partners } from '../../stores/compare.ts';
import { loadPart } from '../common/load-part.ts';
import { loadQuestionBankPart } from '../common/question-bank-part.ts';
import { OutOfDateNotice } from '../common/OutOfDateNotice.tsx';
import { usePart } from '../common/use-part.ts';
import { useFileDrop } from './use-file-drop.ts';
import { peekMeeting } from './meeting-peek.ts';
import type { Fairness } from './MeetingStart.tsx';
import type { OpenMeeting } from './PartnersView.tsx';

interface Props {
  steps: { step: number; title: string }[];
  sourceNames: Record<string, string>;
  fairness: Fairness;
}

/** Copy with a {link} placeholder, the link put in its place. */
function withLink(template: string, link: ComponentChildren) {
  const [before, after] = template.split('{link}');
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}

const FILE_INPUT = 'compare-files';

/** All that shows once there is a file or a kept meeting (PartnersView.tsx). */
const loadPartnersView = () => import('./PartnersView.tsx').then((part) => part.PartnersView);
const somethingToShow = () => $partners.get().length > 0 || peekMeeting().kind !== 'none';

// With files or a meeting kept on this device it and the question bank are sure to be needed:
// start fetching them together while the page hydrates rather than after. A failure is reported
// where they are used (usePart).
if (typeof window !== 'undefined' && somethingToShow()) {
  loadPartnersView().catch(() => undefined);
  loadQuestionBankPart().catch(() => undefined);
}

export default function CompareApp({ steps, sourceNames, fairness }: Props) {
  const partners = useStore($partners);
  const hideNames = useStore($hideNames);
  const keepFailed = useStore($keepFailed);
  const [scripted, setScripted] = useState(false);
  // The partners' view loads once there is a file or a kept meeting: a reader who has added none never needs it.
  const PartnersView = usePart(scripted && somethingToShow(), loadPartnersView);
  const bank = usePart(scripted && somethingToShow(), loadQuestionBankPart);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  // Where focus goes once the list has re-rendered: a removed partner's button is gone.
  const [focusTarget, setFocusTarget] = useState<string>();
  const [meeting, setMeeting] = useState<OpenMeeting>();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => setScripted(true), []);
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    // The validator, its messages and the question bank load only when a file arrives, and the
    // partners' view with them, so it is there as soon as the files are.
    const [{ addPartnerFiles }, bank] = await Promise.all([
      loadPart(() => import('./add-partner-files.ts')),
      loadPart(loadQuestionBankPart),
      loadPart(loadPartnersView),
    ]);
    const result = await addPartnerFiles(files, bank);
    setErrors(result.errors);
    setStatus(result.status);
  };
  // What could not load is told on the page (load-part.ts).
  const dragging = useFileDrop(root, (files) => void addFiles(files).catch(() => undefined));
  // Messages may name files or partners: hiding names, here or in another tab, clears them.
  useEffect(() => {
    if (!hideNames) return;
    setErrors([]);
    setStatus('');
  }, [hideNames]);

  if (!scripted) {
    return (
      <p class="notice">
        <span data-file-mode-text={copy.fileMode}>{copy.noScript}</span>{' '}
        <a href={withBase(`/${offlineFile}`)} data-file-mode hidden>
          {siteCopy.fileModeDownload}
        </a>
      </p>
    );
  }

  // Until both have arrived its place stays empty.
  const partnersView = PartnersView && bank && (
    <PartnersView
      bank={bank}
      steps={steps}
      sourceNames={sourceNames}
      fairness={fairness}
      meeting={meeting}
      onMeeting={setMeeting}
      onStatus={(text) => {
        setErrors([]);
        setStatus(text);
      }}
      onFocus={setFocusTarget}
      fileInput={FILE_INPUT}
    />
  );

  if (meeting) {
    return (
      <div class="compare-app" ref={root}>
        <OutOfDateNotice />
        {partnersView}
      </div>
    );
  }

  return (
    <div class="compare-app" ref={root}>
      <OutOfDateNotice />
      <section class="compare-add print-hidden" aria-labelledby="compare-add-heading">
        <h2 id="compare-add-heading">{copy.addHeading}</h2>
        <p class="compare-add__privacy">{copy.privacy}</p>
        <div class={`drop-zone${dragging ? ' drop-zone--active' : ''}`}>
          <div class="field">
            <label for={FILE_INPUT}>{copy.add}</label>
            <p class="field__hint" id="compare-files-hint">
              {withLink(copy.addHint, <a href={withBase('/checklist/')}>{copy.addHintLink}</a>)}
            </p>
            <input
              id={FILE_INPUT}
              type="file"
              multiple
              accept=".json,application/json"
              aria-describedby="compare-files-hint"
              onChange={(e) => {
                const input = e.currentTarget;
                void addFiles([...(input.files ?? [])])
                  .catch(() => undefined)
                  .then(() => (input.value = ''));
              }}
            />
          </div>
          <p class="drop-zone__text" aria-hidden="true">
            {copy.drop}
          </p>
        </div>
        <div role="alert" class="compare-errors">
          {errors.length > 0 && (
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
        <p role="status" class="compare-status">
          {[status, keepFailed ? copy.keepFailed : ''].filter(Boolean).join(' ')}
        </p>
      </section>

      {partners.length === 0 && <p class="compare-empty">{copy.empty}</p>}
      {partnersView}
    </div>
  );
}
