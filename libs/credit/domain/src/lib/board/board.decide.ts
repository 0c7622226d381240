import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { creditRuleError } from '../credit-rules';
import { chinaDateOf } from '../disclosure/calendar-date';
import type { BoardEntries } from './board-entries';
import type { BoardPeriod } from './board-period';
import type { BoardEvent } from './board.events';
import { type BoardState, evolveBoard, initialBoardState } from './board.state';
import { boardIdOf } from './board.stream';

/**
 * Draft (or redraw) a period's board from the entries the selection computed. `ifAbsent` is the scheduler's
 * form: it drafts only a period nobody drafted yet, so a second pass or another process appends nothing.
 */
export interface DraftBoard {
  readonly type: 'DraftBoard';
  readonly period: BoardPeriod;
  readonly entries: BoardEntries;
  readonly draftedBy: string;
  readonly ifAbsent: boolean;
}

/** Publish the draft as it stands. Any credit officer, the drafter included (see docs/credit.md). */
export interface ApproveBoard {
  readonly type: 'ApproveBoard';
  readonly boardId: string;
  readonly approvedBy: string;
}

export type BoardCommand = DraftBoard | ApproveBoard;

export type BoardErrorCode =
  'period-not-started' | 'board-not-found' | 'board-published' | 'drafted-before-period-end';

type BoardError = DomainError<BoardErrorCode>;

const published = (state: BoardState & { readonly status: 'published' }): BoardError =>
  creditRuleError('conflict', 'board-published', 'red-black-board', {
    zh: `${state.snapshot.period} 红黑榜已于 ${state.approvedOn} 发布，发布的榜单不再更改；记录的变化体现在下一期`,
    en: `The ${state.snapshot.period} board was published on ${state.approvedOn}; a published board never changes — changes show on the next one`,
  });

/**
 * The red/black board (红黑榜, Hengkou 五(十三) 定期发布): a period's board is drafted from the integrity file,
 * redrawn while a draft, and approved by a credit officer into a dated snapshot that nothing changes afterwards.
 * It is approved only from a draft computed after the period ended, so the snapshot holds the whole period.
 */
const decideBoard = (
  command: BoardCommand,
  state: BoardState,
  { now }: DecisionContext,
): Decision<BoardEvent, BoardError> => {
  const today = chinaDateOf(now);
  switch (command.type) {
    case 'DraftBoard': {
      const { period } = command;
      if (period.firstDay > today) {
        return reject(
          creditRuleError(
            'validation',
            'period-not-started',
            'red-black-board',
            {
              zh: `${period.name} 自 ${period.firstDay} 起，尚未开始，不能起草红黑榜`,
              en: `${period.name} begins on ${period.firstDay}; a board is not drafted for a period that has not begun`,
            },
            { field: 'period' },
          ),
        );
      }
      // The scheduler's pass finds the period drafted (or published) already: nothing to do.
      if (command.ifAbsent && state.status !== 'absent') return accept();
      if (state.status === 'published') return reject(published(state));
      return accept({
        type: 'BoardDrafted',
        data: {
          boardId: boardIdOf(period.name),
          period: period.name,
          periodLength: period.length,
          firstDay: period.firstDay,
          lastDay: period.lastDay,
          asOf: today,
          red: command.entries.red,
          black: command.entries.black,
          draftedBy: command.draftedBy,
          automatic: command.ifAbsent,
          draftedAt: now.toISOString(),
        },
      });
    }
    case 'ApproveBoard': {
      if (state.status === 'absent') {
        return reject(
          creditRuleError('not-found', 'board-not-found', 'red-black-board', {
            zh: `没有红黑榜 ${command.boardId}`,
            en: `There is no board ${command.boardId}`,
          }),
        );
      }
      if (state.status === 'published') return reject(published(state));
      const { snapshot } = state;
      if (snapshot.asOf <= snapshot.lastDay) {
        return reject(
          creditRuleError('conflict', 'drafted-before-period-end', 'red-black-board', {
            zh: `草稿按 ${snapshot.asOf} 的档案计算，${snapshot.period} 至 ${snapshot.lastDay} 止；请在期满后重新起草再审定`,
            en: `The draft was computed on ${snapshot.asOf} and ${snapshot.period} ends on ${snapshot.lastDay}; redraw it after the period ends, then approve`,
          }),
        );
      }
      return accept({
        type: 'BoardApproved',
        data: {
          ...snapshot,
          approvedBy: command.approvedBy,
          approvedOn: today,
          approvedAt: now.toISOString(),
        },
      });
    }
  }
};

export const boardDecider: Decider<BoardCommand, BoardEvent, BoardState, BoardError> = {
  initialState: initialBoardState,
  evolve: evolveBoard,
  decide: decideBoard,
};
