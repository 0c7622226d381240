import { describe, expect, it } from 'vitest';
import { parseDecisionDate, periodOf } from '../disclosure/disclosure-period';
import { type BoardRecord, redListFrom, selectBoardEntries } from './board-entries';
import {
  boardPeriodContaining,
  boardPeriodNamed,
  parseBoardPeriod,
  previousBoardPeriod,
} from './board-period';

const q4 = parseBoardPeriod('2026-Q4', 'quarter');
if (q4 === null) throw new Error('2026-Q4 is a quarter');

const negative = (
  documentNumber: string,
  severity: 'minor' | 'general' | 'serious',
  decidedOn: string,
  extra: Partial<BoardRecord> = {},
): BoardRecord => {
  const decided = parseDecisionDate(decidedOn);
  if (decided === null) throw new Error(decidedOn);
  return {
    documentNumber,
    kind: 'administrative-penalty',
    polarity: 'negative',
    severity,
    issuingAuthority: '宁波市海曙区市场监督管理局',
    decidedOn,
    creditCode: '91330203MA2H5K7P7A',
    enterpriseName: '宁波海曙甬创智能制造有限公司',
    disclosure: periodOf(severity, decided),
    ...extra,
  };
};

const positive = (documentNumber: string, decidedOn: string, creditCode: string): BoardRecord => ({
  documentNumber,
  kind: 'honour',
  polarity: 'positive',
  severity: null,
  issuingAuthority: '宁波市人民政府',
  decidedOn,
  creditCode,
  enterpriseName: `企业${creditCode.slice(-4)}`,
  disclosure: null,
});

const numbers = (entries: readonly { documentNumber: string }[]) => entries.map((e) => e.documentNumber);

describe('board periods (default quarterly; the length is a setting)', () => {
  it('names quarters, half-years and years, with their first and last days', () => {
    expect(q4).toEqual({ name: '2026-Q4', length: 'quarter', firstDay: '2026-10-01', lastDay: '2026-12-31' });
    expect(parseBoardPeriod('2028-Q1', 'quarter')?.lastDay).toBe('2028-03-31');
    expect(parseBoardPeriod('2026-H1', 'half-year')).toMatchObject({
      firstDay: '2026-01-01',
      lastDay: '2026-06-30',
    });
    expect(parseBoardPeriod('2026', 'year')).toMatchObject({ firstDay: '2026-01-01', lastDay: '2026-12-31' });
  });

  it('refuses names that are not a period of the configured length', () => {
    for (const name of ['2026-Q5', '2026-Q0', '2026Q4', '2026-H1', '26-Q1', '2026-Q4 x']) {
      expect(parseBoardPeriod(name, 'quarter')).toBeNull();
    }
    expect(parseBoardPeriod('2026-Q1', 'year')).toBeNull();
  });

  it('finds the period of a day and the one before it, across the year end', () => {
    expect(boardPeriodContaining('2027-01-01', 'quarter').name).toBe('2027-Q1');
    expect(previousBoardPeriod(boardPeriodContaining('2027-01-01', 'quarter')).name).toBe('2026-Q4');
    expect(previousBoardPeriod(boardPeriodContaining('2026-08-15', 'half-year')).name).toBe('2026-H1');
  });
});

describe('the entries of a board (红黑榜)', () => {
  it('blacklists negative records still published on the last day, serious first then newest', () => {
    const board = selectBoardEntries(
      [
        negative('general-running', 'general', '2026-03-01'), // public until 2027-03-01
        negative('serious-old', 'serious', '2024-06-01'), // public until 2027-06-01
        negative('general-expired', 'general', '2025-12-30'), // public until 2026-12-30: expired on 31 Dec
        negative('general-last-day', 'general', '2025-12-31'), // public until 2026-12-31: on the board
        negative('minor', 'minor', '2026-11-01'), // never published
        negative('after-the-period', 'serious', '2027-01-02'),
      ],
      q4,
    );
    expect(numbers(board.black)).toEqual(['serious-old', 'general-running', 'general-last-day']);
    expect(board.black[0]).toEqual({
      creditCode: '91330203MA2H5K7P7A',
      enterpriseName: '宁波海曙甬创智能制造有限公司',
      documentNumber: 'serious-old',
      kind: 'administrative-penalty',
      severity: 'serious',
      issuingAuthority: '宁波市海曙区市场监督管理局',
      decidedOn: '2024-06-01',
      publicUntil: '2027-06-01',
    });
  });

  it('leaves out a record repaired by the last day, and any withdrawn record', () => {
    const board = selectBoardEntries(
      [
        negative('repaired', 'general', '2026-03-01', { repairedOn: '2026-12-31' }),
        negative('repaired-later', 'general', '2026-03-01', { repairedOn: '2027-01-05' }),
        negative('withdrawn', 'serious', '2026-03-01', { withdrawnOn: '2027-01-05' }),
      ],
      q4,
    );
    expect(numbers(board.black)).toEqual(['repaired-later']);
  });

  it('lists on the red list praise and honours of the last 12 months, of enterprises not on the black list', () => {
    expect(redListFrom('2026-12-31')).toBe('2026-01-01');
    expect(redListFrom('2026-06-30')).toBe('2025-07-01');
    const board = selectBoardEntries(
      [
        positive('honour-new', '2026-11-20', '913302000000000011'),
        positive('honour-first-day', '2026-01-01', '913302000000000022'),
        positive('honour-too-old', '2025-12-31', '913302000000000033'),
        positive('honour-of-a-blacklisted', '2026-05-01', '91330203MA2H5K7P7A'),
        negative('general-running', 'general', '2026-03-01'),
      ],
      q4,
    );
    expect(numbers(board.red)).toEqual(['honour-new', 'honour-first-day']);
    expect(board.red[0]?.publicUntil).toBeNull();
  });

  it('an enterprise whose only negative record expired is on the red list again', () => {
    const board = selectBoardEntries(
      [negative('expired', 'general', '2025-06-01'), positive('praise', '2026-10-10', '91330203MA2H5K7P7A')],
      q4,
    );
    expect(board.black).toEqual([]);
    expect(numbers(board.red)).toEqual(['praise']);
  });
});

describe('a period named by a caller', () => {
  it('is the period, or a refusal naming the field, the form and the setting', () => {
    expect(boardPeriodNamed(' 2026-Q4 ', 'quarter')).toMatchObject({ name: '2026-Q4' });
    expect(boardPeriodNamed('2026-Q5', 'quarter')).toMatchObject({
      code: 'invalid-period',
      field: 'period',
      rule: { rule: 'red-black-board', setting: 'boardPeriodLength=quarter' },
    });
  });
});
