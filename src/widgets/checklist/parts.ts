// What the checklist shows once there is an assessment (or an import to preview): the report and
// its plan, the phase chooser and the tools for an assessment. One module, so they arrive in one
// file with the words and the plan and review code only they use, rather than in a cascade of
// small files after the report's own.
export { ChecklistReport } from './ChecklistReport.tsx';
export { ExportButtons, ReviewTools, ShareTools } from './AssessmentTools.tsx';
export { PhaseChooser } from '../common/PhaseChooser.tsx';
export { countedText } from './counted-text.ts';
