import type { RepairApplicationEvent, RepairOutcome } from './repair-application.events';

export interface RepairApplicationSummary {
  readonly applicationId: string;
  readonly applicationNumber: number;
  readonly appliedOn: string;
  readonly dueOn: string;
  readonly outcome: RepairOutcome | null;
}

/** A record's repair applications in turn: at most the last one is pending. */
export interface RepairApplicationsState {
  readonly documentNumber: string | null;
  readonly creditCode: string | null;
  readonly applications: readonly RepairApplicationSummary[];
}

export const initialRepairApplicationsState = (): RepairApplicationsState => ({
  documentNumber: null,
  creditCode: null,
  applications: [],
});

export const pendingApplicationOf = (state: RepairApplicationsState): RepairApplicationSummary | null => {
  const last = state.applications.at(-1);
  return last !== undefined && last.outcome === null ? last : null;
};

export const evolveRepairApplications = (
  state: RepairApplicationsState,
  event: RepairApplicationEvent,
): RepairApplicationsState => {
  switch (event.type) {
    case 'RepairApplied':
      return {
        documentNumber: event.data.documentNumber,
        creditCode: event.data.creditCode,
        applications: [
          ...state.applications,
          {
            applicationId: event.data.applicationId,
            applicationNumber: event.data.applicationNumber,
            appliedOn: event.data.appliedOn,
            dueOn: event.data.dueOn,
            outcome: null,
          },
        ],
      };
    case 'RepairDecided':
      return {
        ...state,
        applications: state.applications.map((application) =>
          application.applicationId === event.data.applicationId
            ? { ...application, outcome: event.data.outcome }
            : application,
        ),
      };
    default:
      return state;
  }
};
