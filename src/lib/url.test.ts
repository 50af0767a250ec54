import { describe, expect, it } from 'vitest';
import { withBase } from './url.ts';

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
