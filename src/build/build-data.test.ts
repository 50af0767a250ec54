import { describe, expect, it } from 'vitest';
import { withoutBuildData } from './build-data.ts';

describe('withoutBuildData', () => {
  it('takes out the props written for the build and leaves the rest of the page as it was', () => {
    const island = '<astro-island props="{&quot;step&quot;:[0,1]}"><form><p>A < B</p></form></astro-island>';
    const page = `<main><div class="x" data-widget="assessment"><script type="application/json" data-widget-props>{"step":1,"note":"\\u003c/script>"}</script>${island}</div><script type="application/json" id="question-index">{}</script></main>`;
    expect(withoutBuildData(page)).toBe(`<main><div class="x" data-widget="assessment">${island}</div><script type="application/json" id="question-index">{}</script></main>`);
  });

  it('leaves a page without any as it was', () => {
    const page = '<!doctype html><html lang="en-GB"><head><title>T</title></head><body><p>Text &amp; more</p></body></html>';
    expect(withoutBuildData(page)).toBe(page);
  });
});
