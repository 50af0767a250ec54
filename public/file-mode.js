// @ts-check
// Runs only when the built site is opened from a folder on disk (file://). Browsers refuse the
// site's module scripts there, so: make links to folders open their index.html, and replace
// notices about JavaScript with what actually works from disk, rather than leave dead controls.
// Every page loads it (a classic script is the only kind that runs from disk), so it is kept small.
if (location.protocol == 'file:') {
  for (const link of document.links) if (link.protocol == 'file:' && link.pathname.endsWith('/')) link.pathname += 'index.html';
  for (const element of document.querySelectorAll('[data-file-mode], [data-file-mode-text]')) {
    /** @type {HTMLElement} */ (element).hidden = false;
    const text = element.getAttribute('data-file-mode-text');
    if (text) element.textContent = text;
  }
}
