// The citations plugin: reads <Cite>, <KeyFigure> and <Quote> from each chapter's MDX syntax
// tree, numbers the page's notes, gives each citation its note number as a `note` attribute and
// its place among the page's citations as `use` (the anchor a note's back-link returns to), and
// hands the page its notes and every use of a source through its frontmatter (`citations`,
// read with src/lib/citations.ts). It runs in Astro's Markdown processor, Sätteri, which
// passes plugins the same mdast tree remark plugins get (astro.config.mjs).
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastNode, type MdastVisitorContext, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { lastSentence, numberCitations, type CitationKind, type CitationUse } from '../lib/citations.ts';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

const KINDS: Record<string, CitationKind> = { Cite: 'cite', KeyFigure: 'figure', Quote: 'quote' };

/** "content/guide/model.mdx:12", for messages that send an author to the line. */
function whereIs(node: Element, ctx: MdastVisitorContext): string {
  const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'MDX';
  return `${file}:${node.position?.start.line ?? '?'}`;
}

/** An attribute written as text; the build needs its value before any page code runs. */
function text(node: Element, name: string, ctx: MdastVisitorContext): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute || attribute.type !== 'mdxJsxAttribute' || attribute.value == null) return undefined;
  if (typeof attribute.value !== 'string') {
    throw new Error(
      `${whereIs(node, ctx)}: <${node.name}> ${name}={…} is an expression. Write it as text, as in ${name}="…": notes are numbered before any code on the page runs.`,
    );
  }
  return attribute.value;
}

/** What a citation backs: the sentence before a Cite, the figure and its label, or the quoted words. */
function claim(kind: CitationKind, node: Element, ctx: MdastVisitorContext): string {
  if (kind === 'figure') return `${text(node, 'value', ctx) ?? ''} ${text(node, 'label', ctx) ?? ''}`.trim();
  if (kind === 'quote') return `“${ctx.textContent(node).replace(/\s+/g, ' ').trim()}”`;
  const siblings = (ctx.parent(node)?.children ?? []) as MdastNode[];
  const before = siblings.slice(0, ctx.indexOf(node));
  return lastSentence(before.map((sibling) => ctx.textContent(sibling)).join(''));
}

/** The chapter's citations so far, in the order they appear, kept with the document being compiled. */
const usesOf = (ctx: MdastVisitorContext) => ctx.data.citationUses as Omit<CitationUse, 'note'>[];

/** Reads one citation and writes its note number and place in as attributes; other elements pass. */
function cite(node: Element, ctx: MdastVisitorContext): Element | undefined {
  const kind = KINDS[node.name ?? ''];
  if (!kind) return undefined;
  const source = text(node, 'source', ctx);
  const section = text(node, 'section', ctx);
  if (!source || !section) throw new Error(`${whereIs(node, ctx)}: <${node.name}> needs a source and a section, as in source="002" section="Introduction".`);
  const uses = usesOf(ctx);
  uses.push({ kind, source, section, claim: claim(kind, node, ctx) });
  // A citation's note number depends only on the citations before it.
  const { note } = numberCitations(uses).uses.at(-1)!;
  const written = [
    { type: 'mdxJsxAttribute' as const, name: 'note', value: String(note) },
    { type: 'mdxJsxAttribute' as const, name: 'use', value: String(uses.length) },
  ];
  const attributes = [...node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || !['note', 'use'].includes(a.name)), ...written];
  // A node read from the tree cannot be changed in place: it is replaced by a copy.
  return { type: node.type, name: node.name, attributes, children: node.children } as Element;
}

export const citationsPlugin = defineMdastPlugin({
  name: 'citations',
  // Positions give error messages their line numbers.
  options: { position: true },
  before(_root, ctx) {
    ctx.data.citationUses = [];
  },
  // Sätteri walks the tree and hands over only the JSX elements, in the order they appear:
  // walking every node here read the whole chapter into JavaScript, half its compile time.
  mdxJsxFlowElement: cite,
  mdxJsxTextElement: cite,
  after(_root, ctx) {
    const astro = ctx.data.astro as { frontmatter: Record<string, unknown> } | undefined;
    if (!astro) throw new Error('The citations plugin runs inside Astro, which gives it the page frontmatter.');
    astro.frontmatter.citations = numberCitations(usesOf(ctx));
  },
});
