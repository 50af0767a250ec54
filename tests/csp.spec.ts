// The strict Content-Security-Policy holds along the main journey: not one violation.
import { readFileSync } from 'node:fs';
import { test, expect, waitForIslands } from './support/fixtures.ts';
import { builtHtml } from './support/site.ts';

test('every page carries a strict policy: no unsafe-inline, no unsafe-eval', () => {
  for (const page of ['', 'steps/1-shared-goals/', 'checklist/', 'compare/']) {
    const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(builtHtml(page))?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
  }
});

test('the main journey causes no policy violations', async ({ page, watch }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  await page.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  page.on('console', (message) => /Content.Security.Policy/i.test(message.text()) && violations.push(message.text()));

  // Read, search.
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('pooled fund');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results?/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // Assess.
  await page.goto('steps/1-shared-goals/');
  await page.locator('.assessment').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await page.locator('fieldset.question').first().getByRole('radio', { name: 'Partly' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

  // Checklist: export, import, share.
  await page.goto('checklist/');
  await waitForIslands(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for this guide (JSON)' }).click()]);
  const file = await download.path();
  await page.getByLabel('Choose a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Keep as a separate copy' }).click();
  await page.getByRole('button', { name: 'Create a share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  await page.goto(link);
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: /^Shared with you:/ })).toBeVisible();

  // Compare.
  await page.goto('compare/');
  await waitForIslands(page);
  const exported = { mimeType: 'application/json', buffer: readFileSync(file) };
  await page.getByLabel('Choose exported files (JSON)').setInputFiles([
    { name: 'one.json', ...exported },
    { name: 'again.json', ...exported },
  ]);
  // The same file twice is one partner, and the page says so.
  await expect(page.getByRole('button', { name: /^Remove (?!all files$)/ })).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('again.json: this export is already here as');

  expect(violations).toEqual([]);
  expect(watch.errors).toEqual([]);
});
