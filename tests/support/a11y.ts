// Accessibility checks shared by the browser tests: axe-core with the WCAG 2.2 A and AA rules
// (violations only: asking for passes too makes each run several times slower), and reflow.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Fails with each violated rule and the elements that break it. */
export async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_22_AA)
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(results.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Reflow (WCAG 1.4.10): at 320 CSS pixels wide, nothing makes the page scroll sideways. */
export async function expectReflow(page: Page, state: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (size) await page.setViewportSize(size);
  expect(width, `${state}: page width at 320 px`).toBeLessThanOrEqual(320);
}
