// The meeting record as the page shows and prints it: date, partners (by name and role, or by
// letter), then each decision and action, then what was not discussed. It carries no partner's
// answer, so it never says who answered what.
import { meeting as copy } from '../../../../content/ui/meeting.json';
import { answers as answerNames, phases as phaseNames, roles as roleNames, site as siteCopy } from '../../../../content/ui/common.json';
import { formatDate } from '../../../lib/dates.ts';
import { listText } from '../../../lib/language.ts';
import { partnerText, type MeetingRecord } from '../../../lib/meeting-record.ts';
import { fill } from '../../../lib/text.ts';

/** A YYYY-MM-DD day in words, read as that calendar day wherever the reader is. */
const dayText = (day: string) => formatDate(`${day}T12:00:00`);

export function MeetingRecordView({ record, headingLevel = 3 }: { record: MeetingRecord; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <section class="meeting-record" aria-labelledby="meeting-record-heading">
      <Heading id="meeting-record-heading">{fill(copy.recordTitle, { date: dayText(record.date) })}</Heading>
      <dl class="meeting-record__facts">
        {record.place && (
          <div>
            <dt>{copy.recordPlace}</dt>
            <dd>{record.place}</dd>
          </div>
        )}
        {record.partnership && (
          <div>
            <dt>{copy.recordPartnership}</dt>
            <dd>{record.partnership}</dd>
          </div>
        )}
        <div>
          <dt>{copy.recordPhase}</dt>
          <dd>{phaseNames[record.phase]}</dd>
        </div>
        <div>
          <dt>{copy.recordPartners}</dt>
          <dd>{listText(record.partners.map((p) => partnerText(p, roleNames)))}</dd>
        </div>
      </dl>
      {record.jointAssessmentId && <p>{copy.recordSaved}</p>}
      <Sub>{copy.recordDecisions}</Sub>
      {record.decisions.length === 0 ? (
        <p>{copy.recordNone}</p>
      ) : (
        <ol class="meeting-record__decisions">
          {record.decisions.map((d) => (
            <li key={d.question.id}>
              <p class="meeting-record__question">
                <span class="meeting-record__step">{fill(siteCopy.stepLabel, { n: d.question.step })}:</span> {d.question.prompt}
              </p>
              <p>
                <strong>{copy.recordAnswer}</strong> {answerNames[d.answer]}
              </p>
              {d.decision && (
                <p>
                  <strong>{copy.recordDecision}</strong> {d.decision}
                </p>
              )}
              {d.answer !== 'yes' && (
                <p>
                  <strong>{copy.recordAction}</strong> {d.question.action}{' '}
                  <span class="meeting-record__plan">
                    ({copy.recordOwner} {d.plan?.owner ? roleNames[d.plan.owner] : copy.recordNoOwner}
                    {d.plan?.person && (
                      <>
                        ; {copy.recordPerson} {d.plan.person}
                      </>
                    )}
                    {d.plan?.due && (
                      <>
                        ; {copy.recordDue} {dayText(d.plan.due)}
                      </>
                    )}
                    )
                  </span>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {record.notDiscussed.length > 0 && (
        <>
          <Sub>{copy.recordNotDiscussed}</Sub>
          <ul class="meeting-record__open">
            {record.notDiscussed.map((q) => (
              <li key={q.id}>
                <span class="meeting-record__step">{fill(siteCopy.stepLabel, { n: q.step })}:</span> {q.prompt}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
