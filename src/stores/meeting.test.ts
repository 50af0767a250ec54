// The meeting kept on this device: read back whole, reported (never repaired) when damaged or
// newer, and never replaced before a copy of an unreadable one is safe.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeStorage } from './fake-storage.ts';
import type { Meeting } from '../lib/meeting.ts';

const KEY = 'cii-guide:meeting';

const meeting: Meeting = {
  v: 1,
  startedAt: '2026-12-04T10:00:00.000Z',
  place: 'Leeds',
  partnership: '',
  phase: 'commit',
  hideNames: false,
  partners: [
    { role: 'public-body', name: 'Leeds City Council' },
    { role: 'funder', name: 'Leeds Community Foundation' },
  ],
  questions: ['s1-a', 's1-b'],
  rest: ['s1-c'],
  answers: {
    's1-a': [{ value: 'yes' }, { value: 'no', note: 'Not yet agreed.' }],
    's1-b': [{}, { value: 'partly' }],
    's1-c': [{ value: 'yes' }, { value: 'yes' }],
  },
  current: 1,
  items: { 's1-a': { revealed: true, answer: 'partly', decision: 'Pilot.', owner: 'funder', due: '2027-01-31', at: '2026-12-04T10:10:00.000Z' }, 's1-b': {} },
  bankVersion: 'v1',
};

/** The store in a fresh page whose localStorage holds `stored` (and refuses writes when asked). */
async function open(stored: Record<string, string> = {}, refuse: Parameters<typeof fakeStorage>[0] = {}) {
  vi.resetModules();
  const { data, storage } = fakeStorage(refuse);
  for (const [key, value] of Object.entries(stored)) data.set(key, value);
  vi.stubGlobal('window', Object.assign(new EventTarget(), { localStorage: storage }));
  vi.stubGlobal('localStorage', storage);
  const store = await import('./meeting.ts');
  return { store, data };
}

afterEach(() => vi.unstubAllGlobals());

describe('readMeeting', () => {
  it('reads back what was written', async () => {
    const { store } = await open();
    expect(store.readMeeting(JSON.stringify(meeting))).toEqual({ kind: 'ok', meeting });
  });

  it('reports a damaged record and a newer one, keeping their text', async () => {
    const { store } = await open();
    for (const raw of [
      '{"v":1',
      'null',
      '[]',
      JSON.stringify({ ...meeting, partners: 'x' }),
      JSON.stringify({ ...meeting, questions: ['../etc'] }),
      JSON.stringify({ ...meeting, phase: 'later' }),
    ]) {
      expect(store.readMeeting(raw)).toEqual({ kind: 'damaged', raw });
    }
    const newer = JSON.stringify({ ...meeting, v: 2, somethingNew: true });
    expect(store.readMeeting(newer)).toEqual({ kind: 'newer', raw: newer });
    expect(store.readMeeting(undefined)).toEqual({ kind: 'none' });
  });

  it('drops item fields it cannot read and keeps the rest', async () => {
    const { store } = await open();
    const odd = { ...meeting, current: 99, items: { 's1-a': { answer: 'maybe', owner: 'mayor', due: 'soon', decision: 'Kept.', revealed: 'yes' } } };
    const read = store.readMeeting(JSON.stringify(odd));
    expect(read.kind === 'ok' && read.meeting.items).toEqual({ 's1-a': { decision: 'Kept.' }, 's1-b': {} });
    expect(read.kind === 'ok' && read.meeting.current).toBe(2);
  });
});

describe('the stored meeting', () => {
  it('resumes where it stopped', async () => {
    const first = await open();
    first.store.beginMeeting(meeting);
    first.store.setItem('s1-b', { revealed: true, answer: 'no', person: 'Policy team' });
    first.store.goTo(0);
    const second = await open(Object.fromEntries(first.data));
    expect(second.store.openMeeting().kind).toBe('ok');
    const resumed = second.store.$meeting.get()!;
    expect(resumed.current).toBe(0);
    expect(resumed.items['s1-b']).toMatchObject({ revealed: true, answer: 'no', person: 'Policy team' });
  });

  it('puts the rest on the agenda after what is there, and goes to the first of them', async () => {
    const { store } = await open();
    store.beginMeeting(meeting);
    store.addRest();
    expect(store.$meeting.get()).toMatchObject({ questions: ['s1-a', 's1-b', 's1-c'], rest: [], current: 2 });
  });

  it('starts a new meeting over a damaged one only once a copy of it is saved', async () => {
    const { store, data } = await open({ [KEY]: '{"v":1,"damaged' });
    expect(store.openMeeting().kind).toBe('damaged');
    expect(store.$meetingProblem.get()).toEqual({ kind: 'damaged', raw: '{"v":1,"damaged' });
    expect(store.beginMeeting(meeting)).toBe(true);
    expect(data.get('cii-guide:backup:meeting')).toBe('{"v":1,"damaged');
    expect(JSON.parse(data.get(KEY)!)).toEqual(meeting);
  });

  it('leaves a newer meeting as it was when no copy can be saved', async () => {
    const newer = JSON.stringify({ ...meeting, v: 2 });
    const { store, data } = await open({ [KEY]: newer }, { write: 'quota' });
    expect(store.beginMeeting(meeting)).toBe(false);
    expect(data.get(KEY)).toBe(newer);
  });

  it('says when a change could not be saved, and keeps it on screen', async () => {
    const { store } = await open({}, { write: 'quota' });
    store.beginMeeting(meeting);
    expect(store.$meetingUnsaved.get()).toBe(true);
    store.setItem('s1-b', { answer: 'yes' });
    expect(store.$meeting.get()!.items['s1-b']!.answer).toBe('yes');
  });

  it('ends: the meeting is removed from this device', async () => {
    const { store, data } = await open();
    store.beginMeeting(meeting);
    store.endMeeting();
    expect(data.has(KEY)).toBe(false);
    expect(store.$meeting.get()).toBeUndefined();
  });
});
