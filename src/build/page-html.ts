// The last changes to each built page. The HTML parser finds what to change; the change is made
// at its offsets, so the rest of the page stays byte for byte (and the hashes of its inline
// scripts and styles in its Content-Security-Policy stay true).
import { parse } from 'node-html-parser';

/**
 * The page as it is served:
 * - without the build's own data: each island's props as JSON (Widget.astro), which only the
 *   single file reads, so a reader never downloads the question bank twice;
 * - with every <style> in the <head>, the only place HTML allows one (Astro writes its island
 *   style before the first island on a page), kept in order at the end of the head.
 */
export function finishPage(html: string): string {
  // Most pages have neither, and parsing a long page is the slowest part of finishing it.
  if (!html.includes('data-widget-props') && !/<style[\s>]/.test(html.slice(html.indexOf('<body')))) return html;
  const root = parse(html);
  const styles = root.querySelectorAll('body style');
  const cuts = [...root.querySelectorAll('script[data-widget-props]'), ...styles].map((element) => element.range).sort((a, b) => a[0] - b[0]);
  const headEnd = root.querySelector('head')?.childNodes.at(-1)?.range[1];
  if (styles.length > 0 && headEnd === undefined) throw new Error('A built page has styles in its body and no <head> to move them to.');

  let page = '';
  let from = 0;
  const copyTo = (to: number) => {
    page += html.slice(from, to);
    from = to;
  };
  if (headEnd !== undefined) {
    copyTo(headEnd);
    page += styles.map((style) => html.slice(...style.range)).join('');
  }
  for (const [start, end] of cuts) {
    copyTo(start);
    from = end;
  }
  return page + html.slice(from);
}
