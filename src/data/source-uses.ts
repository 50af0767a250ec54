// Every place the guide cites a source, gathered once from the chapters' citations and the
// question bank: the sources index counts them and each source's pages list them, so the two
// always agree and no citation is ever typed twice.
import { ui } from './ui.ts';
import { getChapters } from './chapters.ts';
import { getQuestionBank, questionNumbers } from './question-bank.ts';
import { resolveCitation, type Source } from './sources.ts';
import { getCitations } from './citations.ts';
import { fill } from '../lib/text.ts';
import { citationId } from '../lib/citations.ts';
import { withBase } from '../lib/url.ts';

/** One place the guide cites a source. */
export interface SourceUse {
  /** What cites it, in words: "Fact", "Key figure", "Quote" or "Readiness question 1.2". */
  kind: string;
  /** What the source backs there. */
  claim: string;
  /** The title of the page it is on. */
  page: string;
  /** The place on that page, with the base. */
  href: string;
  source: string;
  section: string;
}

/**
 * How many uses one page of a source lists. The most cited source has about 240, so at the
 * guide's size each source fits on one page (about 110 KB of HTML, as much as the longest
 * step); a guide ten times as large gets ten pages, not one page ten times as long.
 */
export const USES_PER_PAGE = 250;

/** The site path of page `n` of a source's uses: /sources/002/, then /sources/002/2/, … */
export const sourcePath = (id: string, n = 1) => (n === 1 ? `/sources/${id}/` : `/sources/${id}/${n}/`);

/** The id of a section's heading on a source's pages: its place in content/sources.yaml. */
export const sectionId = (source: Source, section: string) => `section-${source.sections.indexOf(section) + 1}`;

let cached: Promise<SourceUse[]> | undefined;

async function gather(): Promise<SourceUse[]> {
  const uses: SourceUse[] = [];
  const chapters = await getChapters();
  for (const chapter of chapters) {
    for (const [i, use] of (await getCitations(chapter)).uses.entries()) {
      await resolveCitation(use.source, use.section, `content/guide/${chapter.entry.id}.mdx`);
      // Straight to the place in the text where the source is cited.
      uses.push({ ...use, kind: ui.sources.kinds[use.kind], page: chapter.navTitle, href: withBase(`${chapter.path}#${citationId(i + 1)}`) });
    }
  }
  const bank = await getQuestionBank();
  const numbers = questionNumbers(bank.questions);
  for (const q of bank.questions) {
    // A question whose "why" says the sources are silent may cite nothing: it has no entry here.
    if (!q.source || !q.section) continue;
    const chapter = chapters.find((c) => c.step === q.step)!;
    uses.push({
      kind: fill(ui.sources.question, { number: numbers.get(q.id)! }),
      claim: q.why,
      page: chapter.navTitle,
      href: withBase(`${chapter.path}#${q.id}`),
      section: q.section,
      source: q.source,
    });
  }
  return uses;
}

/** Every use of every source: chapters in order, then the questions; gathered once per build. */
export function getSourceUses(): Promise<SourceUse[]> {
  cached ??= gather();
  return cached;
}

/** A source's uses by section, in the order content/sources.yaml lists them, each in the guide's order. */
export async function usesOf(source: Source): Promise<SourceUse[]> {
  const own = (await getSourceUses()).filter((u) => u.source === source.id);
  return source.sections.flatMap((section) => own.filter((u) => u.section === section));
}

/** A run of uses (one page of them) grouped under their sections, in order. */
export function bySection(uses: readonly SourceUse[]): { section: string; uses: SourceUse[] }[] {
  const groups: { section: string; uses: SourceUse[] }[] = [];
  for (const use of uses) {
    const last = groups.at(-1);
    if (last?.section === use.section) last.uses.push(use);
    else groups.push({ section: use.section, uses: [use] });
  }
  return groups;
}
