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
  const page =
    '<link rel="stylesheet" href="/guide/_astro/a.css"><a href="/guide/model/">Model</a><a href="https://example.org/">x</a><a href="#note-1">1</a><script type="module" src="/guide/_astro/s.js"></script><script src="/guide/_astro/site.js" defer></script>';

  it('rewrites links and assets under the base, and leaves the rest', () => {
    expect(relativiseHtml(page, 'steps/1-shared-goals/index.html', '/guide/')).toBe(
      '<link rel="stylesheet" href="../../_astro/a.css"><a href="../../model/">Model</a><a href="https://example.org/">x</a><a href="#note-1">1</a><script type="module" src="/guide/_astro/s.js"></script><script src="../../_astro/site.js" defer></script>',
    );
  });

  it('works at the site root with a "/" base', () => {
    expect(relativiseHtml('<a href="/checklist/blank/">b</a>', 'index.html', '/')).toBe('<a href="checklist/blank/">b</a>');
  });
});

describe('relativiseHtml and the print target components give links', () => {
  it('keeps the site path a component wrote as data-path, and adds none of its own', () => {
    const page =
      '<main id="main"><p><a href="/guide/steps/3-add-value/#why" data-path="/steps/3-add-value/">step 3</a> <a href="/guide/sources/">Sources</a></p></main>';
    expect(relativiseHtml(page, 'model/index.html', '/guide/')).toBe(
      '<main id="main"><p><a href="../steps/3-add-value/#why" data-path="/steps/3-add-value/">step 3</a> <a href="../sources/">Sources</a></p></main>',
    );
  });
});
