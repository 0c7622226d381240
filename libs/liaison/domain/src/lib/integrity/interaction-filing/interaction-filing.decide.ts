import { type CalendarDate, compareCalendarDates, type WorkingDayCalendar } from '@qinqing/calendar/domain';
import {
  accept,
  type Decider,
  type DecisionContext,
  type DomainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { type Conflict, recusalNeeded } from '../conflicts/conflicts-between';
import { ruleError } from '../integrity-rules';
import { ACTIVITY_KINDS, type ActivityKind } from './activity-kinds';
import type { FilingSettings } from './filing-settings';
import type { InteractionFilingEvent, Organiser } from './interaction-filing.events';
import { evolveFiling, initialFilingState, type InteractionFilingState } from './interaction-filing.state';

export interface FileInteraction {
  readonly type: 'FileInteraction';
  readonly filingId: string;
  readonly officialId: string;
  readonly superiorId: string;
  readonly jurisdiction: string;
  readonly activityKind: ActivityKind;
  readonly organiser: Organiser;
  readonly enterpriseCreditCodes: readonly string[];
  readonly title: string;
  readonly purpose: string;
  readonly eventDate: CalendarDate;
}

export interface ApproveFiling {
  readonly type: 'ApproveFiling';
  readonly approvedBy: string;
  /** conflictsBetween(official's declarations, official, each enterprise): the service asks, the rule decides. */
  readonly conflicts: readonly { readonly creditCode: string; readonly conflicts: readonly Conflict[] }[];
}

export interface RefuseFiling {
  readonly type: 'RefuseFiling';
  readonly refusedBy: string;
  readonly reason: string;
}

export interface ReportInteraction {
  readonly type: 'ReportInteraction';
  readonly reportedBy: string;
  readonly summary: string;
  readonly conductKept: boolean;
}

/** Raised by the overdue sweep; once per filing. */
export interface FlagReportOverdue {
  readonly type: 'FlagReportOverdue';
}

export type InteractionFilingCommand =
  FileInteraction | ApproveFiling | RefuseFiling | ReportInteraction | FlagReportOverdue;

/** What a filing decision needs beside the time: the calendar in force, the jurisdiction's settings, today. */
export interface FilingContext extends DecisionContext {
  readonly calendar: WorkingDayCalendar;
  readonly settings: FilingSettings;
  /** China-local date of `now`. */
  readonly today: CalendarDate;
}

export type FilingErrorCode =
  | 'filing-exists'
  | 'filing-not-found'
  | 'own-superior'
  | 'activity-kind-not-allowed'
  | 'filing-after-event'
  | 'not-the-superior'
  | 'not-the-official'
  | 'filing-not-pending'
  | 'approval-after-event'
  | 'conflict-of-interest'
  | 'filing-not-approved'
  | 'report-before-event'
  | 'report-not-overdue'
  | 'invalid-filing';

const notFound = () =>
  reject(
    ruleError('not-found', 'filing-not-found', 'filing-approval', {
      zh: '没有这项报备',
      en: 'There is no such filing',
    }),
  );

const decide = (
  command: InteractionFilingCommand,
  state: InteractionFilingState,
  { now, calendar, settings, today }: FilingContext,
) => {
  const at = now.toISOString();
  if (command.type === 'FileInteraction') {
    if (state.status !== 'absent') {
      return reject(
        ruleError('conflict', 'filing-exists', 'filing-approval', {
          zh: '该报备已提交',
          en: 'This filing exists already',
        }),
      );
    }
    if (command.superiorId === command.officialId) {
      return reject(
        ruleError(
          'conflict',
          'own-superior',
          'filing-approval',
          {
            zh: '报备须由上级审批，不能自己审批',
            en: 'A filing is approved by the superior, never by the official',
          },
          { field: 'superiorId' },
        ),
      );
    }
    if (!settings.allowedKinds.includes(command.activityKind)) {
      return reject(
        ruleError(
          'validation',
          'activity-kind-not-allowed',
          'filing-approval',
          {
            zh: `本辖区不允许报备参加“${ACTIVITY_KINDS[command.activityKind].label.zh}”类活动`,
            en: `This jurisdiction does not allow filings for a ${ACTIVITY_KINDS[command.activityKind].label.en}`,
          },
          { field: 'activityKind', setting: 'allowedKinds' },
        ),
      );
    }
    if (compareCalendarDates(command.eventDate, today) < 0) {
      return reject(
        ruleError(
          'validation',
          'filing-after-event',
          'filing-approval',
          { zh: '须在活动前报备并经批准', en: 'A filing is made, and approved, before the activity' },
          { field: 'eventDate' },
        ),
      );
    }
    return accept<InteractionFilingEvent>({
      type: 'InteractionFiled',
      data: {
        filingId: command.filingId,
        officialId: command.officialId,
        superiorId: command.superiorId,
        jurisdiction: command.jurisdiction,
        activityKind: command.activityKind,
        organiser: command.organiser,
        enterpriseCreditCodes: [...new Set(command.enterpriseCreditCodes)],
        title: command.title.trim(),
        purpose: command.purpose.trim(),
        eventDate: command.eventDate,
        filedAt: at,
      },
    });
  }
  if (state.status === 'absent') return notFound();
  const { filing } = state;
  switch (command.type) {
    case 'ApproveFiling':
    case 'RefuseFiling': {
      const by = command.type === 'ApproveFiling' ? command.approvedBy : command.refusedBy;
      if (by !== filing.superiorId) {
        return reject(
          ruleError('forbidden', 'not-the-superior', 'filing-approval', {
            zh: '只有报备人的上级可以审批',
            en: "Only the official's superior decides a filing",
          }),
        );
      }
      if (state.status !== 'requested') {
        return reject(
          ruleError('conflict', 'filing-not-pending', 'filing-approval', {
            zh: '该报备已审批',
            en: 'This filing has been decided already',
          }),
        );
      }
      if (command.type === 'RefuseFiling') {
        if (command.reason.trim() === '') {
          return reject(
            ruleError(
              'validation',
              'invalid-filing',
              'filing-approval',
              { zh: '请说明不同意的理由', en: 'Give the reason for the refusal' },
              { field: 'reason' },
            ),
          );
        }
        return accept<InteractionFilingEvent>({
          type: 'FilingRefused',
          data: { filingId: filing.filingId, refusedBy: by, reason: command.reason.trim(), refusedAt: at },
        });
      }
      if (compareCalendarDates(filing.eventDate as CalendarDate, today) < 0) {
        return reject(
          ruleError('conflict', 'approval-after-event', 'filing-approval', {
            zh: '活动日期已过，不能再批准',
            en: 'The activity is over; it can no longer be approved',
          }),
        );
      }
      const blocked = command.conflicts.find((c) => c.conflicts.length > 0);
      if (blocked !== undefined) {
        return reject(
          ruleError(
            'conflict',
            'conflict-of-interest',
            'recusal',
            recusalNeeded(blocked.conflicts, blocked.creditCode),
          ),
        );
      }
      const reportDue = calendar.addWorkingDays(
        filing.eventDate as CalendarDate,
        settings.reportWithinWorkingDays,
      );
      return accept<InteractionFilingEvent>({
        type: 'FilingApproved',
        data: {
          filingId: filing.filingId,
          approvedBy: by,
          reportDue,
          reportWithinWorkingDays: settings.reportWithinWorkingDays,
          approvedAt: at,
        },
      });
    }
    case 'ReportInteraction': {
      if (command.reportedBy !== filing.officialId) {
        return reject(
          ruleError('forbidden', 'not-the-official', 'filing-report', {
            zh: '只有报备人本人可以报告',
            en: 'Only the official who filed reports',
          }),
        );
      }
      if (state.status !== 'approved') {
        return reject(
          ruleError('conflict', 'filing-not-approved', 'filing-report', {
            zh: state.status === 'reported' ? '已报告过' : '报备未获批准，无需报告',
            en:
              state.status === 'reported'
                ? 'The report is in already'
                : 'Only an approved filing is reported',
          }),
        );
      }
      if (compareCalendarDates(today, filing.eventDate as CalendarDate) < 0) {
        return reject(
          ruleError('conflict', 'report-before-event', 'filing-report', {
            zh: '活动结束后再报告',
            en: 'Report after the activity',
          }),
        );
      }
      if (command.summary.trim() === '') {
        return reject(
          ruleError(
            'validation',
            'invalid-filing',
            'filing-report',
            { zh: '请填写活动情况', en: 'Say how the activity went' },
            { field: 'summary' },
          ),
        );
      }
      return accept<InteractionFilingEvent>({
        type: 'InteractionReported',
        data: {
          filingId: filing.filingId,
          summary: command.summary.trim(),
          conductKept: command.conductKept,
          late: state.reportDue !== null && compareCalendarDates(today, state.reportDue as CalendarDate) > 0,
          reportedAt: at,
        },
      });
    }
    case 'FlagReportOverdue': {
      if (
        state.status !== 'approved' ||
        state.overdueFlagged ||
        state.reportDue === null ||
        compareCalendarDates(today, state.reportDue as CalendarDate) <= 0
      ) {
        return reject(
          ruleError('conflict', 'report-not-overdue', 'filing-report', {
            zh: '报告未逾期',
            en: 'The report is not overdue',
          }),
        );
      }
      return accept<InteractionFilingEvent>({
        type: 'FilingReportOverdue',
        data: { filingId: filing.filingId, reportDue: state.reportDue, flaggedAt: at },
      });
    }
  }
};

/**
 * An interaction filing (政商交往报备): request → the superior approves (unless a declared conflict blocks it:
 * recusal) or refuses with a reason → the official reports within N working days of the activity, or an alert.
 */
export const interactionFilingDecider: Decider<
  InteractionFilingCommand,
  InteractionFilingEvent,
  InteractionFilingState,
  DomainError<FilingErrorCode>,
  FilingContext
> = {
  initialState: initialFilingState,
  evolve: evolveFiling,
  decide,
};
