// The question bank for the checklist and compare islands, with the code that loads it
// (load-question-bank.ts): a first visit with nothing stored needs neither, so both load on the
// first call.

/** The question bank, loaded once for the page; a failure is told on the page. */
export const loadQuestionBankPart = () => import('./load-question-bank.ts').then((loader) => loader.loadQuestionBank());
