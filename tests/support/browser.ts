// Which Chromium the tests drive: the system's when there is one (Debian's here, or the path in
// CHROMIUM_PATH), otherwise Playwright's own, which `npm test` installs when it is missing.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
/** The system's Chromium, when there is one. */
export const systemChromium = candidates.find((path): path is string => Boolean(path && existsSync(path)));

export const launchOptions: LaunchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      // Root in a container needs --no-sandbox; the rest stop Chromium calling Google's servers.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    }
  : {};
