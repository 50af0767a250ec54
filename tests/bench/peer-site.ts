// Writes the Starlight peer: an Astro Starlight project whose pages are this guide's chapters
// as plain Markdown (see to-markdown.ts), at the same addresses as on this site.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { toMarkdown, type GuideText } from './to-markdown.ts';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** Reads what the authoring components draw on from a content folder (this project's, or a larger copy's). */
export function guideText(content: string): GuideText {
  const ui = Object.assign({}, ...readdirSync(join(content, 'ui')).map((file) => readJson(join(content, 'ui', file))));
  const questions: GuideText['questions'] = {};
  // The steps' banks only (step-*.yaml, as src/content.config.ts reads them): retired.yaml holds questions no longer asked.
  for (const file of readdirSync(join(content, 'questions'))
    .filter((name) => name.startsWith('step-'))
    .sort()) {
    const bank = parse(readFileSync(join(content, 'questions', file), 'utf8')) as { step: number; questions: { prompt: string; why: string }[] };
    (questions[bank.step] ??= []).push(...bank.questions);
  }
  const steps = chapterFiles(content)
    .map((file) => ({ file, data: parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(content, 'guide', file), 'utf8'))?.[1] ?? '') }))
    .filter(({ data }) => typeof data.step === 'number')
    .map(({ file, data }) => ({
      step: data.step,
      path: pathOf(file),
      heading: String(data.title).replace(/^Step \d+:\s*/, ''),
      description: data.description ?? '',
    }))
    .sort((a, b) => a.step - b.step);
  const site = readJson(join(content, 'site.json'));
  return {
    sources: parse(readFileSync(join(content, 'sources.yaml'), 'utf8')),
    ui,
    questions,
    steps,
    contact: { publisher: site.publisher ?? '', email: site.contact?.email ?? '', url: site.contact?.url ?? '' },
  };
}

function chapterFiles(content: string): string[] {
  return readdirSync(join(content, 'guide'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();
}

/** "steps/3-add-value.mdx" is served at "/steps/3-add-value/", as on this site. */
function pathOf(file: string): string {
  const id = file.replace(/\.mdx$/, '');
  return id === 'index' ? '/' : `/${id}/`;
}

/**
 * Writes a Starlight project in `folder`, where its packages are installed (Astro refuses
 * components from a linked node_modules), from the chapters in `content`; returns how many pages
 * it has. Earlier pages and output are removed; the packages stay.
 */
export function writePeerSite(folder: string, content: string): number {
  for (const old of ['src', 'dist', '.astro']) rmSync(join(folder, old), { recursive: true, force: true });
  const title = readJson(join(content, 'site.json')).title as string;
  writeFileSync(
    join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ integrations: [starlight({ title: ${JSON.stringify(title)} })] });\n`,
  );
  mkdirSync(join(folder, 'src'));
  writeFileSync(
    join(folder, 'src/content.config.mjs'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const text = guideText(content);
  const files = chapterFiles(content);
  for (const file of files) {
    const target = join(folder, 'src/content/docs', file.replace(/\.mdx$/, '.md'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, toMarkdown(readFileSync(join(content, 'guide', file), 'utf8'), text));
  }
  return files.length;
}
