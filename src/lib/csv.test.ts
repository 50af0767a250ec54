import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, csvFile, toCsv } from './csv.ts';
import { generateAssessment } from '../../tests/support/generated.ts';
import { questions as makeQuestions } from '../../tests/support/questions.ts';

/** An RFC 4180 reader, as a spreadsheet would read the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const names = {
  answers: { yes: 'Yes', partly: 'Partly', no: 'Not yet', unknown: "Don't know" },
  audiences: { all: 'all partners', funder: 'funders', 'public-body': 'public bodies', 'civil-society': 'civil society organisations' },
  roles: { partnership: 'Whole partnership', funder: 'Funder', 'public-body': 'Public body', 'civil-society': 'Civil society organisation' },
  phases: { commit: 'Deciding to commit', prepare: 'Before secondees start', run: 'While secondments run', end: 'Ending and legacy' },
  statuses: { todo: 'To do', doing: 'In progress', done: 'Done', wont: "Won't do" },
  yes: 'Yes',
  no: 'No',
};
// Quotes and commas in the text, so every row needs quoting somewhere.
const questions = makeQuestions(20, (i) => ({
  prompt: `Is "thing ${i}", in place?`,
  roles: i % 2 ? ['all'] : ['funder', 'public-body'],
  essential: i % 3 === 0,
  action: `Do thing ${i}, then report.`,
}));
const byLabel = Object.fromEntries(Object.entries(names.answers).map(([value, label]) => [label, value]));

describe('toCsv', () => {
  it('starts with a byte-order mark and the header row, one row per question', () => {
    const csv = toCsv(questions, { answers: {}, place: 'Leeds', partnership: '', perspective: 'funder' }, names);
    expect(csv.startsWith('\uFEFFStep,Question ID,Question,')).toBe(true);
    expect(parseCsv(csv.slice(1))).toHaveLength(questions.length + 1);
  });

  it('parses back to the same answers and notes for 200 generated assessments', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const assessment = generateAssessment(
        seed,
        questions.map((q) => q.id),
      );
      const [header, ...rows] = parseCsv(toCsv(questions, assessment, names).slice(1));
      expect(header).toEqual([...CSV_COLUMNS]);
      for (const [i, row] of rows.entries()) {
        const q = questions[i]!;
        const answer = assessment.answers[q.id];
        expect(row[1]).toBe(q.id);
        expect(row[2]).toBe(q.prompt);
        const item = answer?.value === 'yes' ? undefined : assessment.plan[q.id];
        expect(row[3]).toBe(names.phases[q.phase]);
        expect(byLabel[row[6]!]).toBe(answer?.value);
        // A note a spreadsheet would run as a formula gets a leading apostrophe, as Excel expects.
        expect(row[7]!.replace(/^'(?=[=+\-@])/, '')).toBe(answer?.note?.trim() ?? '');
        expect(row[8]).toBe(answer?.value === 'yes' ? '' : q.action);
        expect(row.slice(9, 13)).toEqual([
          item?.owner ? names.roles[item.owner] : '',
          item?.person ?? '',
          item?.due ?? '',
          item?.status ? names.statuses[item.status] : '',
        ]);
        expect(row.slice(13)).toEqual([assessment.place, assessment.partnership, assessment.organisation, names.roles[assessment.perspective]]);
      }
    }
  });
});

describe('csvCell', () => {
  it('quotes only what needs quoting', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
  });
});

describe('csvFile', () => {
  it('puts the byte-order mark first, quotes cells that need it and ends every row with CRLF', () => {
    expect(
      csvFile([
        ['Step', 'Note'],
        ['1', 'a, b'],
        ['2', '=1+1'],
      ]),
    ).toBe('\uFEFFStep,Note\r\n1,"a, b"\r\n2,\'=1+1\r\n');
  });
});
