import { describe, expect, it } from 'vitest';
import { extractCitations, numberNotes, plainText } from './citations.ts';

const mdx = `
## What the initiative did

The fund aimed to raise **£1 million** over four years <Cite source="003" section="About the Citizenship & Integration Initiative" />. Eight organisations applied in the first year, and four secondees were chosen <Cite source="003" section="How was the Initiative designed?" />.

<KeyFigures>

<KeyFigure value="1.4 million" label="Londoners reached by Voter Registration Week" source="004" section="What have we achieved?" />

</KeyFigures>

<Quote source="003" section="Team dynamics" by="A secondee">Our team dynamic is amazing.</Quote>

- A list item with a [link](/model/) <Cite source="002" section="Introduction" />.
`;

describe('extractCitations', () => {
  const uses = extractCitations(mdx);

  it('finds every citation component in order with its source and section', () => {
    expect(uses.map((u) => [u.kind, u.source, u.section])).toEqual([
      ['cite', '003', 'About the Citizenship & Integration Initiative'],
      ['cite', '003', 'How was the Initiative designed?'],
      ['figure', '004', 'What have we achieved?'],
      ['quote', '003', 'Team dynamics'],
      ['cite', '002', 'Introduction'],
    ]);
  });

  it('takes the sentence before a Cite as its claim, without markup', () => {
    expect(uses[0]!.claim).toBe('The fund aimed to raise £1 million over four years');
    expect(uses[1]!.claim).toBe('Eight organisations applied in the first year, and four secondees were chosen');
    expect(uses[4]!.claim).toBe('A list item with a link');
  });

  it('uses the figure and the quoted words as the claim for KeyFigure and Quote', () => {
    expect(uses[2]!.claim).toBe('1.4 million Londoners reached by Voter Registration Week');
    expect(uses[3]!.claim).toBe('“Our team dynamic is amazing.”');
  });
});

describe('numberNotes', () => {
  it('gives each distinct source and section one note, in order of first use', () => {
    const notes = numberNotes(extractCitations(mdx + '\nAgain <Cite source="003" section="Team dynamics" />.'));
    expect(notes.map((n) => n.section)).toEqual([
      'About the Citizenship & Integration Initiative',
      'How was the Initiative designed?',
      'What have we achieved?',
      'Team dynamics',
      'Introduction',
    ]);
  });
});

describe('plainText', () => {
  it('keeps escaped braces and entities as the reader sees them', () => {
    expect(plainText('Use \\{braces\\} &lt;here&gt; *now*')).toBe('Use {braces} <here> now');
  });
});
