import { describe, expect, it } from 'vitest';
import { agreementText, columnName, defaultLabel, partnerNames } from './comparison-text.ts';
import type { ComparedRow } from '../../lib/compare.ts';
import type { PartnerFile } from '../../stores/compare.ts';
import type { Assessment } from '../../lib/model.ts';
import { question } from '../../../tests/support/questions.ts';

const file = (label: string): PartnerFile => ({ fileName: 'x.json', label, assessment: {} as Assessment, questions: [] });

describe('defaultLabel', () => {
  it('is the organisation when the file names one, else the role and the place', () => {
    expect(defaultLabel({ organisation: ' Leeds City Council ', perspective: 'public-body', place: 'Leeds' })).toBe('Leeds City Council');
    expect(defaultLabel({ organisation: '', perspective: 'funder', place: 'Leeds' })).toBe('Funder, Leeds');
    expect(defaultLabel({ organisation: '', perspective: 'funder', place: '' })).toBe('Funder');
  });
});

describe('partnerNames', () => {
  it('tells two partners with the same label apart by their letters', () => {
    expect(partnerNames([file('Funder, Leeds'), file('Leeds City Council'), file('Funder, Leeds')], false)).toEqual([
      'Funder, Leeds (Partner A)',
      'Leeds City Council',
      'Funder, Leeds (Partner C)',
    ]);
  });

  it('gives letters when names are hidden or a label is empty', () => {
    expect(partnerNames([file('Trust'), file(' ')], true)).toEqual(['Partner A', 'Partner B']);
    expect(partnerNames([file('Trust'), file(' ')], false)).toEqual(['Trust', 'Partner B']);
  });
});

describe('columnName', () => {
  it('adds the role unless the name already says it', () => {
    expect(columnName({ name: 'Funder, Leeds', role: 'Funder' })).toBe('Funder, Leeds');
    expect(columnName({ name: 'Leeds City Council', role: 'Public body' })).toBe('Leeds City Council (Public body)');
    expect(columnName({ name: 'Partner A', role: 'Funder' })).toBe('Partner A (Funder)');
  });
});

describe('agreementText', () => {
  const row = (extra: Partial<ComparedRow>): ComparedRow => ({
    question: question('s1-a'),
    cells: [],
    agreement: 'unanswered',
    spread: 0,
    asked: 3,
    answered: 0,
    ...extra,
  });
  it('says why there is nothing to compare: no one asked, one partner asked, one answer, none', () => {
    expect(agreementText(row({ asked: 0 }))).toBe('Asked of none of you');
    expect(agreementText(row({ asked: 1, answered: 1 }))).toBe('Asked of one partner');
    expect(agreementText(row({ answered: 1 }))).toBe('Only one answer');
    expect(agreementText(row({}))).toBe('Not answered');
    expect(agreementText(row({ agreement: 'disagree', answered: 2 }))).toBe('Differ');
  });
});
