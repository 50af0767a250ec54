// @ts-check
// Runs only when the built site is opened from a folder on disk (file://). Browsers refuse the
// site's module scripts there, so: make links to folders open their index.html, and replace
// notices about JavaScript with what actually works from disk, rather than leave dead controls.
if (location.protocol === 'file:') {
  document.querySelectorAll('a[href]').forEach(function (link) {
    var url = new URL(/** @type {HTMLAnchorElement} */ (link).href);
    if (url.protocol === 'file:' && url.pathname.slice(-1) === '/') {
      url.pathname += 'index.html';
      /** @type {HTMLAnchorElement} */ (link).href = url.href;
    }
  });
  document.querySelectorAll('[data-file-mode]').forEach(function (notice) {
    /** @type {HTMLElement} */ (notice).hidden = false;
  });
  document.querySelectorAll('[data-file-mode-text]').forEach(function (element) {
    element.textContent = element.getAttribute('data-file-mode-text');
  });
}
