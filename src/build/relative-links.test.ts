import { describe, expect, it } from 'vitest';
import { relativeUrl, relativiseHtml } from './relative-links.ts';

describe('relativeUrl', () => {
  it('walks up and down between site folders', () => {
    expect(relativeUrl('steps/1-shared-goals/', '/model/')).toBe('../../model/');
    expect(relativeUrl('', '/model/')).toBe('model/');
    expect(relativeUrl('steps/1-shared-goals/', '/steps/2-partnership/#why')).toBe('../2-partnership/#why');
    expect(relativeUrl('model/', '/')).toBe('../');
    expect(relativeUrl('', '/')).toBe('./');
    expect(relativeUrl('model/', '/model/#top')).toBe('./#top');
    expect(relativeUrl('steps/5-legacy/', '/_astro/Chapter.css')).toBe('../../_astro/Chapter.css');
    expect(relativeUrl('', '/favicon.svg')).toBe('favicon.svg');
  });
});

describe('relativiseHtml', () => {
  const page = '<link rel="stylesheet" href="/guide/_astro/a.css"><a href="/guide/model/">Model</a><a href="https://example.org/">x</a><a href="#note-1">1</a><script type="module" src="/guide/_astro/s.js"></script><script src="/guide/file-mode.js"></script>';

  it('rewrites links and assets under the base, and leaves the rest', () => {
    expect(relativiseHtml(page, 'steps/1-shared-goals/index.html', '/guide/')).toBe(
      '<link rel="stylesheet" href="../../_astro/a.css"><a href="../../model/">Model</a><a href="https://example.org/">x</a><a href="#note-1">1</a><script type="module" src="/guide/_astro/s.js"></script><script src="../../file-mode.js"></script>',
    );
  });

  it('works at the site root with a "/" base', () => {
    expect(relativiseHtml('<a href="/checklist/blank/">b</a>', 'index.html', '/')).toBe('<a href="checklist/blank/">b</a>');
  });
});

describe('relativiseHtml, the print target of links in the prose', () => {
  it('gives a prose link to another page its site path, without the base or the fragment', () => {
    const page = '<a href="/guide/">Home</a><main id="main"><div class="prose"><a href="/guide/steps/3-add-value/#why">step 3</a> <a href="/guide/">home</a></div></main><a href="/guide/sources/">Sources</a>';
    expect(relativiseHtml(page, 'steps/1-shared-goals/index.html', '/guide/')).toBe(
      '<a href="../../">Home</a><main id="main"><div class="prose"><a href="../3-add-value/#why" data-path="/steps/3-add-value/">step 3</a> <a href="../../" data-path="/">home</a></div></main><a href="../../sources/">Sources</a>',
    );
  });

  it('leaves links within the page, buttons, widgets, source notes and chrome without one', () => {
    const page = [
      '<main id="main"><a class="contents-link" href="#guide-contents">Contents</a><div class="prose">',
      '<a href="#note-1">1</a>',
      '<a href="/model/#top">top</a>',
      '<a class="button" href="/checklist/">Checklist</a>',
      '<a class="question__source" href="/sources/#source-003">Interim report</a>',
      '<a href="https://example.org/">elsewhere</a>',
      '</div><section class="source-notes"><a href="/sources/#source-002">About this source</a></section>',
      '<nav class="pagination"><a class="pagination__link" href="/steps/1-shared-goals/" rel="next">Next</a></nav></main>',
    ].join('');
    expect(relativiseHtml(page, 'model/index.html', '/')).toBe(
      [
        '<main id="main"><a class="contents-link" href="#guide-contents">Contents</a><div class="prose">',
        '<a href="#note-1">1</a>',
        '<a href="./#top">top</a>',
        '<a class="button" href="../checklist/">Checklist</a>',
        '<a class="question__source" href="../sources/#source-003">Interim report</a>',
        '<a href="https://example.org/">elsewhere</a>',
        '</div><section class="source-notes"><a href="../sources/#source-002">About this source</a></section>',
        '<nav class="pagination"><a class="pagination__link" href="../steps/1-shared-goals/" rel="next">Next</a></nav></main>',
      ].join(''),
    );
  });

  it('adds none on a page without prose', () => {
    expect(relativiseHtml('<main id="main"><a href="/checklist/blank/">blank</a></main>', 'checklist/index.html', '/')).toBe('<main id="main"><a href="blank/">blank</a></main>');
  });
});
