import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE } from './language.ts';
import { plural } from './plural.ts';

describe('plural', () => {
  const files = { one: '{count} file from {who}', other: '{count} files from {who}' };

  it('picks the English form for each count and fills it', () => {
    expect(plural(files, 1, { who: 'Leeds' })).toBe('1 file from Leeds');
    expect(plural(files, 0, { who: 'Leeds' })).toBe('0 files from Leeds');
    expect(plural(files, 2, { who: 'Leeds' })).toBe('2 files from Leeds');
    expect(plural(files, 21, { who: 'Leeds' })).toBe('21 files from Leeds');
  });

  it('falls back to the other form when the copy lacks a category', () => {
    expect(plural({ other: '{count} files' }, 1)).toBe('1 files');
  });

  it('fills the count itself, whatever values are passed', () => {
    expect(plural(files, 3, { who: 'Leeds', count: 99 })).toBe('3 files from Leeds');
  });
});

describe('the interface copy', () => {
  const categories = new Intl.PluralRules(LOCALE).resolvedOptions().pluralCategories as string[];
  const isPlural = (value: unknown): value is Record<string, string> =>
    typeof value === 'object' && value !== null && 'other' in value && Object.values(value).every((v) => typeof v === 'string');
  /** Every plural in content/ui, and every key, by dotted path. */
  function walk(value: unknown, path: string, plurals: Map<string, Record<string, string>>, keys: string[]) {
    if (typeof value !== 'object' || value === null) return;
    if (isPlural(value)) plurals.set(path, value);
    else {
      for (const [key, child] of Object.entries(value)) {
        keys.push(`${path}.${key}`);
        walk(child, `${path}.${key}`, plurals, keys);
      }
    }
  }
  const plurals = new Map<string, Record<string, string>>();
  const keys: string[] = [];
  for (const file of readdirSync('content/ui').filter((f) => f.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join('content/ui', file), 'utf8')), file, plurals, keys);
  }

  it('writes every plural as one object with the forms the language has', () => {
    expect(plurals.size).toBeGreaterThan(0);
    for (const [path, forms] of plurals) {
      expect(Object.keys(forms).sort(), path).toEqual([...categories].sort());
      expect(forms.other, path).toContain('{count}');
    }
  });

  it('has no singular kept under a key of its own', () => {
    expect(keys.filter((key) => /One$/.test(key) && keys.includes(key.replace(/One$/, '')))).toEqual([]);
  });
});
