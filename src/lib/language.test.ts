import { describe, expect, it } from 'vitest';
import { listText } from './language.ts';

describe('listText', () => {
  it('joins one, two or three items as a British English sentence would', () => {
    expect(listText([])).toBe('');
    expect(listText(['funders'])).toBe('funders');
    expect(listText(['funders', 'public bodies'])).toBe('funders and public bodies');
    expect(listText(['funders', 'public bodies', 'civil society organisations'])).toBe('funders, public bodies and civil society organisations');
  });
});
