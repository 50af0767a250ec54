// Turns one of the guide's MDX chapters into plain Markdown for the Starlight peer: every
// component is reduced to the text a reader sees (a citation becomes a numbered footnote, a key
// figure a line of text, a step's assessment the list of its questions), so both sites publish
// the same words and the bench compares the machinery around them, not the content.
import { parse, stringify } from 'yaml';
import { fill } from '../../src/lib/text.ts';

/** What the components draw on besides their own attributes, read from the content folder. */
export interface GuideText {
  sources: { id: string; short: string }[];
  /** The copy the components use, from content/ui/*.json. */
  ui: {
    citations: { note: string; figureSource: string; quoteBy: string };
    roleHeadings: Record<string, string>;
    checklist: { start: string };
    contact: { unset: string; or: string };
  };
  /** Questions by step, in the order the reader sees them. */
  questions: Record<number, { prompt: string; why: string }[]>;
  /** The step chapters, in order, for the home page's list of steps. */
  steps: { step: number; path: string; heading: string; description: string }[];
  contact: { publisher: string; email: string; url: string };
}

type Attributes = Record<string, string>;

const ATTRIBUTES = String.raw`((?:\s+[\w-]+=(?:"[^"]*"|\{[^}]*\}))*)\s*`;

function attributesOf(text: string): Attributes {
  const attributes: Attributes = {};
  for (const [, name, quoted, expression] of text.matchAll(/([\w-]+)=(?:"([^"]*)"|\{([^}]*)\})/g)) {
    attributes[name!] = quoted ?? expression!.replace(/^["']|["']$/g, '');
  }
  return attributes;
}

/** Front matter Starlight accepts: title and description, with steps ordered in the sidebar. */
function frontMatter(yaml: string): string {
  const data = (parse(yaml) ?? {}) as Record<string, unknown>;
  const kept: Record<string, unknown> = { title: data.title ?? 'Untitled' };
  if (data.description) kept.description = data.description;
  if (typeof data.step === 'number') kept.sidebar = { order: data.step };
  return `---\n${stringify(kept)}---\n`;
}

/** Converts one chapter. Unknown components lose their tags and keep what is between them. */
export function toMarkdown(mdx: string, text: GuideText): string {
  const [, yaml = '', body = mdx] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(mdx) ?? [];
  const notes: string[] = [];
  const note = (a: Attributes) => {
    const source = text.sources.find((s) => s.id === a.source)?.short ?? a.source ?? '';
    notes.push(fill(text.ui.citations.note, { source, section: a.section ?? '' }));
    return `[^${notes.length}]`;
  };
  const tag = (name: string) => new RegExp(`<${name}${ATTRIBUTES}(/?)>`, 'g');

  let markdown = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    // Citations, figures and quotes in one pass, so notes are numbered in reading order.
    .replace(
      new RegExp(`<Cite${ATTRIBUTES}/>|<KeyFigure${ATTRIBUTES}/>|<Quote${ATTRIBUTES}>([\\s\\S]*?)</Quote>`, 'g'),
      (_, cite, figure, quote, words: string) => {
        if (cite !== undefined) return note(attributesOf(cite));
        if (figure !== undefined) {
          const a = attributesOf(figure);
          const source = text.sources.find((s) => s.id === a.source)?.short ?? '';
          return `* **${a.value ?? ''}** ${a.label ?? ''} (${text.ui.citations.figureSource} ${source})${note(a)}`;
        }
        const a = attributesOf(quote);
        const source = text.sources.find((s) => s.id === a.source)?.short ?? '';
        const lines = words
          .trim()
          .split('\n')
          .map((line) => `> ${line}`);
        return `${lines.join('\n')}\n>\n> — ${fill(text.ui.citations.quoteBy, { by: a.by ?? '' })} ${source}${note(a)}`;
      },
    )
    .replace(tag('ForRole'), (_, a: string) => `### ${text.ui.roleHeadings[attributesOf(a).role ?? ''] ?? ''}\n`)
    .replace(tag('TimelineEvent'), (_, a: string) => `### ${attributesOf(a).title ?? ''}\n\n**${attributesOf(a).date ?? ''}**\n`)
    .replace(tag('Callout'), (_, a: string) => `**${attributesOf(a).title ?? ''}**\n`)
    .replace(tag('StepAssessment'), (_, a: string) =>
      (text.questions[Number(attributesOf(a).step)] ?? []).map((q, i) => `${i + 1}. **${q.prompt}** ${q.why}`).join('\n'),
    )
    .replace(tag('StepList'), () => text.steps.map((s) => `${s.step}. [${s.heading}](${s.path}) ${s.description}`).join('\n'))
    .replace(tag('StartCheck'), () => (text.steps[0] ? `[${text.ui.checklist.start}](${text.steps[0].path})` : ''))
    .replace(tag('SiteContact'), () => {
      const { publisher, email, url } = text.contact;
      if (!email && !url) return text.ui.contact.unset;
      return `${publisher ? `${publisher}: ` : ''}${[email, url].filter(Boolean).join(` ${text.ui.contact.or} `)}`;
    })
    // Wrappers (KeyFigures, RoleActions, Timeline) and anything unknown: the tags go, the text stays.
    .replace(new RegExp(`</?[A-Z][\\w.]*${ATTRIBUTES}/?>`, 'g'), '');

  markdown = markdown.replace(/\n{3,}/g, '\n\n').trim();
  const footnotes = notes.map((n, i) => `[^${i + 1}]: ${n}`).join('\n');
  return `${frontMatter(yaml)}\n${markdown}\n${footnotes ? `\n${footnotes}\n` : ''}`;
}
