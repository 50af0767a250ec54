// Vite wraps every dynamic import() in a helper that first preloads the imported file's own
// imports. Here that helper would be most of a reading page's script (its JavaScript budget is
// 1 KB), and each file loaded later (the search dialog, the progress code) is one request
// anyway, so the helper is replaced by a plain call of the import.
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    // Nor a list of those imports in each script: Astro asks for it, nothing here uses it.
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    load(id) {
      if (id === HELPER) return 'export const __vitePreload = (load) => load();';
    },
  };
}
