// Runs `astro build` in a project folder and reads where the time went from Astro's own log:
// start-up, collecting (config, content, types), bundling with Vite, rendering pages, and each
// step after the build (this site logs "phase <name>: <s> s"; Starlight logs its Pagefind run).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export interface Build {
  /** Wall-clock seconds, from starting Node to the build's end. */
  seconds: number;
  /** Seconds by phase, in the order they ran; they add up to `seconds`. */
  phases: Record<string, number>;
}

const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

/** Splits a build's wall time into phases from its log (ANSI colours removed). */
export function phasesOf(log: string, wall: number): Record<string, number> {
  // eslint-disable-next-line no-control-regex -- the escape character is what starts a colour code
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const find = (pattern: RegExp) => {
    const match = pattern.exec(text);
    return match ? seconds(match[1]!, match[2]!) : 0;
  };
  const built = find(/page\(s\) built in ([\d.]+)(m?s)/);
  const collect = find(/Collecting build info\.\.\.[\s\S]*?Completed in ([\d.]+)(m?s)/);
  const generated = find(/Building static entrypoints\.\.\.[\s\S]*?\[build\] ✓ Completed in ([\d.]+)(m?s)/);
  const bundle = [...text.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce((sum, [, value, unit]) => sum + seconds(value!, unit!), 0);
  const after: Record<string, number> = {};
  for (const [, name, value] of text.matchAll(/phase ([\w-]+): ([\d.]+) s/g)) after[name!] = Number(value);
  const starlightSearch = find(/Finished building search index in ([\d.]+)(m?s)/);
  if (starlightSearch) after.pagefind = starlightSearch;
  const afterTotal = Object.values(after).reduce((a, b) => a + b, 0);
  return {
    'start-up (Node, Astro, config)': wall - built,
    'collect (content, types)': collect,
    'bundle (Vite)': bundle,
    'render pages': generated - bundle,
    ...after,
    'other Astro steps': Math.max(0, built - collect - generated - afterTotal),
  };
}

/**
 * Builds the project in `folder`. A cold build first removes the output and every cache Astro
 * and Vite keep; a warm one keeps them, as a second `npm run build` would.
 */
export function build(folder: string, { cold, env = {}, args = [] }: { cold: boolean; env?: Record<string, string>; args?: string[] }): Build {
  if (cold) for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(folder, cache), { recursive: true, force: true });
  const start = performance.now();
  let log: string;
  try {
    log = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const output = `${(error as { stdout?: string }).stdout ?? ''}\n${(error as { stderr?: string }).stderr ?? ''}`;
    throw new Error(
      `astro build failed in ${folder}:\n${
        output
          .split('\n')
          .filter((l) => /error/i.test(l))
          .slice(0, 5)
          .join('\n') || output.slice(-2000)
      }`,
    );
  }
  const wall = (performance.now() - start) / 1000;
  return { seconds: wall, phases: phasesOf(log, wall) };
}
