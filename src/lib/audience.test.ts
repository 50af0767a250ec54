import { describe, expect, it } from 'vitest';
import { audienceText } from './audience.ts';

describe('audienceText', () => {
  const names = { all: 'all partners', funder: 'funders', 'public-body': 'public bodies', 'civil-society': 'civil society organisations' };
  it('names one, two or three kinds of partner as a sentence would', () => {
    expect(audienceText(['funder'], names)).toBe('funders');
    expect(audienceText(['funder', 'public-body'], names)).toBe('funders and public bodies');
    expect(audienceText(['funder', 'public-body', 'civil-society'], names)).toBe('funders, public bodies and civil society organisations');
    expect(audienceText(['all', 'funder'], names)).toBe('all partners');
  });
});
