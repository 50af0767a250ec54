// What starts the URL fragment of a share link (see share-link.ts): apart from the code that
// reads and writes links, so a page can tell it has one without loading that code.
export const SHARE_PREFIX = '#share=';
