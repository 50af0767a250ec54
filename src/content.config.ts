// The content collections: the guide's chapters, the question bank and the source documents.
// Everything under content/ is checked against these schemas when the site builds.
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCES, PHASES, QUESTION_ID, STEP_NUMBERS, type Question, type RetiredQuestion } from './lib/model.ts';

const stepNumber = z.union(STEP_NUMBERS.map((n) => z.literal(n)));

const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guide' }),
  schema: z.object({
    // The page's h1 and the start of its <title>.
    title: z.string().min(3),
    // A short label for navigation and the step list; defaults to the title.
    navTitle: z.string().optional(),
    // One sentence for the meta description, search results and the step list.
    description: z.string().min(20).max(200),
    // Set on step chapters only: which of the five steps this page is.
    step: stepNumber.optional(),
  }),
});

const questionId = z.string().regex(QUESTION_ID, 'ids look like s1-senior-sponsor');

const question = z.object({
  // Stable id: the storage key, the input name and the anchor. Never reuse or rename one.
  id: questionId,
  // When it should be Yes: "commit", "prepare", "run" or "end" (src/lib/model.ts, PHASES).
  phase: z.enum(PHASES),
  // The yes/no question as the reader sees it: one question, one question mark.
  prompt: z.string().min(10).max(200),
  // One or two sentences on why it matters, naming the evidence, or starting "The sources do
  // not cover this;" where the sources are silent.
  why: z.string().min(10),
  // The source document id (content/sources.yaml) behind "why"; leave out only when silent.
  source: z.string().optional(),
  // The section of that document, exactly as listed in content/sources.yaml.
  section: z.string().optional(),
  // Who answers it: "all" or any of the three roles.
  roles: z.array(z.enum(AUDIENCES)).min(1),
  // True when the initiative's experience shows the model struggles without it by this phase.
  essential: z.boolean(),
  // What goes on the checklist when the answer is not Yes: starts with a verb.
  action: z.string().min(10),
  // An open question for partners whose answers differ.
  discuss: z.string().min(10),
  // Retired ids (content/questions/retired.yaml) this question succeeds after a split or a
  // change of meaning; a light rewording keeps the old id instead.
  replaces: z.array(questionId).min(1).optional(),
}) satisfies z.ZodType<Omit<Question, 'step'>>;

const questions = defineCollection({
  loader: glob({ pattern: 'step-*.yaml', base: './content/questions' }),
  schema: z.object({
    // The step every question in the file belongs to.
    step: stepNumber,
    // Six to twenty questions, in the order the reader sees them.
    questions: z.array(question).min(6).max(20),
  }),
});

const retiredQuestions = defineCollection({
  loader: file('./content/questions/retired.yaml'),
  schema: z.object({
    // The id an earlier edition used; it may never appear in the bank again.
    id: questionId,
    // The step it was asked in.
    step: stepNumber,
    // Its prompt as that edition asked it, shown beside the answers readers gave to it.
    prompt: z.string().min(10),
    // Why it went with no successor; leave out when questions in the bank replace it.
    dropped: z.string().min(10).optional(),
  }) satisfies z.ZodType<RetiredQuestion>,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: z.object({
    // Three-digit id used by citations, e.g. "002".
    id: z.string().regex(/^\d{3}$/),
    // The document's full title.
    title: z.string(),
    // How inline citations name it, e.g. "Learning partner report, 2019".
    short: z.string(),
    // Who published or wrote it.
    publisher: z.string(),
    // When it was published, as the document gives it.
    date: z.string(),
    // The publisher's website, only where one of the source documents prints its address.
    website: z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, 'a web address starting http:// or https://')
      .optional(),
    // One sentence on what it is.
    about: z.string(),
    // Its section headings: citations must name one of these exactly.
    sections: z.array(z.string()).min(1),
  }),
});

export const collections = { guide, questions, retiredQuestions, sources };
