// The accessibility statement a UK public sector body would publish: who runs the site and how to
// reach them, the regulations, an honest compliance status, when and how it was tested; and a
// loud notice, on the page and in print, while the publisher's details are missing.
import { readFileSync } from 'node:fs';
import { expectNoViolations } from './support/a11y.ts';
import { test, expect } from './support/fixtures.ts';
import { pdfText } from './support/pdf-text.ts';
import { formatDate } from '../src/lib/dates.ts';
import { missingForPublication } from '../src/lib/publication.ts';

const site = JSON.parse(readFileSync('content/site.json', 'utf8'));
const missing = missingForPublication(site);

test('the accessibility statement says who runs the site, cites the regulations and says how and when it was tested', async ({ page }) => {
  await page.goto('accessibility/');
  const main = page.locator('main');
  await expect(main).not.toContainText('fully compliant');
  await expect(main).toContainText('This website is partially compliant');
  await expect(
    main.getByRole('link', { name: 'Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018' }),
  ).toHaveAttribute('href', 'https://www.legislation.gov.uk/uksi/2018/952/contents/made');
  await expect(main).toContainText(`last tested on ${formatDate(site.accessibilityTested)}`);
  await expect(main).toContainText('axe-core');
  await expect(main).toContainText('three other automated accessibility checkers');
  await expect(main).toContainText('Nobody has yet tested the website with a screen reader');

  const notice = main.getByRole('complementary', { name: 'This statement is not complete' });
  if (missing.length > 0) {
    // Nothing to point to: the page says so where it cannot be missed, and in every place it would name them.
    await expect(notice).toBeVisible();
    await expect(main).toContainText('This website is run by an organisation this copy of the guide does not name');
    await expect(main).toContainText('This copy of the guide does not say how soon you will get a reply.');
    const printed = await pdfText(await page.pdf({ format: 'A4' }));
    expect(printed).toContain('This statement is not complete');
  } else {
    await expect(notice).toHaveCount(0);
    await expect(main).toContainText(`This website is run by ${site.publisher}`);
    await expect(main).toContainText(`We will reply within ${site.contact.replyWithin}.`);
  }
  await expectNoViolations(page, 'accessibility statement');
});
