// What the compare page needs to know of a stored meeting before the meeting's code loads:
// whether there is one, and how far it got. A light reader beside the full one in
// src/stores/meeting.ts, so the page's first load stays small; the full reader decides what can
// be resumed, and says so when it cannot.
import { storageArea } from '../../stores/storage.ts';
import { MEETING_KEY } from '../../lib/storage-keys.ts';

export type MeetingPeek = { kind: 'none' } | { kind: 'ok'; discussed: number; total: number; startedAt: string } | { kind: 'unreadable'; raw: string };

/** The stored meeting's progress, or that one is there but cannot be read. */
export function peekMeeting(): MeetingPeek {
  const raw = storageArea.read(MEETING_KEY);
  if (raw === undefined) return { kind: 'none' };
  try {
    const meeting = JSON.parse(raw) as { v: unknown; questions: unknown; items?: Record<string, { answer?: unknown }>; startedAt: unknown };
    if (meeting.v !== 1 || !Array.isArray(meeting.questions)) return { kind: 'unreadable', raw };
    const discussed = meeting.questions.filter((id) => meeting.items?.[id]?.answer).length;
    return { kind: 'ok', discussed, total: meeting.questions.length, startedAt: String(meeting.startedAt) };
  } catch {
    // Not JSON, or null: the full reader reports it as damaged.
    return { kind: 'unreadable', raw };
  }
}
