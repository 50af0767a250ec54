import { describe, expect, it } from 'vitest';
import { finishPage } from './page-html.ts';

const head = '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>T</title></head>';

describe('finishPage', () => {
  it('takes out the props written for the build and leaves the rest of the page as it was', () => {
    const island = '<x-island props="{&quot;step&quot;:[0,1]}"><form><p>A &lt; B</p></form></x-island>';
    const page = `${head}<body><main><div class="x" data-widget="assessment"><script type="application/json" data-widget-props>{"step":1,"note":"\\u003c/script>"}</script>${island}</div><script type="application/json" id="question-index">{}</script></main></body></html>`;
    expect(finishPage(page)).toBe(
      `${head}<body><main><div class="x" data-widget="assessment">${island}</div><script type="application/json" id="question-index">{}</script></main></body></html>`,
    );
  });

  it('moves styles from the body to the end of the head, in order', () => {
    const page = `${head}<body><p>One</p><div><style>a{color:red}</style><p>Two</p></div><style>b{color:blue}</style></body></html>`;
    expect(finishPage(page)).toBe(
      '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>T</title><style>a{color:red}</style><style>b{color:blue}</style></head><body><p>One</p><div><p>Two</p></div></body></html>',
    );
  });

  it('leaves a page with nothing to change as it was', () => {
    const page = `${head}<body><p>Text &amp; more</p><script type="module" src="/a.js"></script></body></html>`;
    expect(finishPage(page)).toBe(page);
  });
});
