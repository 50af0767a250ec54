// Browser tests against the production builds: dist/ served at "/", and dist-subpath/ built
// with BASE_PATH=/guide/ and served under it. `npm test` builds both before running these.
import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/support/browser.ts';

// TEST_PORT lets two checkouts run their tests side by side without sharing a server.
const ROOT_PORT = Number(process.env.TEST_PORT ?? 4321);
const SUBPATH_PORT = ROOT_PORT + 1;

export default defineConfig({
  testDir: 'tests',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // CI machines have two slow cores; a whole journey with axe runs can take a while there.
  timeout: 60_000,
  forbidOnly: true,
  reporter: [[process.env.CI ? 'dot' : 'list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions,
    trace: 'retain-on-failure',
    // The offline worker precaches the whole site on every first visit; only offline tests need it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://localhost:${ROOT_PORT}/` } },
    {
      name: 'subpath',
      // Only the whole-site page checks run again under the sub-path.
      testMatch: 'pages.spec.ts',
      use: { baseURL: `http://localhost:${SUBPATH_PORT}/guide/` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --ignore-lock --port ${ROOT_PORT}`,
      url: `http://localhost:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx astro preview --ignore-lock --port ${SUBPATH_PORT}`,
      env: { BASE_PATH: '/guide/', OUT_DIR: 'dist-subpath' },
      url: `http://localhost:${SUBPATH_PORT}/guide/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
