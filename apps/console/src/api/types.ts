import type { Bilingual } from '../i18n/LocaleContext';

/**
 * Answer shapes the contracts libraries do not export yet (see the report: API gaps). Kept to the fields the
 * console reads; request bodies and request views come from @qinqing/appeals/contracts.
 */
export interface OrganisationUnit {
  readonly unitId: string;
  readonly kind: string;
  readonly name: Bilingual;
}

export interface Me {
  readonly actor: { readonly kind: string; readonly displayName?: string; readonly departmentId?: string };
  readonly role: { readonly id: string; readonly label: Bilingual };
  readonly username: string | null;
  readonly department: OrganisationUnit | null;
  readonly centre: OrganisationUnit | null;
}

export type { DepartmentRates, Rate, RatesAnswer } from '@qinqing/appeals/contracts';

export interface ScheduleSource {
  readonly title: string;
  readonly documentNumber: string;
  readonly publishedOn: string;
}

/** `GET /api/calendar/schedules`. */
export interface ScheduleList {
  readonly years: readonly { readonly year: number; readonly source: ScheduleSource | null }[];
  readonly provisionalRange: { readonly from: number; readonly to: number };
  /** The notices missing now (this year's; next year's from 1 October), or null. */
  readonly reminder: {
    readonly missingYears: readonly number[];
    readonly since: string;
    readonly message: Bilingual;
  } | null;
  /** Notices loaded earlier that fail today's checks: on record, not in force. */
  readonly setAside: readonly {
    readonly year: number;
    readonly documentNumber: string;
    readonly problems: readonly Bilingual[];
  }[];
}

/** A day a notice changes against counting weekends only. */
export interface ChangedDay {
  readonly date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly holiday?: string;
  readonly statutory?: boolean;
}

/** `POST /api/calendar/schedules/preview`. */
export interface SchedulePreview {
  readonly year: number;
  readonly source: ScheduleSource;
  readonly changes: {
    readonly year: number;
    readonly weekdaysOff: readonly ChangedDay[];
    readonly weekendWorkingDays: readonly ChangedDay[];
    readonly netWorkingDaysLost: number;
  };
  readonly replaces: ScheduleSource | null;
  readonly alreadyLoaded: boolean;
}
