// Shows the search controls once scripts run, and opens search on click or "/". The dialog's
// code (search-dialog.ts) and pagefind load on first use, so pages only read never fetch them.

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Reveals the search controls (the header's, and any other, such as the 404 page's) and makes them work. */
export function mountSearchButton() {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  // Other controls follow this class in CSS (see 404.astro), so revealing them costs no script.
  root.classList.remove('search--waiting');
  // Closing search puts focus back on the control that opened it; "/" counts as the header's.
  const open = (from: HTMLElement) => import('./search-dialog.ts').then((dialog) => dialog.openSearch(root, from));
  const buttons = document.querySelectorAll<HTMLElement>('[data-search-open]');
  for (const button of buttons) button.addEventListener('click', () => open(button));
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      void open(buttons[0]!);
    }
  });
}
