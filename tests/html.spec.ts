// Every built page, the 404 page and the single-file edition are valid HTML, by html-validate's
// rules for the standard, whole documents and accessibility (.htmlvalidate.mjs). No browser:
// the files are read from dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { test, expect } from '@playwright/test';
import site from '../content/site.json' with { type: 'json' };
import { builtPages } from './support/site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const files = [...builtPages().map((page) => join(page, 'index.html')), '404.html', site.offlineFile];
const describe = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;

for (const file of files) {
  test(`${file} is valid HTML`, async () => {
    const path = join('dist', file);
    const report = await validator.validateString(readFileSync(path, 'utf8'), path);
    expect(report.results.flatMap((result) => result.messages).map(describe)).toEqual([]);
  });
}
