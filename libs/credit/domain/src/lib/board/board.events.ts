import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { BoardEntry } from './board-entries';
import type { BoardPeriodLength } from './board-period';

/** What a board says: its period, the day its entries were computed on, and the two lists. */
export interface BoardSnapshot {
  readonly boardId: string;
  readonly period: string;
  readonly periodLength: BoardPeriodLength;
  readonly firstDay: string;
  readonly lastDay: string;
  /** The day (China) the entries were computed. */
  readonly asOf: string;
  readonly red: readonly BoardEntry[];
  readonly black: readonly BoardEntry[];
}

/** A draft, or a redraw of it: the entries as the integrity file gives them today. Staff only; not public. */
export type BoardDrafted = DomainEvent<
  'BoardDrafted',
  BoardSnapshot & {
    /** The staff member, or the scheduler that drafted it when the period began. */
    readonly draftedBy: string;
    readonly automatic: boolean;
    readonly draftedAt: string;
  }
>;

/** The draft approved as it stood: published, and never changed again. Carries the whole snapshot. */
export type BoardApproved = DomainEvent<
  'BoardApproved',
  BoardSnapshot & {
    readonly approvedBy: string;
    /** The day of publication (China). */
    readonly approvedOn: string;
    readonly approvedAt: string;
  }
>;

export type BoardEvent = BoardDrafted | BoardApproved;
