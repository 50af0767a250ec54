// Which modules make up a page's JavaScript. A bench-only build of the site (the same code, with
// hidden source maps and a list of each chunk's modules) lets each file a page loads be split
// between its modules: the source map names most bytes exactly; what it leaves unnamed (JSON copy,
// Vite's preload helper) goes to the chunk's modules the map does not name, by their size before
// minification; the rest is the chunk's own imports and exports. A file's gzip size is shared out
// in proportion to each module's minified bytes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedFile } from '../support/page-weight.ts';
import { build } from './build.ts';
import { bytesBySource, type SourceMap } from './source-map.ts';

export interface ModuleShare {
  module: string;
  raw: number;
  gzip: number;
}

/** Each chunk's modules and their length in the chunk before minification, as the bundler reports them. */
type ChunkModules = Record<string, Record<string, number>>;

const REPORT = 'chunk-modules.json';

/** Builds the project copy in `folder` again into `outDir` with hidden source maps and the chunk report; returns the output folder. */
export function buildWithSourceMaps(folder: string, outDir = 'dist-sourcemaps'): string {
  writeFileSync(
    join(folder, 'astro.sourcemaps.config.mjs'),
    `// Written by tests/bench/js-modules.ts: the site's own config, with source maps and a list of each chunk's modules.
import { writeFileSync } from 'node:fs';
import config from './astro.config.mjs';

const chunks = {};
const chunkModules = {
  name: 'bench-chunk-modules',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk') chunks[chunk.fileName] = Object.fromEntries(Object.entries(chunk.modules).map(([id, m]) => [id, m.renderedLength]));
    }
    writeFileSync(${JSON.stringify(join(folder, REPORT))}, JSON.stringify(chunks));
  },
};
export default { ...config, vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), chunkModules], build: { ...config.vite?.build, sourcemap: 'hidden' } } };
`,
  );
  build(folder, { cold: false, env: { OUT_DIR: outDir }, args: ['--config', 'astro.sourcemaps.config.mjs'] });
  return join(folder, outDir);
}

/** The chunk report written by the build above. */
export function chunkModules(folder: string): ChunkModules {
  return JSON.parse(readFileSync(join(folder, REPORT), 'utf8')) as ChunkModules;
}

/** A module's name from a bundler id or a source map's path: "preact/hooks/dist/hooks.module.js", "src/stores/assessments.ts". */
function moduleName(id: string): string {
  const inPackage = id.lastIndexOf('node_modules/');
  if (inPackage >= 0) return id.slice(inPackage + 'node_modules/'.length);
  return /(?:^|\/)((?:src|content|public)\/.*)$/.exec(id)?.[1] ?? id.replace(/^\0|^(\.\.\/)+/g, '');
}

/** Splits one built file's characters between its modules. */
function split(code: string, map: SourceMap, modules: Record<string, number>, glue: string): Map<string, number> {
  const named = new Map<string, number>();
  const unmapped = '\0unmapped';
  for (const [source, chars] of bytesBySource(code, map, unmapped)) {
    const name = source === unmapped ? unmapped : moduleName(source);
    named.set(name, (named.get(name) ?? 0) + chars);
  }
  const left = named.get(unmapped) ?? 0;
  named.delete(unmapped);
  // The modules the map leaves out, at the size minification left the others.
  const mapped = [...named.values()].reduce((a, b) => a + b, 0);
  const renderedMapped = Object.entries(modules)
    .filter(([id]) => named.has(moduleName(id)))
    .reduce((sum, [, length]) => sum + length, 0);
  const shrink = renderedMapped ? mapped / renderedMapped : 1;
  const unnamed = Object.entries(modules).filter(([id]) => !named.has(moduleName(id)));
  const wanted = unnamed.reduce((sum, [, length]) => sum + length * shrink, 0);
  const scale = wanted > left ? left / wanted : 1;
  let given = 0;
  for (const [id, length] of unnamed) {
    named.set(moduleName(id), length * shrink * scale);
    given += length * shrink * scale;
  }
  if (left - given > 0) named.set(glue, left - given);
  return named;
}

/** The page's JavaScript by module, largest first; `files` as loadPage lists them, from `dist` served at `url`. */
export function modulesOf(files: LoadedFile[], dist: string, url: string, chunks: ChunkModules): ModuleShare[] {
  const totals = new Map<string, ModuleShare>();
  const add = (module: string, raw: number, gzip: number) => {
    const entry = totals.get(module) ?? { module, raw: 0, gzip: 0 };
    entry.raw += raw;
    entry.gzip += gzip;
    totals.set(module, entry);
  };
  for (const file of files.filter((f) => f.kind === 'js')) {
    if (file.inline) {
      add('(inline scripts in the HTML)', file.raw, file.gzip);
      continue;
    }
    const name = decodeURIComponent(new URL(file.url).pathname.slice(new URL(url).pathname.length));
    const path = join(dist, name);
    const glue = `${name.replace(/\.[\w-]{8}\.js$/, '.js')}: imports, exports, runtime`;
    if (!existsSync(`${path}.map`)) {
      add(chunks[name] ? glue : name, file.raw, file.gzip);
      continue;
    }
    const shares = split(readFileSync(path, 'utf8'), JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMap, chunks[name] ?? {}, glue);
    const length = [...shares.values()].reduce((a, b) => a + b, 0);
    for (const [module, chars] of shares) add(module, (file.raw * chars) / length, (file.gzip * chars) / length);
  }
  return [...totals.values()].sort((a, b) => b.gzip - a.gzip);
}
