// Shared test fixtures: every page is watched for console errors and requests to other origins.
import { test as base, expect, type Page } from '@playwright/test';

interface Watch {
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests made to any origin other than the site's. */
  foreignRequests: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const watch: Watch = { errors: [], foreignRequests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') watch.errors.push(message.text());
    });
    page.on('pageerror', (error) => watch.errors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) watch.foreignRequests.push(request.url());
    });
    await use(watch);
  },
});

export { expect };

/**
 * Waits until the islands on the page have hydrated. A step form with nothing stored hydrates on
 * the reader's first use (client:needed): it is used here as a reader would start, by focus
 * arriving inside it, without moving the page's own focus.
 */
export async function waitForIslands(page: Page) {
  await page.evaluate(() => {
    for (const island of document.querySelectorAll('astro-island[ssr][client="needed"]')) island.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  });
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
}
