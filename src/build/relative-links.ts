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

/**
 * Rewrites every href and src that starts with the base path into a URL relative to the page.
 * Module scripts and island code keep their absolute URLs: browsers refuse them from disk anyway.
 */
export function relativiseHtml(html: string, filePath: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const folder = folderOf(filePath);
  return html.replace(/(<(?:a|link|img|script)\b[^>]*?\s(?:href|src)=")([^"]*)"/g, (whole, start: string, url: string) => {
    if (!url.startsWith(root) || url.startsWith('//') || /type="module"/.test(start)) return whole;
    return `${start}${relativeUrl(folder, url.slice(root.length - 1))}"`;
  });
}
