// Dates as the interface shows them, in the guide's language. Stored dates are ISO strings.
import { LOCALE } from './language.ts';

/** "1 December 2026"; empty for a date that cannot be read, so no "Invalid Date" reaches the page. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(LOCALE, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A calendar day (YYYY-MM-DD) as "31 March 2027", the same day wherever the reader is. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** When something was saved: the time alone if it was today, else the date and time. */
export function formatSavedAt(iso: string, now = new Date()): { time: string; date?: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { time: '' };
  const time = date.toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === now.toDateString() ? { time } : { time, date: formatDate(iso) };
}

/** The reader's own calendar date as YYYY-MM-DD, for file names: not UTC, which can be a day out. */
export function localDateStamp(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
