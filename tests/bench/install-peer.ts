// Installs what the bench needs beyond the project's own packages (Astro Starlight and
// Lighthouse, pinned in peer/package.json) into a folder of its own, outside the repository, on
// the first run and whenever that manifest changes. `npm install` for the site stays lean.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the bench keeps its installs and the peer project: BENCH_DIR, or a folder in the user's cache. */
export const benchDir = process.env.BENCH_DIR ?? join(homedir(), '.cache', 'secondment-guide-bench');

/** The folder holding the peer's packages; the Starlight project is written there too. */
export const peerDir = join(benchDir, 'peer');

const manifest = new URL('./peer/package.json', import.meta.url);

export function installPeer(): void {
  const wanted = readFileSync(manifest, 'utf8');
  // Written only once an install has finished, so an interrupted one is tried again.
  const done = join(peerDir, '.installed-manifest.json');
  if (existsSync(done) && readFileSync(done, 'utf8') === wanted) return;
  console.log(`Installing Starlight and Lighthouse into ${peerDir} (first run, or the pinned versions changed)…`);
  mkdirSync(peerDir, { recursive: true });
  writeFileSync(join(peerDir, 'package.json'), wanted);
  execFileSync('npm', ['install', '--prefix', peerDir, '--no-audit', '--no-fund', '--fetch-timeout=60000', '--fetch-retries=3'], { stdio: 'inherit' });
  writeFileSync(done, wanted);
}

/** Lighthouse's command-line entry, installed by installPeer. */
export const lighthouseCli = join(peerDir, 'node_modules/lighthouse/cli/index.js');
