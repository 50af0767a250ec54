// Before the browser tests: use the system Chromium when there is one; otherwise make sure
// Playwright's own Chromium is installed (on a developer's laptop, `npm test` just works).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (system) {
  console.log(`Browser tests use ${system}.`);
} else if (!existsSync(chromium.executablePath())) {
  console.log('No Chromium found: installing Playwright’s own.');
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
