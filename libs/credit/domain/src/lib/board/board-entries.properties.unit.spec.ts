import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecisionDate, periodOf, SEVERITIES } from '../disclosure/disclosure-period';
import { type BoardRecord, redListFrom, selectBoardEntries } from './board-entries';
import { boardPeriodContaining, BOARD_PERIOD_LENGTHS } from './board-period';

const day = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const creditCodes = ['913302000000000011', '913302000000000022', '913302000000000033'];

const record: fc.Arbitrary<BoardRecord> = fc
  .record({
    documentNumber: fc.string({ minLength: 1, maxLength: 8 }),
    positive: fc.boolean(),
    severity: fc.constantFrom(...SEVERITIES),
    decidedOn: day('2022-01-01', '2027-12-31'),
    creditCode: fc.constantFrom(...creditCodes),
    repairedOn: fc.option(day('2022-01-01', '2028-12-31'), { nil: undefined }),
    withdrawnOn: fc.option(day('2022-01-01', '2028-12-31'), { nil: undefined }),
  })
  .map(({ positive, severity, decidedOn, ...rest }): BoardRecord => {
    const decided = parseDecisionDate(decidedOn);
    if (decided === null) throw new Error(decidedOn);
    return {
      ...rest,
      kind: positive ? 'honour' : 'bribery',
      polarity: positive ? 'positive' : 'negative',
      severity: positive ? null : severity,
      issuingAuthority: '机关',
      decidedOn,
      enterpriseName: '企业',
      disclosure: positive ? null : periodOf(severity, decided),
      ...(positive ? { repairedOn: undefined } : {}),
    };
  });

const period = fc
  .tuple(day('2023-01-01', '2027-12-31'), fc.constantFrom(...BOARD_PERIOD_LENGTHS))
  .map(([d, length]) => boardPeriodContaining(d, length));

describe('board selection invariants', () => {
  it('no enterprise is on both lists; minor, withdrawn and later records never appear; every black entry is public on the last day', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), period, (records, p) => {
        const board = selectBoardEntries(records, p);
        const black = new Set(board.black.map((e) => e.creditCode));
        expect(board.red.filter((e) => black.has(e.creditCode))).toEqual([]);
        for (const entry of [...board.black, ...board.red]) {
          expect(entry.decidedOn <= p.lastDay).toBe(true);
          expect(entry.severity).not.toBe('minor');
          const source = records.find(
            (r) => r.documentNumber === entry.documentNumber && r.decidedOn === entry.decidedOn,
          );
          expect(source?.withdrawnOn ?? null).toBeNull();
        }
        for (const entry of board.black) {
          expect(entry.publicUntil !== null && entry.publicUntil >= p.lastDay).toBe(true);
        }
        for (const entry of board.red) expect(entry.decidedOn >= redListFrom(p.lastDay)).toBe(true);
      }),
    );
  });

  it('is a function of the records, not of their order', () => {
    const recordsAndShuffle = fc
      .uniqueArray(record, { maxLength: 20, selector: (r) => r.documentNumber })
      .chain((records) =>
        fc.tuple(
          fc.constant(records),
          fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
        ),
      );
    fc.assert(
      fc.property(recordsAndShuffle, period, ([records, shuffled], p) => {
        expect(selectBoardEntries(shuffled, p)).toEqual(selectBoardEntries(records, p));
      }),
    );
  });

  it('a negative record once expired or repaired never comes back on a later board', () => {
    fc.assert(
      fc.property(record, period, (r, p) => {
        const later = boardPeriodContaining(
          new Date(Date.UTC(Number(p.lastDay.slice(0, 4)) + 1, 0, 15)).toISOString().slice(0, 10),
          p.length,
        );
        const now = selectBoardEntries([r], p).black.length;
        const next = selectBoardEntries([r], later).black.length;
        if (now === 0 && r.decidedOn <= p.lastDay) expect(next).toBe(0);
      }),
    );
  });
});
