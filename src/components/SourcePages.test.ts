// A source cited in more places than one page holds gets pages: the guide at its size needs none,
// so these render the links between them as a long list would have them.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import SourcePages from './SourcePages.astro';

async function render(current: number, last: number) {
  const container = await AstroContainer.create();
  return parse(await container.renderToString(SourcePages, { props: { id: '002', current, last } }));
}

describe('the links between a source’s pages', () => {
  it('lead from a page of a long list to the next and the previous, and mark the page the reader is on', async () => {
    const nav = (await render(2, 3)).querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Pages of this source’s citations');
    const links = nav.querySelectorAll('a');
    expect(links.map((a) => [a.textContent.trim(), a.getAttribute('href')])).toEqual([
      ['Previous page', '/sources/002/'],
      ['1', '/sources/002/'],
      ['2', '/sources/002/2/'],
      ['3', '/sources/002/3/'],
      ['Next page', '/sources/002/3/'],
    ]);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('aria-label'))).toEqual(['Page 2']);
    // The single file holds every page: each is marked for it.
    expect(links.map((a) => a.getAttribute('data-single-file-page')).filter(Boolean)).toEqual(['/sources/002/', '/sources/002/2/', '/sources/002/3/']);
  });

  it('offer no way back from the first page and none on from the last', async () => {
    const first = (await render(1, 2)).querySelectorAll('a').map((a) => a.textContent.trim());
    expect(first).toEqual(['1', '2', 'Next page']);
    const last = (await render(2, 2)).querySelectorAll('a').map((a) => a.textContent.trim());
    expect(last).toEqual(['Previous page', '1', '2']);
  });

  it('are left out when the source fits on one page', async () => {
    expect((await render(1, 1)).querySelector('nav')).toBeNull();
  });
});
