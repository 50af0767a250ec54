// Makes a built page's links and assets relative, so the same files work from a web server
// under any path and from a folder on disk (file://), where "/" means the disk's root.

/** The folder a built file sits in, relative to the site root: "steps/1-shared-goals/". */
function folderOf(filePath: string): string {
  const at = filePath.lastIndexOf('/');
  return at < 0 ? '' : filePath.slice(0, at + 1);
}

/** The relative URL from one site folder to a site path, both without the base. */
export function relativeUrl(fromFolder: string, toPath: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const [pathPart = '', ...rest] = toPath.split(/(?=[?#])/);
  const to = pathPart.split('/').filter(Boolean);
  let shared = 0;
  while (shared < from.length && shared < to.length - (pathPart.endsWith('/') ? 0 : 1) && from[shared] === to[shared]) shared++;
  const up = '../'.repeat(from.length - shared);
  const down = to.slice(shared).join('/') + (pathPart.endsWith('/') && to.length > shared ? '/' : '');
  return (up + down || './') + rest.join('');
}

/** Where a page's chapter text is: from its prose block to its source notes, or to the end of <main>. */
function proseRange(html: string): [number, number] {
  const start = html.indexOf('<div class="prose">');
  if (start < 0) return [-1, -1];
  const ends = ['<section class="source-notes"', '</main>'].map((tag) => html.indexOf(tag, start)).filter((at) => at > 0);
  return [start, Math.min(...ends, html.length)];
}

/**
 * Rewrites every href and src that starts with the base path into a URL relative to the page.
 * Module scripts and island code keep their absolute URLs: browsers refuse them from disk anyway.
 * A link in the chapter's prose to another page (no class: buttons and widgets' links have one)
 * also gets data-path, its site path without the base, which print.css prints after it.
 */
export function relativiseHtml(html: string, filePath: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const folder = folderOf(filePath);
  const [proseStart, proseEnd] = proseRange(html);
  return html.replace(/(<(a|link|img|script)\b([^>]*?)\s(?:href|src)=")([^"]*)"(?=([^>]*)>)/g, (whole, start: string, tag: string, before: string, url: string, after: string, at: number) => {
    if (!url.startsWith(root) || url.startsWith('//') || /type="module"/.test(start)) return whole;
    const path = url.slice(root.length - 1);
    const page = path.split(/[?#]/)[0]!;
    const printed = tag === 'a' && at > proseStart && at < proseEnd && page !== `/${folder}` && !/\sclass=/.test(`${before} ${after}`);
    return `${start}${relativeUrl(folder, path)}"${printed ? ` data-path="${page}"` : ''}`;
  });
}
