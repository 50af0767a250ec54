import { describe, expect, it } from 'vitest';
import { formatDate, formatSavedAt, localDateStamp, formatDay } from './dates.ts';

// A zone an hour ahead of UTC in summer, so local and UTC dates differ just after midnight.
process.env.TZ = 'Europe/London';

describe('dates', () => {
  it('formats a stored date in words, and an unreadable one as nothing', () => {
    expect(formatDate('2026-07-01T10:00:00.000Z')).toBe('1 July 2026');
    expect(formatDate('yesterday')).toBe('');
  });

  it('gives the time alone for a save today, and the date too for an older one', () => {
    const now = new Date(2026, 11, 1, 15, 0);
    expect(formatSavedAt(new Date(2026, 11, 1, 9, 5).toISOString(), now)).toEqual({ time: '09:05' });
    expect(formatSavedAt(new Date(2026, 10, 28, 9, 5).toISOString(), now)).toEqual({ time: '09:05', date: '28 November 2026' });
  });

  it('stamps files with the local calendar date', () => {
    const justAfterMidnight = new Date(2026, 6, 1, 0, 30);
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-06-30');
    expect(localDateStamp(justAfterMidnight)).toBe('2026-07-01');
  });
});

describe('formatDay', () => {
  it('shows a calendar day as that day in any time zone', () => {
    expect(formatDay('2027-03-31')).toBe('31 March 2027');
    expect(formatDay('2027-13-45')).toBe('');
  });
});
