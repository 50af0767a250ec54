// Internal links that respect the configured base path (e.g. "/guide/").

/** Prefixes a site path such as "/steps/1-shared-goals/" with the base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^(?:[a-z]+:|#|\/\/)/i.test(path)) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

/**
 * Where a link from the page at `pagePath` leads, as print shows it after the link: the site
 * path of another page of the guide ("/steps/3-add-value/"), or undefined for a place on the
 * same page or another site. Both paths are without the base. Components that render prose
 * links write it as data-path, which print.css prints.
 */
export function printedPath(href: string, pagePath: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const page = href.split(/[?#]/)[0]!;
  return page === pagePath ? undefined : page;
}

/** A URL path on this site without the base: "/guide/model/" becomes "/model/". */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}
