// html-validate's rules for the built pages (tests/html.spec.ts): the HTML standard, whole-
// document checks and its accessibility rules. Each setting below says why it differs from
// those presets.
export default {
  root: true,
  extends: ['html-validate:standard', 'html-validate:document', 'html-validate:a11y'],
  rules: {
    'heading-level': [
      'error',
      {
        // A dialog may open with an <h2> (the search dialog's title); a page still starts at <h1>.
        minSectioningRootInitialRank: 'h2',
        // The single file holds each page of the guide as an <article>, with the page's own <h1>.
        sectioningRoots: ['dialog', '[role="dialog"]', '[role="alertdialog"]', 'article'],
      },
    ],
    // Lists styled without bullets say role="list" on purpose: WebKit drops their list
    // semantics otherwise.
    'no-redundant-role': 'off',
    // Everything is loaded from the page's own origin; a resource from anywhere else would need
    // an integrity hash.
    'require-sri': ['error', { target: 'crossorigin' }],
    // H32 asks every form for a submit button. These forms never submit: search shows results as
    // the reader types and the assessment saves each answer as it is given, so a submit button
    // would be a control that does nothing.
    'wcag/h32': 'off',
  },
};
