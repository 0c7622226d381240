import type { AccusedOfficial, MisconductReportEvent } from './misconduct-report.events';

export type MisconductReportState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'open' | 'concluded';
      readonly reportId: string;
      readonly filedOn: string;
      readonly accused: AccusedOfficial;
      readonly escalationDueOn: string | null;
      readonly escalated: boolean;
      readonly overdueFlagged: boolean;
    };

export const initialMisconductReportState = (): MisconductReportState => ({ status: 'absent' });

export const evolveMisconductReport = (
  state: MisconductReportState,
  event: MisconductReportEvent,
): MisconductReportState => {
  if (event.type === 'MisconductReportFiled') {
    const { reportId, filedOn, accused, escalationDueOn } = event.data;
    return {
      status: 'open',
      reportId,
      filedOn,
      accused,
      escalationDueOn,
      escalated: false,
      overdueFlagged: false,
    };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'MisconductReportAccusedIdentified':
      return {
        ...state,
        accused: { ...state.accused, officialId: event.data.officialId, headsUnit: event.data.headsUnit },
        escalationDueOn: event.data.escalationDueOn,
      };
    case 'MisconductReportEscalated':
      return { ...state, escalated: true };
    case 'MisconductReportEscalationOverdue':
      return { ...state, overdueFlagged: true };
    case 'MisconductReportConcluded':
      return { ...state, status: 'concluded' };
    default:
      return state;
  }
};
