// @ts-check
// Runs only when the built site is opened from a folder on disk (file://). Browsers refuse the
// site's module scripts there, so: make links to folders open their index.html, and replace
// notices about JavaScript with what actually works from disk, rather than leave dead controls.
(function () {
  if (location.protocol !== 'file:') return;
  document.documentElement.classList.add('file-mode');
  document.querySelectorAll('a[href]').forEach(function (link) {
    var href = link.getAttribute('href') || '';
    if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(href)) return;
    var at = href.search(/[?#]/);
    var path = at < 0 ? href : href.slice(0, at);
    var rest = at < 0 ? '' : href.slice(at);
    if (path === '' || path.slice(-1) === '/' || path === '.' || path === '..') {
      link.setAttribute('href', (path === '' ? '' : path.replace(/\/?$/, '/')) + 'index.html' + rest);
    }
  });
  document.querySelectorAll('[data-file-mode]').forEach(function (notice) {
    /** @type {HTMLElement} */ (notice).hidden = false;
  });
  document.querySelectorAll('[data-file-mode-text]').forEach(function (element) {
    element.textContent = element.getAttribute('data-file-mode-text');
  });
})();
