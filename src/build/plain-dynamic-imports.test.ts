import { describe, expect, it } from 'vitest';
import { withoutPreloadHelper } from './plain-dynamic-imports.ts';

// Chunks as Vite writes them before the preload markers are filled in.
const holder = [
  'var __vitePreload = (load) => load();',
  'const open = () => __vitePreload(() => import("./search-dialog.js").then((d) => d.open()), __VITE_PRELOAD__);',
  'export { __vitePreload as t };',
].join('\n');
const user = [
  'import { t as __vitePreload } from "./site.js";',
  'const load = async () => { const { a } = await __vitePreload(async () => { const m = await import("./a.js"); return m; }, __VITE_PRELOAD__); return a; };',
].join('\n');

describe('withoutPreloadHelper', () => {
  it('turns each wrapper into a plain call of its import, and drops the helper, its export and its imports', () => {
    const plain = withoutPreloadHelper(holder, 'site.js');
    expect(plain).toBe('const open = () => (() => import("./search-dialog.js").then((d) => d.open()))();\n');
    expect(withoutPreloadHelper(user, 'a.js')).toBe(
      'const load = async () => { const { a } = await (async () => { const m = await import("./a.js"); return m; })(); return a; };',
    );
  });

  it('runs the same code as the helper did', async () => {
    const code = withoutPreloadHelper('const x = __vitePreload(() => Promise.resolve(42), __VITE_PRELOAD__);\nreturn x;', 'x.js');
    expect(await new Function(code)()).toBe(42);
  });

  it('leaves a chunk without wrappers alone', () => {
    expect(withoutPreloadHelper('export const a = 1;', 'a.js')).toBe('export const a = 1;');
  });

  it('stops the build when Vite writes the wrapper some other way', () => {
    expect(() => withoutPreloadHelper('__vitePreload(() => import("./a.js"), [])', 'a.js')).toThrow(/a\.js.*Vite must have changed/);
    expect(() => withoutPreloadHelper('import { t as __vitePreload, n as other } from "./site.js";', 'b.js')).toThrow(/b\.js/);
  });
});
