// The script every page runs (src/components/site.ts, through Base.astro's <script>) ships as a
// classic script: the only kind a browser runs from a folder on disk, where it shows what works
// there. Vite builds it like any other, as a module; here it becomes a classic one: checked to
// import and export nothing (plain-dynamic-imports.ts removes the one import Vite adds), wrapped
// so its names stay its own, and loaded with `defer` instead of `type="module"`, which runs it at
// the same moment.
import type { Plugin } from 'vite';

/** The module Astro makes of Base.astro's <script>: the site script's entry. */
const ENTRY = '/src/layouts/Base.astro?astro&type=script';
const STATIC_IMPORT_OR_EXPORT = /^(?:import\s*[{*\w"']|export\s)/m;

/** The site script's file in the build ("_astro/Base.astro_….js"), once Vite has written it. */
let builtFile: string | undefined;

export function siteScript(): Plugin {
  return {
    name: 'site-script',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.facadeModuleId?.includes(ENTRY)) return null;
      if (STATIC_IMPORT_OR_EXPORT.test(code))
        throw new Error(
          `site-script: ${chunk.fileName} imports or exports, so it cannot run as a classic script. Keep what it shares with other scripts out of it (SITE_MODULES in astro.config.mjs).`,
        );
      return { code: `(() => {\n${code}\n})();\n`, map: null };
    },
    generateBundle(_, bundle) {
      const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && file.facadeModuleId?.includes(ENTRY));
      if (chunk) builtFile = chunk.fileName;
    },
  };
}

/** A built page's HTML, loading the site script as a classic script. */
export function classicSiteScript(html: string): string {
  if (!builtFile) throw new Error('site-script: the site script was not built (Base.astro must have its <script>), so pages cannot load it.');
  const file = builtFile;
  return html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (tag, src: string) =>
    src.endsWith(`/${file}`) ? `<script src="${src}" defer></script>` : tag,
  );
}
