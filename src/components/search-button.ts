// Shows the header's search button once scripts run, and opens search on click or "/".
// Pagefind itself loads on first use (search-dialog.ts), so pages only read never fetch it.
import { openSearch } from './search-dialog.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Reveals the search control and makes it work. */
export function mountSearchButton() {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  root.classList.remove('search--waiting');
  const open = () => openSearch(root);
  root.querySelector('[data-search-open]')?.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      open();
    }
  });
}
