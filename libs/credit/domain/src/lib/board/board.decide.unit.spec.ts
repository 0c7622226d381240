import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import type { BoardEntries } from './board-entries';
import { parseBoardPeriod } from './board-period';
import { boardDecider, type DraftBoard } from './board.decide';
import type { BoardApproved, BoardDrafted } from './board.events';

// 2027-01-04 09:00 in China: 2026-Q4 is over.
const now = new Date('2027-01-04T01:00:00.000Z');
const given = deciderSpecification(boardDecider, { now });
const q4 = parseBoardPeriod('2026-Q4', 'quarter');
if (q4 === null) throw new Error('2026-Q4');

const entries: BoardEntries = {
  black: [
    {
      creditCode: '91330203MA2H5K7P7A',
      enterpriseName: '宁波海曙甬创智能制造有限公司',
      documentNumber: '甬海市监罚〔2026〕88号',
      kind: 'administrative-penalty',
      severity: 'serious',
      issuingAuthority: '宁波市海曙区市场监督管理局',
      decidedOn: '2026-05-10',
      publicUntil: '2029-05-10',
    },
  ],
  red: [],
};

const draft: DraftBoard = {
  type: 'DraftBoard',
  period: q4,
  entries,
  draftedBy: 'credit.zhao',
  ifAbsent: false,
};

const drafted = (asOf: string): BoardDrafted => ({
  type: 'BoardDrafted',
  data: {
    boardId: 'board-2026-Q4',
    period: '2026-Q4',
    periodLength: 'quarter',
    firstDay: '2026-10-01',
    lastDay: '2026-12-31',
    asOf,
    red: [],
    black: entries.black,
    draftedBy: 'credit.zhao',
    automatic: false,
    draftedAt: now.toISOString(),
  },
});

const approved: BoardApproved = {
  type: 'BoardApproved',
  data: {
    boardId: 'board-2026-Q4',
    period: '2026-Q4',
    periodLength: 'quarter',
    firstDay: '2026-10-01',
    lastDay: '2026-12-31',
    asOf: '2027-01-04',
    red: [],
    black: entries.black,
    approvedBy: 'credit.qian',
    approvedOn: '2027-01-04',
    approvedAt: now.toISOString(),
  },
};

describe('the red/black board (红黑榜): drafted, approved, then never changed', () => {
  it('is drafted with the entries of the period, dated the day it was computed', () => {
    given([])
      .when(draft)
      .then([drafted('2027-01-04')]);
  });

  it('is redrawn while a draft (a new event, the earlier one kept)', () => {
    given([drafted('2027-01-02')])
      .when(draft)
      .then([drafted('2027-01-04')]);
  });

  it('the scheduler drafts a period nobody drafted, and leaves an existing draft alone', () => {
    given([])
      .when({ ...draft, ifAbsent: true, draftedBy: 'credit-board-scheduler' })
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({ automatic: true, draftedBy: 'credit-board-scheduler' }),
      );
    given([drafted('2027-01-02')])
      .when({ ...draft, ifAbsent: true })
      .then([]);
  });

  it('is approved, by any credit officer, as the draft stands: the whole snapshot, dated', () => {
    given([drafted('2027-01-04')])
      .when({ type: 'ApproveBoard', boardId: 'board-2026-Q4', approvedBy: 'credit.qian' })
      .then([approved]);
  });

  it('refuses any change once published, naming the rule and the day it was published', () => {
    for (const command of [
      draft,
      { type: 'ApproveBoard', boardId: 'board-2026-Q4', approvedBy: 'x' } as const,
    ]) {
      given([drafted('2027-01-04'), approved])
        .when(command)
        .thenRejectsWith((error) => {
          expect(error).toMatchObject({
            kind: 'conflict',
            code: 'board-published',
            rule: { rule: 'red-black-board' },
          });
          expect(error.message.zh).toContain('2027-01-04');
          expect(error.message.zh).toContain('恒口');
        });
    }
  });

  it('approves only a draft computed after the period ended; drafting a period not begun is refused', () => {
    given([drafted('2026-12-31')])
      .when({ type: 'ApproveBoard', boardId: 'board-2026-Q4', approvedBy: 'credit.qian' })
      .thenRejects('drafted-before-period-end', 'conflict');
    given([])
      .when({ type: 'ApproveBoard', boardId: 'board-2026-Q4', approvedBy: 'credit.qian' })
      .thenRejects('board-not-found', 'not-found');
    const q2 = parseBoardPeriod('2027-Q2', 'quarter');
    if (q2 === null) throw new Error('2027-Q2');
    given([])
      .when({ ...draft, period: q2 })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'period-not-started', field: 'period' }),
      );
  });
});
