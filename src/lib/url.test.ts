import { describe, expect, it } from 'vitest';
import { printedPath, withBase, withoutBase } from './url.ts';

describe('withBase', () => {
  it('prefixes site paths with the base, with or without its trailing slash', () => {
    expect(withBase('/model/', '/')).toBe('/model/');
    expect(withBase('/model/', '/guide/')).toBe('/guide/model/');
    expect(withBase('model/', '/guide')).toBe('/guide/model/');
    expect(withBase('/', '/guide/')).toBe('/guide/');
  });
  it('leaves anchors and other sites alone', () => {
    expect(withBase('#why', '/guide/')).toBe('#why');
    expect(withBase('https://example.org/', '/guide/')).toBe('https://example.org/');
    expect(withBase('mailto:a@b.c', '/guide/')).toBe('mailto:a@b.c');
  });
});

describe('printedPath', () => {
  it('gives a link to another page of the guide its site path, without the fragment', () => {
    expect(printedPath('/steps/3-add-value/#why', '/model/')).toBe('/steps/3-add-value/');
    expect(printedPath('/', '/model/')).toBe('/');
  });
  it('gives none to a link within the page or to another site', () => {
    expect(printedPath('/model/#top', '/model/')).toBeUndefined();
    expect(printedPath('#note-1', '/model/')).toBeUndefined();
    expect(printedPath('https://example.org/', '/model/')).toBeUndefined();
    expect(printedPath('//example.org/', '/model/')).toBeUndefined();
  });
});

describe('withoutBase', () => {
  it('takes the base off a path on this site', () => {
    expect(withoutBase('/guide/model/', '/guide/')).toBe('/model/');
    expect(withoutBase('/guide/', '/guide/')).toBe('/');
    expect(withoutBase('/model/', '/')).toBe('/model/');
  });
});
