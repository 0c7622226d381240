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

export interface ScheduleList {
  readonly years: readonly { readonly year: number; readonly source: unknown }[];
}
