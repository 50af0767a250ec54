// What the checklist island is told about each step chapter.

/** A step chapter's titles and address, for headings and links back to its questions. */
export interface StepLink {
  step: number;
  title: string;
  navTitle: string;
  path: string;
}
