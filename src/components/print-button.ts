// Print buttons on pages with no island, such as the blank checklist. Printing from a button
// needs a script, so the button is written hidden and shown only once this runs.

/** Shows every [data-print] button and makes it print the page. */
export function mountPrintButtons() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    // window.print read at the click: the single file swaps in its own, which prints one page.
    button.addEventListener('click', () => window.print());
  }
}
