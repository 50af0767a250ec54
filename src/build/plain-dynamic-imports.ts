// Vite wraps every dynamic import() in a helper that first preloads the imported file's own
// imports, and every file that loads another imports that helper from the one file holding it.
// Here that file is the script every page runs, which must be a classic script (site-script.ts)
// and so can neither export the helper nor be imported. Each file loaded later is one request
// anyway, so every wrapper becomes the plain import() inside it and the helper goes.
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';
// Vite writes each wrapper as `__vitePreload(<factory>, __VITE_PRELOAD__)`, the marker later
// replaced by the list of files to preload. `(<factory>)()` calls the factory at once, as the
// helper does when it has nothing to preload; the minifier then leaves the import() alone.
const CALL = '__vitePreload(';
const END = ', __VITE_PRELOAD__)';
const HELPER_IMPORT = /^import \{ \w+ as __vitePreload \} from "[^"]+";\n?/gm;
const HELPER_EXPORT = /^export \{ __vitePreload as \w+ \};\n?/gm;
const HELPER_DEFINITION = /^var __vitePreload = \(load\) => load\(\);\n?/gm;

/** A chunk's code without the preload helper, or an error naming what Vite wrote unlike the above. */
export function withoutPreloadHelper(code: string, file: string): string {
  const calls = code.split(CALL).length - 1;
  if (calls !== code.split(END).length - 1)
    throw new Error(`plain-dynamic-imports: ${file} has ${calls} preload wrappers but not as many ends; Vite must have changed how it writes them.`);
  const plain = code.replaceAll(CALL, '(').replaceAll(END, ')()').replace(HELPER_IMPORT, '').replace(HELPER_EXPORT, '').replace(HELPER_DEFINITION, '');
  if (plain.includes('__vitePreload')) throw new Error(`plain-dynamic-imports: ${file} still uses the preload helper in a way this plugin does not know.`);
  return plain;
}

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
    renderChunk(code, chunk) {
      if (!code.includes('__vitePreload')) return null;
      return { code: withoutPreloadHelper(code, chunk.fileName), map: null };
    },
  };
}
