import type { BoardEvent, BoardSnapshot } from './board.events';

export type BoardState =
  | { readonly status: 'absent' }
  | { readonly status: 'draft'; readonly snapshot: BoardSnapshot; readonly drafts: number }
  | {
      readonly status: 'published';
      readonly snapshot: BoardSnapshot;
      readonly drafts: number;
      readonly approvedOn: string;
    };

export const initialBoardState = (): BoardState => ({ status: 'absent' });

const snapshotOf = (data: BoardSnapshot): BoardSnapshot => ({
  boardId: data.boardId,
  period: data.period,
  periodLength: data.periodLength,
  firstDay: data.firstDay,
  lastDay: data.lastDay,
  asOf: data.asOf,
  red: data.red,
  black: data.black,
});

export const evolveBoard = (state: BoardState, event: BoardEvent): BoardState => {
  switch (event.type) {
    case 'BoardDrafted':
      return {
        status: 'draft',
        snapshot: snapshotOf(event.data),
        drafts: state.status === 'absent' ? 1 : state.drafts + 1,
      };
    case 'BoardApproved':
      if (state.status === 'absent') return state;
      return {
        status: 'published',
        snapshot: snapshotOf(event.data),
        drafts: state.drafts,
        approvedOn: event.data.approvedOn,
      };
    default:
      return state;
  }
};
