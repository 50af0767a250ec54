import { describe, expect, it } from 'vitest';
import { fill } from './text.ts';

describe('fill', () => {
  it('fills every placeholder and leaves unknown ones visible', () => {
    expect(fill('{a} of {b} ({c})', { a: 1, b: 'five' })).toBe('1 of five ({c})');
  });
});
