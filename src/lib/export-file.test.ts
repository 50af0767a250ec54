import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file.ts';

describe('exportFileName', () => {
  const on = new Date(2026, 10, 24, 12, 0);

  it('names the place and the date', () => {
    expect(exportFileName({ place: 'Greater Manchester' }, 'json', on)).toBe('readiness-greater-manchester-2026-11-24.json');
  });

  it('tells partners apart by organisation, else by role', () => {
    expect(exportFileName({ place: 'Leeds', organisation: 'Leeds City Council', perspective: 'public-body' }, 'json', on)).toBe(
      'readiness-leeds-leeds-city-council-2026-11-24.json',
    );
    expect(exportFileName({ place: 'Leeds', organisation: '', perspective: 'funder' }, 'csv', on)).toBe('readiness-leeds-funder-2026-11-24.csv');
    expect(exportFileName({ place: 'Leeds', organisation: 'Joseph Rowntree Foundation', perspective: 'funder' }, 'ics', on)).toBe(
      'readiness-leeds-joseph-rowntree-foundation-2026-11-24.ics',
    );
  });

  it('drops accents from Latin letters and keeps other scripts', () => {
    expect(exportFileName({ place: 'São Paulo' }, 'csv', on)).toBe('readiness-sao-paulo-2026-11-24.csv');
    expect(exportFileName({ place: 'Київ' }, 'csv', on)).toBe('readiness-київ-2026-11-24.csv');
  });

  it('falls back to a plain name when the place has no letters', () => {
    expect(exportFileName({ place: '' }, 'json', on)).toBe('readiness-assessment-2026-11-24.json');
    expect(exportFileName({ place: '<>/\\' }, 'json', on)).toBe('readiness-assessment-2026-11-24.json');
  });

  it('keeps long names short without a trailing hyphen', () => {
    expect(exportFileName({ place: 'Wolverhampton and the Black Country Combined Authority' }, 'json', on)).toBe(
      'readiness-wolverhampton-and-the-black-country-comb-2026-11-24.json',
    );
    // The 40th character is the space before "Bay": cut there, it would end in a hyphen.
    expect(exportFileName({ place: `${'Long'.repeat(9)}end Bay` }, 'json', on)).toBe(`readiness-${'long'.repeat(9)}end-2026-11-24.json`);
  });
});
