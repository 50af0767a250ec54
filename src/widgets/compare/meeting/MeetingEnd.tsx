// The end of the agenda: what was discussed, the rest on request, the joint assessment to save,
// and the meeting record to print or export for the minutes.
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { meeting as copy } from '../../../../content/ui/meeting.json';
import { answers as answerNames, phases as phaseNames, roles as roleNames, yesNo } from '../../../../content/ui/common.json';
import { discussedCount, jointAssessment, type Meeting } from '../../../lib/meeting.ts';
import { recordCsv, recordFileName, recordJson, type MeetingRecord } from '../../../lib/meeting-record.ts';
import { LIMITS, PHASES, type Phase } from '../../../lib/model.ts';
import { plural } from '../../../lib/plural.ts';
import { fill } from '../../../lib/text.ts';
import { withBase } from '../../../lib/url.ts';
import { $entries, addAssessment, replaceAssessment } from '../../../stores/assessments.ts';
import { addRest, endMeeting, setSavedId } from '../../../stores/meeting.ts';
import { Confirmable } from '../../common/Confirmable.tsx';
import { download } from '../../common/download.ts';
import { MeetingRecordView } from './MeetingRecordView.tsx';

interface Props {
  meeting: Meeting;
  record: MeetingRecord;
  onEnded: () => void;
}

export function MeetingEnd({ meeting, record, onEnded }: Props) {
  const [place, setPlace] = useState(meeting.place);
  const [partnership, setPartnership] = useState(meeting.partnership);
  const [phase, setPhase] = useState<Phase>(meeting.phase);
  const [status, setStatus] = useState('');
  const discussed = discussedCount(meeting);
  // Read the assessments kept on this device, to know whether the joint one is still there.
  const entries = useStore($entries);

  const save = () => {
    if (discussed === 0) {
      setStatus(copy.nothingToSave);
      return;
    }
    const joint = jointAssessment(meeting, { place, partnership, phase }, new Date());
    // Saved again after more was agreed: the same assessment, if it is still on this device.
    const saved = meeting.savedId && entries[meeting.savedId]?.kind === 'ok' ? meeting.savedId : undefined;
    if (saved) replaceAssessment(saved, { ...joint, id: saved });
    else setSavedId(addAssessment(joint).id);
    setStatus(
      fill(copy.saved, {
        name: joint.place || roleNames.partnership,
        answers: plural(copy.answersCount, Object.keys(joint.answers).length),
        actions: plural(copy.actionsCount, Object.keys(joint.plan).length),
      }),
    );
  };

  const exportRecord = (kind: 'json' | 'csv') => {
    const name = recordFileName(record, kind);
    if (kind === 'json') download(name, `${JSON.stringify(recordJson(record, meeting.bankVersion), null, 2)}\n`, 'application/json');
    else download(name, recordCsv(record, { answers: answerNames, roles: roleNames, yes: yesNo.yes, no: yesNo.no }), 'text/csv;charset=utf-8');
    setStatus(fill(copy.exported, { file: name }));
  };

  return (
    <div class="meeting-end">
      <h3 tabIndex={-1} id="meeting-end-heading" class="print-hidden">
        {copy.endHeading}
      </h3>
      {meeting.rest.length > 0 && (
        <button type="button" class="button button--secondary print-hidden" onClick={addRest}>
          {plural(copy.addRest, meeting.rest.length)}
        </button>
      )}

      <section class="meeting-joint print-hidden" aria-labelledby="meeting-joint-heading">
        <h4 id="meeting-joint-heading">{copy.jointHeading}</h4>
        <p>{copy.jointIntro}</p>
        <p>{record.notDiscussed.length ? plural(copy.notDiscussed, record.notDiscussed.length) : copy.allDiscussed}</p>
        <div class="meeting-joint__fields">
          <div class="field">
            <label for="meeting-place">{copy.place}</label>
            <input id="meeting-place" type="text" maxLength={LIMITS.name} value={place} onInput={(e) => setPlace(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="meeting-partnership">{copy.partnership}</label>
            <input id="meeting-partnership" type="text" maxLength={LIMITS.name} value={partnership} onInput={(e) => setPartnership(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="meeting-phase">{copy.phase}</label>
            <select id="meeting-phase" value={phase} onChange={(e) => setPhase(e.currentTarget.value as Phase)}>
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {phaseNames[p]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="button-row">
          <button type="button" class="button meeting__primary" onClick={save}>
            {meeting.savedId ? copy.saveAgain : copy.save}
          </button>
          {meeting.savedId && (
            <a class="button button--secondary" href={withBase('/checklist/')}>
              {copy.openChecklist}
            </a>
          )}
        </div>
      </section>

      <p role="status" class="meeting-end__status print-hidden">
        {status}
      </p>

      <MeetingRecordView record={record} headingLevel={3} />
      <div class="button-row print-hidden">
        <button type="button" class="button" onClick={() => window.print()}>
          {copy.print}
        </button>
        <button type="button" class="button button--secondary" onClick={() => exportRecord('json')}>
          {copy.exportJson}
        </button>
        <button type="button" class="button button--secondary" onClick={() => exportRecord('csv')}>
          {copy.exportCsv}
        </button>
        <Confirmable
          id="meeting-end"
          label={copy.end}
          confirmLabel={copy.confirmEndButton}
          cancelLabel={copy.cancel}
          message={meeting.savedId ? copy.confirmEnd : copy.confirmEndUnsaved}
          onConfirm={() => {
            endMeeting();
            onEnded();
          }}
          focus="cancel"
        />
      </div>
    </div>
  );
}
