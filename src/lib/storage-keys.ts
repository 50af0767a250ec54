// The names under which the site keeps things in this browser's storage, in one place.
// Every key starts with the prefix, so keys never clash with storage methods or other sites' code.

export const KEY_PREFIX = 'cii-guide:';
/** The version of the stored assessment shape; see src/lib/stored-assessment.ts. */
export const STORED_VERSION = 2;
/** One key per assessment: cii-guide:assessment:<id>. */
export const ASSESSMENT_PREFIX = `${KEY_PREFIX}assessment:`;
/**
 * The assessment being answered. In sessionStorage it is this tab's own; in localStorage it is
 * the one last chosen in any tab, where a new tab starts.
 */
export const ACTIVE_KEY = `${KEY_PREFIX}active`;
/** Raw text of a damaged record, kept aside: cii-guide:backup:<id>, then :2, :3 for later copies. */
export const BACKUP_PREFIX = `${KEY_PREFIX}backup:`;
/** "yes" once the browser has been asked to keep storage persistently. */
export const PERSIST_ASKED_KEY = `${KEY_PREFIX}persist-asked`;
/** "yes" when the reader chose to keep answers only in the open page (single-file edition). */
export const MEMORY_ONLY_KEY = `${KEY_PREFIX}memory-only`;
/** The compare page's files, only while the reader keeps them. */
export const COMPARE_KEY = `${KEY_PREFIX}compare`;
/** The partners' meeting in progress, so it resumes where it stopped (shape in src/stores/meeting.ts). */
export const MEETING_KEY = `${KEY_PREFIX}meeting`;

/** Fired on window when this tab changes the active assessment; detail is the assessment. */
export const CHANGE_EVENT = 'cii-guide:change';
