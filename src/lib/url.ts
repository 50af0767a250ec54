// Internal links that respect the configured base path (e.g. "/guide/").

/** Prefixes a site path such as "/steps/1-shared-goals/" with the base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^(?:[a-z]+:|#|\/\/)/i.test(path)) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}
