// Shows the search controls once scripts run, and opens search on click or Ctrl+K (⌘K on Apple
// devices). The dialog's code (search-dialog.ts) and pagefind load on first use, so pages only
// read never fetch them.

/** Reveals the search controls (the header's, and any other, such as the 404 page's) and makes them work. */
export function mountSearchButton() {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  // Other controls follow this class in CSS (see 404.astro), so revealing them costs no script.
  root.classList.remove('search--waiting');
  // Closing search puts focus back on the control that opened it; the shortcut counts as the header's.
  const open = (from: HTMLElement) =>
    import('./search-dialog.ts').then(
      (dialog) => dialog.openSearch(root, from),
      // The dialog's file is gone: a newer version was published while this page was open.
      () => import('./update-notice.ts').then((notice) => notice.searchOutOfDate()),
    );
  const buttons = document.querySelectorAll<HTMLElement>('[data-search-open]');
  for (const button of buttons) button.addEventListener('click', () => open(button));
  // The page is written for Ctrl+K. Apple keyboards use ⌘K, which leaves Ctrl+K to text fields;
  // the class shows the ⌘K hint instead (Search.astro).
  const apple = /Mac|iP/.test(navigator.platform);
  if (apple) {
    root.classList.add('search--apple');
    buttons[0]!.ariaKeyShortcuts = 'Meta+K';
  }
  // Never a bare character key: one would fire as someone types or a speech-input user talks
  // (WCAG 2.1.4). Ctrl+Shift+K stays the browser's.
  document.addEventListener('keydown', (event) => {
    if (/^k$/i.test(event.key) && (apple ? event.metaKey : event.ctrlKey) && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      void open(buttons[0]!);
    }
  });
}
