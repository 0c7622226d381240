import { type CalendarDate, compareCalendarDates } from '@qinqing/calendar/domain';
import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import {
  accept,
  type Decider,
  type DecisionContext,
  type DomainError,
  type DomainEvent,
  reject,
} from '@qinqing/shared/domain-kernel';
import { JURISDICTION_PATTERN, ruleError } from '../integrity-rules';

export interface Attendee {
  readonly creditCode: string;
  readonly name: string;
}

export type SymposiumScheduled = DomainEvent<
  'SymposiumScheduled',
  {
    readonly symposiumId: string;
    readonly jurisdiction: string;
    readonly title: string;
    readonly date: string;
    /** The unit that convenes it: first receiver of the problems raised there. */
    readonly convenerUnitId: string;
    readonly scheduledBy: string;
    readonly scheduledAt: string;
  }
>;

export type SymposiumAttendanceRecorded = DomainEvent<
  'SymposiumAttendanceRecorded',
  {
    readonly symposiumId: string;
    readonly enterprises: readonly Attendee[];
    readonly chambers: readonly string[];
    readonly recordedBy: string;
    readonly recordedAt: string;
  }
>;

export type SymposiumProblemRaised = DomainEvent<
  'SymposiumProblemRaised',
  {
    readonly symposiumId: string;
    readonly problemId: string;
    /** The symposium's convening unit, the first receiver of the request the problem becomes. */
    readonly convenerUnitId: string;
    readonly enterprise: Attendee;
    readonly title: string;
    readonly description: string;
    /** The enterprise's contact person who is answered (the request appeals opens needs one). */
    readonly contact: { readonly name: string; readonly phone: string };
    readonly raisedOn: string;
    readonly raisedBy: string;
  }
>;

export type SymposiumEvent = SymposiumScheduled | SymposiumAttendanceRecorded | SymposiumProblemRaised;

export type SymposiumState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'scheduled' | 'held';
      readonly symposium: SymposiumScheduled['data'];
      readonly enterprises: readonly Attendee[];
      readonly chambers: readonly string[];
      readonly problemIds: readonly string[];
    };

export interface ScheduleSymposium {
  readonly type: 'ScheduleSymposium';
  readonly symposiumId: string;
  readonly jurisdiction: string;
  readonly title: string;
  readonly date: CalendarDate;
  readonly convenerUnitId: string;
  readonly scheduledBy: string;
}
export interface RecordAttendance {
  readonly type: 'RecordAttendance';
  readonly enterprises: readonly Attendee[];
  readonly chambers: readonly string[];
  readonly recordedBy: string;
}
export interface RaiseSymposiumProblem {
  readonly type: 'RaiseSymposiumProblem';
  readonly problemId: string;
  readonly enterpriseCreditCode: string;
  readonly title: string;
  readonly description: string;
  readonly contact: { readonly name: string; readonly phone: string };
  readonly raisedBy: string;
}
export type SymposiumCommand = ScheduleSymposium | RecordAttendance | RaiseSymposiumProblem;

export interface SymposiumContext extends DecisionContext {
  readonly today: CalendarDate;
}

const PREFIX = 'liaison-symposium-';
export const symposiumStreamId = (symposiumId: string): string => `${PREFIX}${symposiumId}`;
export const symposiumIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) && !streamId.startsWith('liaison-symposium-settings-')
    ? streamId.slice(PREFIX.length)
    : null;

const refuse = (kind: DomainError['kind'], code: string, zh: string, en: string, field?: string) =>
  reject(ruleError(kind, code, 'symposia', { zh, en }, field === undefined ? {} : { field }));

const decide = (command: SymposiumCommand, state: SymposiumState, { now, today }: SymposiumContext) => {
  const at = now.toISOString();
  if (command.type === 'ScheduleSymposium') {
    if (state.status !== 'absent')
      return refuse('conflict', 'symposium-exists', '该座谈会已安排', 'This symposium exists already');
    if (!JURISDICTION_PATTERN.test(command.jurisdiction)) {
      return refuse(
        'validation',
        'invalid-symposium',
        '辖区须为6位行政区划代码（GB/T 2260）',
        'A jurisdiction is a 6-digit GB/T 2260 division code',
        'jurisdiction',
      );
    }
    return accept<SymposiumEvent>({
      type: 'SymposiumScheduled',
      data: {
        symposiumId: command.symposiumId,
        jurisdiction: command.jurisdiction,
        title: command.title.trim(),
        date: command.date,
        convenerUnitId: command.convenerUnitId,
        scheduledBy: command.scheduledBy,
        scheduledAt: at,
      },
    });
  }
  if (state.status === 'absent')
    return refuse('not-found', 'symposium-not-found', '没有这次座谈会', 'There is no such symposium');
  switch (command.type) {
    case 'RecordAttendance': {
      if (compareCalendarDates(today, state.symposium.date as CalendarDate) < 0) {
        return refuse(
          'conflict',
          'symposium-not-held-yet',
          '座谈会召开后再登记出席',
          'Attendance is recorded once the symposium is held',
        );
      }
      if (command.enterprises.length + command.chambers.length === 0) {
        return refuse(
          'validation',
          'invalid-symposium',
          '请登记出席的企业或商会',
          'Record the enterprises or chambers that attended',
          'enterprises',
        );
      }
      const bad = command.enterprises.findIndex((e) => !validateUnifiedSocialCreditCode(e.creditCode).ok);
      if (bad >= 0) {
        return refuse(
          'validation',
          'invalid-symposium',
          '统一社会信用代码不正确',
          'The unified social credit code is invalid',
          `enterprises.${bad}.creditCode`,
        );
      }
      const byCode = new Map(
        command.enterprises.map((e) => [normaliseCreditCode(e.creditCode), e.name.trim()]),
      );
      return accept<SymposiumEvent>({
        type: 'SymposiumAttendanceRecorded',
        data: {
          symposiumId: state.symposium.symposiumId,
          enterprises: [...byCode].map(([creditCode, name]) => ({ creditCode, name })),
          chambers: [...new Set(command.chambers.map((c) => c.trim()))],
          recordedBy: command.recordedBy,
          recordedAt: at,
        },
      });
    }
    case 'RaiseSymposiumProblem': {
      if (state.status !== 'held') {
        return refuse(
          'conflict',
          'symposium-not-held-yet',
          '登记出席后再记录问题',
          'Record the attendance before the problems raised',
        );
      }
      if (state.problemIds.includes(command.problemId)) {
        return refuse('conflict', 'problem-exists', '该问题已记录', 'This problem is recorded already');
      }
      const code = validateUnifiedSocialCreditCode(command.enterpriseCreditCode).ok
        ? normaliseCreditCode(command.enterpriseCreditCode)
        : '';
      const enterprise = state.enterprises.find((e) => e.creditCode === code);
      if (enterprise === undefined) {
        return refuse(
          'validation',
          'enterprise-not-attending',
          '问题须由出席座谈会的企业提出',
          'A problem is raised by an enterprise that attended',
          'enterpriseCreditCode',
        );
      }
      return accept<SymposiumEvent>({
        type: 'SymposiumProblemRaised',
        data: {
          symposiumId: state.symposium.symposiumId,
          problemId: command.problemId,
          convenerUnitId: state.symposium.convenerUnitId,
          enterprise,
          title: command.title.trim(),
          description: command.description.trim(),
          contact: command.contact,
          raisedOn: state.symposium.date,
          raisedBy: command.raisedBy,
        },
      });
    }
  }
};

const evolve = (state: SymposiumState, event: SymposiumEvent): SymposiumState => {
  if (event.type === 'SymposiumScheduled') {
    return { status: 'scheduled', symposium: event.data, enterprises: [], chambers: [], problemIds: [] };
  }
  if (state.status === 'absent') return state;
  switch (event.type) {
    case 'SymposiumAttendanceRecorded':
      return { ...state, status: 'held', enterprises: event.data.enterprises, chambers: event.data.chambers };
    case 'SymposiumProblemRaised':
      return { ...state, problemIds: [...state.problemIds, event.data.problemId] };
    default:
      return state;
  }
};

/** A symposium with enterprises and chambers (政企座谈会): scheduled, attendance recorded, problems raised. */
export const symposiumDecider: Decider<
  SymposiumCommand,
  SymposiumEvent,
  SymposiumState,
  DomainError,
  SymposiumContext
> = {
  initialState: () => ({ status: 'absent' }),
  evolve,
  decide,
};
