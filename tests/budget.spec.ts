// The size budget from package.json ("budget"), checked on every built page. Bytes are
// deterministic, so they are asserted; times are not, so `npm run bench` only prints them.
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { builtHtml, builtPages } from './support/site.ts';
import { describe, loadPage, total } from './support/page-weight.ts';

const { budget } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  budget: {
    stepPage: { javascript: number; javascriptOnUse: number; total: number };
    readingPage: { javascript: number };
    toolPage: { javascript: number };
    everyPage: { css: number };
  };
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of builtPages()) {
  const html = builtHtml(path);
  const isStep = html.includes('class="assessment"');
  const isReading = !html.includes('<astro-island');
  // The checklist and compare pages: the whole page is an island.
  const isTool = !isStep && !isReading;
  test(`/${path} stays within the size budget`, async ({ page }) => {
    const files = await loadPage(page, path);
    const js = total(files, 'js');
    const css = total(files, 'css');
    expect(css, `CSS on /${path} is ${kb(css)}, over ${kb(budget.everyPage.css)}: ${describe(files, 'css')}`).toBeLessThanOrEqual(budget.everyPage.css);
    if (isStep) {
      expect(js, `JavaScript on /${path} is ${kb(js)}, over ${kb(budget.stepPage.javascript)}: ${describe(files, 'js')}`).toBeLessThanOrEqual(
        budget.stepPage.javascript,
      );
      const all = total(files);
      expect(all, `/${path} loads ${kb(all)} in all, over ${kb(budget.stepPage.total)}: ${describe(files)}`).toBeLessThanOrEqual(budget.stepPage.total);
    }
    if (isTool) {
      expect(js, `JavaScript on /${path} is ${kb(js)}, over ${kb(budget.toolPage.javascript)}: ${describe(files, 'js')}`).toBeLessThanOrEqual(
        budget.toolPage.javascript,
      );
    }
    if (isReading) {
      expect(js, `JavaScript on /${path} is ${kb(js)}, over ${kb(budget.readingPage.javascript)}: ${describe(files, 'js')}`).toBeLessThanOrEqual(
        budget.readingPage.javascript,
      );
    }
  });
  // The figures above are before a step's form is used, when its code loads; its weight is watched too.
  if (isStep) {
    test(`/${path} stays within the size budget once its form is used`, async ({ page }) => {
      const files = await loadPage(page, path, { use: true });
      const js = total(files, 'js');
      expect(
        js,
        `JavaScript on /${path} once its form is used is ${kb(js)}, over ${kb(budget.stepPage.javascriptOnUse)}: ${describe(files, 'js')}`,
      ).toBeLessThanOrEqual(budget.stepPage.javascriptOnUse);
    });
  }
}
