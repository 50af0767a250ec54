// Marks, in the single file's contents, the page the reader is in, as the site's step spine marks
// the current chapter: the file is one long document, and the contents stay beside it.

/** Keeps aria-current="location" on the contents link of the page at the top of the window. */
export function markContentsLocation() {
  const links = new Map([...document.querySelectorAll<HTMLAnchorElement>('.single-file__contents a[href^="#"]')].map((a) => [a.hash.slice(1), a]));
  const pages = [...document.querySelectorAll<HTMLElement>('.single-file__page')];
  if (links.size === 0 || pages.length === 0) return;
  const mark = () => {
    // The last page whose top has passed a third of the way down the window.
    const line = window.innerHeight / 3;
    const current = pages.findLast((page) => page.getBoundingClientRect().top <= line) ?? pages[0]!;
    for (const [id, link] of links) {
      if (id === current.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}
