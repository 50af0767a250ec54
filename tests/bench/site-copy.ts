// A copy of this project to build apart from the working tree (whose dist/ the tests use),
// optionally with its guide repeated to see how build time and pages grow.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Copies the project into a temporary folder, sharing its node_modules. With `times` above 1 the
 * chapters and questions are repeated: each copy of a chapter is a reading page (no step), each
 * copy of a question bank adds questions to its step under new ids.
 */
export function siteCopy(times = 1): string {
  const folder = mkdtempSync(join(tmpdir(), `guide-x${times}-`));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(entry, join(folder, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(folder, 'node_modules'));
  if (times === 1) return folder;
  const guide = join(folder, 'content/guide');
  const chapters = readdirSync(guide, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  mkdirSync(join(guide, 'synthetic'));
  for (let copy = 1; copy < times; copy++) {
    for (const chapter of chapters) {
      const text = readFileSync(join(guide, chapter), 'utf8')
        .replace(/^title: "(.*)"$/m, `title: "$1 (copy ${copy})"`)
        .replace(/^step: \d+\n/m, '')
        .replace(/^navTitle: .*\n/m, '');
      writeFileSync(join(guide, 'synthetic', `${copy}-${chapter.replace(/\//g, '-')}`), text);
    }
  }
  const questions = join(folder, 'content/questions');
  for (const file of readdirSync(questions)) {
    const text = readFileSync(join(questions, file), 'utf8');
    for (let copy = 1; copy < times; copy++) {
      writeFileSync(join(questions, file.replace('.yaml', `-copy-${copy}.yaml`)), text.replace(/id: (s\d)-/g, `id: $1-copy${copy}-`));
    }
  }
  return folder;
}
