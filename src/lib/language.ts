// The guide's language: its locale, for dates, lists and plurals, and lists joined by its rules.
// Changing LOCALE and the copy in content/ui is all a second language needs from the code.

/** The language of the interface copy. */
export const LOCALE = 'en-GB';

/** Items joined as a sentence would: "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(items);
}
