import type { Bilingual } from '../i18n/LocaleContext';

/** `GET /api/admin/staff-accounts`: an account as administrators see it (never the password hash). */
export interface StaffAccountView {
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly departmentId: string | null;
  readonly centreId: string | null;
  readonly status: 'active' | 'locked' | 'disabled';
  readonly lockedUntil: string | null;
  readonly lastLoginAt: string | null;
}

/** `GET /api/admin/kiosk-devices`. */
export interface KioskDeviceView {
  readonly deviceId: string;
  readonly centreId: string;
  readonly label: string;
  readonly revoked: boolean;
  readonly registeredAt: string;
  readonly revokedAt: string | null;
}

/** `POST /api/admin/kiosk-devices`: the credential is shown this once. */
export interface RegisteredKioskDevice {
  readonly deviceId: string;
  readonly centreId: string;
  readonly label: string;
  readonly credential: string;
}

export interface UnitView {
  readonly unitId: string;
  readonly kind: 'department' | 'centre' | 'receiving-unit';
  readonly name: Bilingual;
  readonly hotline: string | null;
}

export const ROLE_OPTIONS: readonly { readonly value: string; readonly label: Bilingual }[] = [
  { value: 'service-staff', label: { zh: '服务专员', en: 'Service staff' } },
  { value: 'department-handler', label: { zh: '职能部门经办人', en: 'Department handler' } },
  { value: 'supervisor', label: { zh: '效能督查', en: 'Supervisor' } },
  { value: 'administrator', label: { zh: '管理员', en: 'Administrator' } },
  { value: 'leading-official', label: { zh: '领导干部', en: 'Leading official' } },
  { value: 'discipline-inspector', label: { zh: '纪检监察', en: 'Discipline inspector' } },
  { value: 'credit-officer', label: { zh: '信用管理员', en: 'Credit officer' } },
  { value: 'party-building-staff', label: { zh: '党建工作人员', en: 'Party-building staff' } },
];

export const UNIT_KINDS: readonly { readonly value: UnitView['kind']; readonly label: Bilingual }[] = [
  { value: 'department', label: { zh: '职能部门', en: 'Department' } },
  { value: 'centre', label: { zh: '亲清家园', en: 'Qin-Qing Home centre' } },
  { value: 'receiving-unit', label: { zh: '其他受理单位', en: 'Other receiving unit' } },
];
