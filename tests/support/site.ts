// What the tests know about the built site: its pages, read from dist/ rather than listed by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { Question } from '../../src/lib/model.ts';

const DIST = 'dist';

/** Every built page as a path relative to the site's base, e.g. "" for home, "model/". */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && !['_astro', 'pagefind'].includes(entry.name)) walk(full);
      else if (entry.name === 'index.html') pages.push(relative(DIST, dir).split(sep).join('/'));
    }
  };
  walk(DIST);
  return pages.map((p) => (p ? `${p}/` : '')).sort();
}

/** A page's built HTML, for tests that compare it with the source. */
export function builtHtml(page: string): string {
  return readFileSync(join(DIST, page, 'index.html'), 'utf8');
}

/** The guide's chapters: their MDX file and the page each becomes. */
export function chapterSources(): { file: string; page: string }[] {
  const root = 'content/guide';
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) files.push(full);
    }
  };
  walk(root);
  return files.sort().map((file) => {
    const id = relative(root, file)
      .replace(/\.mdx$/, '')
      .split(sep)
      .join('/');
    return { file, page: id === 'index' ? '' : `${id}/` };
  });
}

/** Every question prompt in the bank, read from content/questions. */
export function bankPrompts(): string[] {
  return bankQuestions().map((q) => q.prompt);
}

/** The question bank as the site builds it from content/questions/step-N.yaml. */
export function bankQuestions(): Question[] {
  const files = readdirSync('content/questions')
    .filter((f) => /^step-\d\.yaml$/.test(f))
    .sort();
  return files.flatMap((f) => {
    const data = parse(readFileSync(join('content/questions', f), 'utf8')) as { step: number; questions: Question[] };
    return data.questions.map((q) => ({ ...q, step: data.step as Question['step'] }));
  });
}
