// Data the components write for the build alone: each island's props as JSON (Widget.astro),
// which the single file reads. Once that file is written, the pages go out without it, so a
// reader never downloads the question bank twice.
import { parse } from 'node-html-parser';

/** The page without the build's data. The parser finds it; the rest of the page stays byte for byte. */
export function withoutBuildData(html: string): string {
  const ranges = parse(html).querySelectorAll('script[data-widget-props]').map((element) => element.range);
  let kept = '';
  let from = 0;
  for (const [start, end] of ranges) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}
