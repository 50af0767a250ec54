// For a copy opened from a folder on disk (file://), where the browser loads no module at all
// (the search, the progress code, the islands): make links to folders open their index.html,
// and replace notices about JavaScript with what actually works from disk, rather than leave
// dead controls.

/** Readies a page opened from disk. */
export function showFileMode() {
  for (const link of document.links) if (link.protocol === 'file:' && link.pathname.endsWith('/')) link.pathname += 'index.html';
  for (const element of document.querySelectorAll<HTMLElement>('[data-file-mode],[data-file-mode-text]')) {
    element.hidden = false;
    if (element.dataset.fileModeText) element.textContent = element.dataset.fileModeText;
  }
}
