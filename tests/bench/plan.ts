// What the bench measures and how often: a full run pairs each measurement with the peer's;
// --quick measures this site alone, once each, and skips the larger guide.
import peerManifest from './peer/package.json' with { type: 'json' };

export const quick = process.argv.includes('--quick');

export const RUNS = quick ? { coldBuilds: 1, warmBuilds: 1, lighthouse: 1, searchRounds: 1 } : { coldBuilds: 5, warmBuilds: 3, lighthouse: 3, searchRounds: 2 };

/** The larger guide: how many times the chapters and questions are repeated, and how many cold pairs are built. */
export const LARGER = { times: 10, builds: 3 };

export const PEER = `Starlight ${peerManifest.dependencies['@astrojs/starlight']}`;

/** Pages both sites have, compared in the table. */
export const PAGE_TYPES = [
  { label: 'home', path: '' },
  // Before its form is used: the form's code loads on first use (tests/budget.spec.ts watches it after).
  { label: 'step 3 (form not yet used)', path: 'steps/3-add-value/' },
  { label: 'case study (a reading page)', path: 'case-study/' },
];

export const LIGHTHOUSE_PAGES = PAGE_TYPES.slice(0, 2);

/** Pages whose JavaScript is listed by module: the page types, and this site's tools. */
export const MODULE_PAGES = [...PAGE_TYPES, { label: 'checklist', path: 'checklist/' }, { label: 'compare', path: 'compare/' }];

export const TOP_MODULES = 8;
