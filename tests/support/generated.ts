// Generated assessments and hostile import files, shared by the unit and browser tests.
// A seeded generator keeps every run the same, so a failure can be reproduced.
import type { Assessment, AnswerValue, Perspective } from '../../src/lib/model.ts';
import { ANSWER_VALUES, PERSPECTIVES, PHASES, PLAN_STATUSES } from '../../src/lib/model.ts';
import { EXPORT_FORMAT, MAX_IMPORT_BYTES } from '../../src/lib/export-file.ts';
import type { ImportProblem } from '../../src/lib/import-file.ts';

/** A small deterministic random number generator (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Leeds', 'Bristol', 'Greater Manchester', 'Cardiff', 'Glasgow', 'Belfast', 'Newcastle upon Tyne', 'Brighton & Hove', 'Île-de-France', 'Łódź'];
const PEOPLE = ['Sam Okafor', 'Zoë Ní Bhriain', 'Policy team', 'Łukasz Wójcik', 'محمد', '王芳', 'Chief executive’s office'];
const NOTES = [
  'Ask the chief executive’s office.',
  'Agreed in principle, "subject to budget".',
  'Line one\nline two, with a comma',
  '=SUM(A1:A9) looks like a formula',
  '  leading and trailing spaces  ',
  'Emoji 🙂 and ünïcödé',
  '<script>alert("note")</script>',
];

/** An assessment with random answers and notes to some of the given questions. */
export function generateAssessment(seed: number, questionIds: readonly string[]): Assessment {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const answers: Assessment['answers'] = {};
  for (const id of questionIds) {
    const roll = next();
    if (roll < 0.2) continue;
    const value: AnswerValue | undefined = roll < 0.9 ? pick(ANSWER_VALUES) : undefined;
    const note = next() < 0.3 ? pick(NOTES).trim() : undefined;
    if (!value && !note) continue;
    answers[id] = { ...(value ? { value } : {}), ...(note ? { note } : {}) };
  }
  const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 300) * 86_400_000).toISOString();
  const plan: Assessment['plan'] = {};
  for (const id of Object.keys(answers)) {
    if (answers[id]!.value === 'yes' || next() < 0.4) continue;
    const due = new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 700) * 86_400_000).toISOString().slice(0, 10);
    plan[id] = {
      ...(next() < 0.8 ? { owner: pick(PERSPECTIVES) as Perspective } : {}),
      ...(next() < 0.5 ? { person: pick(PEOPLE) } : {}),
      ...(next() < 0.7 ? { due } : {}),
      status: pick(PLAN_STATUSES),
      ...(next() < 0.3 ? { note: pick(NOTES).trim() } : {}),
      at: date,
    };
  }
  return {
    id: `a-test-${seed}`,
    place: `${pick(PLACES)} ${seed}`,
    partnership: next() < 0.5 ? `Partnership ${seed}` : '',
    organisation: next() < 0.5 ? `Organisation ${seed}` : '',
    perspective: pick(PERSPECTIVES) as Perspective,
    phase: pick(PHASES),
    createdAt: date,
    updatedAt: date,
    answers,
    plan,
    reviews: [],
    nextReview: next() < 0.5 ? date.slice(0, 10) : '',
  };
}

/** A file to import and the outcome a reader should see. */
export interface HostileCase {
  name: string;
  content: string | Uint8Array;
  /** A problem message, or 'preview' for a well-formed file whose strings must show as text. */
  expected: ImportProblem | 'preview';
}

type Json = Record<string, unknown>;

/** More than two hundred broken, hostile or odd files built from one good export. */
export function hostileCases(validExport: Json): HostileCase[] {
  const valid = JSON.stringify(validExport);
  const cases: HostileCase[] = [];
  const withChange = (name: string, change: (file: Json) => void, expected: HostileCase['expected']) => {
    const file = structuredClone(validExport);
    change(file);
    cases.push({ name, content: JSON.stringify(file), expected });
  };
  const assessmentOf = (file: Json) => file.assessment as Json;

  // Truncated at sixty points: identifiable as ours once the format name has been written.
  for (let i = 1; i <= 60; i++) {
    const cut = valid.slice(0, Math.floor((valid.length * i) / 61));
    cases.push({ name: `truncated at ${i}/61`, content: cut, expected: cut.includes(EXPORT_FORMAT) ? 'damaged' : 'not-ours' });
  }

  // Not JSON at all.
  const texts = [
    '',
    ' ',
    'hello',
    'Step,Question\n1,Is there a sponsor?',
    '<html><body>hi</body></html>',
    '<?xml version="1.0"?><a/>',
    'null',
    'true',
    '42',
    '"a string"',
    '[]',
    '[{"format":"other"}]',
    '{}',
    '{"format":"something-else","formatVersion":1}',
    'NaN',
    '{"format":',
  ];
  texts.forEach((content, i) => cases.push({ name: `not ours ${i}`, content, expected: 'not-ours' }));

  // Binary content.
  for (let seed = 1; seed <= 20; seed++) {
    const next = random(seed);
    const bytes = Uint8Array.from({ length: 64 + seed * 37 }, () => Math.floor(next() * 256));
    if (seed === 1) bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (seed === 2) bytes.set([0x50, 0x4b, 0x03, 0x04]);
    if (seed === 3) bytes.set([0x25, 0x50, 0x44, 0x46]);
    cases.push({ name: `binary ${seed}`, content: bytes, expected: 'not-ours' });
  }

  // Wrong types for every field.
  const wrongValues: unknown[] = [null, 42, 'text', [], {}, true];
  const topFields = ['formatVersion', 'exportedAt', 'questionBank', 'assessment'];
  const assessmentFields = ['id', 'place', 'partnership', 'perspective', 'createdAt', 'updatedAt', 'answers'];
  for (const field of topFields) {
    for (const value of wrongValues) {
      if (field === 'formatVersion' && typeof value === 'number') continue;
      if (field === 'exportedAt' && typeof value === 'string') continue;
      withChange(`top ${field} = ${JSON.stringify(value)}`, (f) => (f[field] = value), 'damaged');
    }
  }
  for (const field of assessmentFields) {
    for (const value of wrongValues) {
      if (typeof value === 'string' && !['perspective', 'answers'].includes(field)) continue;
      if (field === 'answers' && typeof value === 'object' && value !== null && !Array.isArray(value)) continue;
      withChange(`assessment ${field} = ${JSON.stringify(value)}`, (f) => (assessmentOf(f)[field] = value), 'damaged');
    }
  }

  // Dates that are not dates: shown to the reader, so they must read as dates.
  for (const [field, value] of [
    ['createdAt', 'yesterday'],
    ['updatedAt', '2026-13-45T99:00:00Z'],
    ['updatedAt', ''],
  ] as const) {
    withChange(`assessment ${field} = ${JSON.stringify(value)}`, (f) => (assessmentOf(f)[field] = value), 'damaged');
  }
  withChange('exportedAt not a date', (f) => (f.exportedAt = 'last week'), 'damaged');

  // Missing fields.
  for (const field of topFields) withChange(`missing ${field}`, (f) => delete f[field], 'damaged');
  for (const field of assessmentFields) withChange(`missing assessment ${field}`, (f) => delete assessmentOf(f)[field], 'damaged');
  withChange('missing format', (f) => delete f.format, 'not-ours');
  withChange('another format', (f) => (f.format = 'cii-something-else'), 'not-ours');

  // Versions.
  for (const version of [3, 10, 999]) withChange(`format version ${version}`, (f) => (f.formatVersion = version), 'newer');
  for (const version of [0, -1, 1.5, '1', '2']) withChange(`format version ${JSON.stringify(version)}`, (f) => (f.formatVersion = version), 'damaged');

  // Answers that are not answers.
  const badAnswers: unknown[] = [
    { value: 'maybe' },
    { value: 1 },
    { value: null },
    'yes',
    1,
    null,
    [],
    { value: 'yes', extra: true },
    { note: 5 },
    { note: 'x'.repeat(20_000) },
  ];
  badAnswers.forEach((answer, i) => withChange(`bad answer ${i}`, (f) => (assessmentOf(f).answers = { 's1-political-sponsor': answer }), 'damaged'));
  const badKeys = ['__proto__', 'constructor', 'prototype', 'S1-UPPER', 'has space', '', '../../etc', 'x'.repeat(200)];
  badKeys.forEach((key) =>
    cases.push({
      name: `answer key ${JSON.stringify(key).slice(0, 30)}`,
      content: valid.replace('"answers":{', `"answers":{${JSON.stringify(key)}:{"value":"yes"},`),
      expected: 'damaged',
    }),
  );

  // Prototype pollution attempts elsewhere.
  cases.push({ name: '__proto__ at top', content: valid.replace('{', '{"__proto__":{"polluted":"yes"},'), expected: 'damaged' });
  cases.push({
    name: '__proto__ in assessment',
    content: valid.replace('"assessment":{', '"assessment":{"__proto__":{"polluted":"yes"},'),
    expected: 'damaged',
  });
  cases.push({
    name: 'constructor in assessment',
    content: valid.replace('"assessment":{', '"assessment":{"constructor":{"prototype":{"polluted":"yes"}},'),
    expected: 'damaged',
  });
  withChange('unknown extra field', (f) => (f.extra = 'surprise'), 'damaged');
  withChange('unknown perspective', (f) => (assessmentOf(f).perspective = 'mayor'), 'damaged');

  // Huge strings and files.
  withChange('huge place', (f) => (assessmentOf(f).place = 'x'.repeat(10_000)), 'damaged');
  withChange('huge partnership', (f) => (assessmentOf(f).partnership = 'y'.repeat(100_000)), 'damaged');
  withChange('huge bank version', (f) => ((f.questionBank as Json).version = 'v'.repeat(50_000)), 'damaged');
  withChange(
    'too many questions',
    (f) => ((f.questionBank as Json).questions = Array.from({ length: 600 }, () => ((f.questionBank as Json).questions as unknown[])[0])),
    'damaged',
  );
  cases.push({ name: 'over one megabyte', content: valid.replace('"place":"', `"place":"${'z'.repeat(MAX_IMPORT_BYTES)}`), expected: 'too-large' });
  cases.push({ name: 'deeply nested', content: '['.repeat(100_000) + ']'.repeat(100_000), expected: 'not-ours' });
  cases.push({
    name: 'deeply nested inside an answer',
    content: valid.replace('"answers":{', `"answers":{"s1-deep":${'['.repeat(100_000)}${']'.repeat(100_000)},`),
    expected: 'damaged',
  });
  cases.push({
    name: 'deeply nested objects',
    content: valid.replace('"assessment":{', `"assessment":{"x":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)},`),
    expected: 'damaged',
  });

  // Duplicate keys: the last one counts, as in every JavaScript JSON reader, and is then checked.
  cases.push({ name: 'duplicate place', content: valid.replace('"place":"', '"place":"First","place":"'), expected: 'preview' });
  cases.push({
    name: 'duplicate format version, the last a newer one',
    content: valid.replace('"formatVersion":2', '"formatVersion":2,"formatVersion":7'),
    expected: 'newer',
  });
  cases.push({
    name: 'duplicate perspective, the last unknown',
    content: valid.replace('"perspective":"', '"perspective":"funder","perspective":"mayor","x":"'),
    expected: 'damaged',
  });

  // Unicode: at the limit, past it, half characters and other encodings.
  withChange(
    'note of exactly the limit ending in an emoji',
    (f) => (assessmentOf(f).answers = { 's1-political-sponsor': { value: 'yes', note: `${'é'.repeat(998)}🙂` } }),
    'preview',
  );
  withChange(
    'note past the limit with an emoji across it',
    (f) => (assessmentOf(f).answers = { 's1-political-sponsor': { note: `${'a'.repeat(999)}🙂 and more` } }),
    'preview',
  );
  withChange('place with a lone surrogate', (f) => (assessmentOf(f).place = 'Leeds \ud83d'), 'preview');
  withChange('right-to-left and zero-width marks in names', (f) => (assessmentOf(f).place = '\u202eabc\u200b\u200dمدينة'), 'preview');
  cases.push({ name: 'UTF-8 with a byte-order mark', content: `\ufeff${valid}`, expected: 'preview' });
  // An editor may save a file again as UTF-16: its byte-order mark says so, and it reads as before.
  cases.push({
    name: 'UTF-16 with a byte-order mark',
    content: Uint8Array.from([0xff, 0xfe, ...[...valid].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]),
    expected: 'preview',
  });
  cases.push({
    name: 'UTF-16 without a byte-order mark',
    content: Uint8Array.from([...valid].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])),
    expected: 'not-ours',
  });
  cases.push({
    name: 'gzip-compressed file',
    content: Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c, 0x4a, 0x06, 0x00]),
    expected: 'not-ours',
  });

  // Markup and script in otherwise good files: accepted for preview, shown as text.
  const markup = [
    '<img src=x onerror="window.__scriptRan=1">',
    '<script>window.__scriptRan=1</script>',
    '"><svg onload="window.__scriptRan=1">',
    'javascript:window.__scriptRan=1',
    '<a href="javascript:window.__scriptRan=1">link</a>',
    '{{constructor.constructor("window.__scriptRan=1")()}}',
  ];
  markup.forEach((text, i) => {
    withChange(`markup in place ${i}`, (f) => (assessmentOf(f).place = text.slice(0, 80)), 'preview');
    withChange(`markup in note ${i}`, (f) => (assessmentOf(f).answers = { 's1-political-sponsor': { value: 'yes', note: text } }), 'preview');
  });
  return cases;
}
