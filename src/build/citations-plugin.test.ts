import { describe, expect, it } from 'vitest';
import { evaluate } from 'satteri';
import { citationsPlugin } from './citations-plugin.ts';
import type { PageCitations } from '../lib/citations.ts';

const mdx = `
## What the initiative did

The fund aimed to raise **£1 million** over four years <Cite source="003" section="About the Citizenship & Integration Initiative" />. Eight organisations applied in the first year, and four secondees were chosen <Cite source='003' section="How was the Initiative designed?" />.

<KeyFigures>

<KeyFigure value="1.4 million" label="Londoners reached by Voter Registration Week" source="004" section="What have we achieved?" />

</KeyFigures>

<Quote
  source="003"
  section="Team dynamics"
  by="A secondee">Our team dynamic is *amazing*.</Quote>

- A list item with a [link](/model/) <Cite source="002" section="Introduction" />.
- Again, from the first source <Cite source="003" section="About the Citizenship & Integration Initiative" />.
`;

/** Compiles MDX with the plugin, as Astro does, and renders it with stand-in components. */
function run(source: string) {
  const frontmatter: Record<string, unknown> = { title: 'A chapter' };
  const rendered: { name: string; source: string; section: string; note: string; use: string }[] = [];
  const stub = (name: string) => (props: Record<string, string>) => {
    rendered.push({ name, source: props.source!, section: props.section!, note: props.note!, use: props.use! });
    return null;
  };
  // A minimal JSX runtime: components are called, elements are left alone.
  const jsx = (type: unknown, props: unknown) => (typeof type === 'function' ? type(props) : null);
  const module = evaluate(source, {
    Fragment: 'fragment',
    jsx,
    jsxs: jsx,
    mdastPlugins: [citationsPlugin],
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  }) as Record<string, unknown>;
  const components = { Cite: stub('Cite'), KeyFigure: stub('KeyFigure'), Quote: stub('Quote'), KeyFigures: (props: { children: unknown }) => props.children };
  (module.default as (props: unknown) => unknown)({ components });
  return { citations: frontmatter.citations as PageCitations, rendered };
}

describe('the citations plugin', () => {
  const { citations, rendered } = run(mdx);

  it('finds every citation in order, with its source, section and kind', () => {
    expect(citations.uses.map((u) => [u.kind, u.source, u.section])).toEqual([
      ['cite', '003', 'About the Citizenship & Integration Initiative'],
      ['cite', '003', 'How was the Initiative designed?'],
      ['figure', '004', 'What have we achieved?'],
      ['quote', '003', 'Team dynamics'],
      ['cite', '002', 'Introduction'],
      ['cite', '003', 'About the Citizenship & Integration Initiative'],
    ]);
  });

  it('numbers one note per source and section, and hands the page its notes', () => {
    expect(citations.uses.map((u) => u.note)).toEqual([1, 2, 3, 4, 5, 1]);
    expect(citations.notes.map((n) => n.section)).toEqual([
      'About the Citizenship & Integration Initiative',
      'How was the Initiative designed?',
      'What have we achieved?',
      'Team dynamics',
      'Introduction',
    ]);
  });

  it('gives every citation component its note number', () => {
    expect(rendered).toHaveLength(6);
    for (const { source, section, note } of rendered) expect(citations.notes[Number(note) - 1]).toEqual({ source, section });
  });

  it('gives every citation its place on the page, which its note links back to', () => {
    expect(rendered.map((r) => r.use)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('takes the sentence before a Cite as its claim, as a reader sees it', () => {
    expect(citations.uses[0]!.claim).toBe('The fund aimed to raise £1 million over four years');
    expect(citations.uses[1]!.claim).toBe('Eight organisations applied in the first year, and four secondees were chosen');
    expect(citations.uses[4]!.claim).toBe('A list item with a link');
  });

  it('uses the figure and the quoted words as the claim for KeyFigure and Quote', () => {
    expect(citations.uses[2]!.claim).toBe('1.4 million Londoners reached by Voter Registration Week');
    expect(citations.uses[3]!.claim).toBe('“Our team dynamic is amazing.”');
  });

  it('hands a page without citations empty lists', () => {
    expect(run('Just prose.').citations).toEqual({ notes: [], uses: [] });
  });

  it('stops the build at a citation whose source is an expression, naming the line', () => {
    expect(() => run('Text.\n\nMore text <Cite source={id} section="Introduction" />.')).toThrow(/:3: <Cite> source=\{…\} is an expression/);
  });

  it('stops the build at a citation without a section', () => {
    expect(() => run('Text <Cite source="002" />.')).toThrow(/<Cite> needs a source and a section/);
  });
});
