import type { InteractionFiled, InteractionFilingEvent } from './interaction-filing.events';

export type FilingStatus = 'requested' | 'approved' | 'refused' | 'reported';

export type InteractionFilingState =
  | { readonly status: 'absent' }
  | {
      readonly status: FilingStatus;
      readonly filing: InteractionFiled['data'];
      readonly reportDue: string | null;
      readonly overdueFlagged: boolean;
    };

export const initialFilingState = (): InteractionFilingState => ({ status: 'absent' });

export const evolveFiling = (
  state: InteractionFilingState,
  event: InteractionFilingEvent,
): InteractionFilingState => {
  if (event.type === 'InteractionFiled') {
    return { status: 'requested', filing: event.data, reportDue: null, overdueFlagged: false };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'FilingApproved':
      return { ...state, status: 'approved', reportDue: event.data.reportDue };
    case 'FilingRefused':
      return { ...state, status: 'refused' };
    case 'InteractionReported':
      return { ...state, status: 'reported' };
    case 'FilingReportOverdue':
      return { ...state, overdueFlagged: true };
    default:
      return state;
  }
};

const PREFIX = 'liaison-filing-';
export const filingStreamId = (filingId: string): string => `${PREFIX}${filingId}`;
export const filingIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) && !streamId.startsWith('liaison-filing-settings-')
    ? streamId.slice(PREFIX.length)
    : null;
