/** A message in both languages of the platform (the kernel's LocalizedMessage, named for this library). */
export interface LocalizedName {
  readonly zh: string;
  readonly en: string;
}

/**
 * People who sign in to the staff console with a username and password. A later context adds its own
 * (e.g. `official` 领导干部, `party-staff` 党务工作者) by appending here and labelling it in ROLE_LABELS below;
 * the compiler then points at every table keyed by role that needs the new one.
 */
export const STAFF_ROLES = [
  'service-staff',
  'department-handler',
  'supervisor',
  'administrator',
  'leading-official',
  'discipline-inspector',
  'credit-officer',
  'party-building-staff',
] as const;

/**
 * Who acts at a 亲清家园 kiosk: the provisioned device itself (non-human, `kiosk-device`) and the walk-in
 * enterprise using it (`kiosk-enterprise`), anonymous until it identifies itself.
 */
export const KIOSK_ROLES = ['kiosk-enterprise', 'kiosk-device'] as const;

export const ROLES = [...STAFF_ROLES, ...KIOSK_ROLES] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];
export type KioskRole = (typeof KIOSK_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, LocalizedName>> = {
  'service-staff': { zh: '服务专员', en: 'service staff' },
  'department-handler': { zh: '职能部门经办人', en: 'department handler' },
  supervisor: { zh: '效能督查', en: 'supervisor' },
  administrator: { zh: '管理员', en: 'administrator' },
  'leading-official': { zh: '领导干部', en: 'leading official' },
  'discipline-inspector': { zh: '纪检监察', en: 'discipline inspector' },
  'credit-officer': { zh: '信用管理员', en: 'credit officer' },
  'party-building-staff': { zh: '党建工作人员', en: 'party-building staff' },
  'kiosk-enterprise': { zh: '自助终端企业用户', en: 'kiosk enterprise visitor' },
  'kiosk-device': { zh: '自助终端设备', en: 'kiosk device' },
};

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const isStaffRole = (value: string): value is StaffRole =>
  (STAFF_ROLES as readonly string[]).includes(value);
