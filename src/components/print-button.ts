// Print buttons on pages with no island: the blank checklist (through site.ts), and the single
// file. Printing from a button needs a script, so the button is written hidden and shown only
// once this runs.

/** Shows every [data-print] button (only buttons carry it) and makes it print the page. */
export function mountPrintButtons() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    // print() looked up at the click: the single file swaps in its own, which prints one page.
    button.onclick = () => print();
  }
}
