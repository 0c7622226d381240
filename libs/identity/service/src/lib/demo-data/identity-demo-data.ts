import type { LocalizedName, OrganisationUnitKind, StaffRole } from '@qinqing/identity/domain';

/** Every demo account signs in with this password (documented in the README under "Demo accounts"). */
export const DEMO_PASSWORD = 'Demo!2026';

export interface DemoOrganisationUnit {
  readonly unitId: string;
  readonly kind: OrganisationUnitKind;
  readonly name: LocalizedName;
  /** The number printed on kiosk receipts; the demo centres give 12345, the national 政务服务便民热线. */
  readonly hotline?: string;
}

/** Departments of a Ningbo district and two of its 亲清家园 centres (N: Ningbo runs eight). */
export const DEMO_ORGANISATION_UNITS: readonly DemoOrganisationUnit[] = [
  {
    unitId: 'dept-development-reform',
    kind: 'department',
    name: { zh: '发改局', en: 'Development and Reform Bureau' },
  },
  {
    unitId: 'dept-market-regulation',
    kind: 'department',
    name: { zh: '市场监管局', en: 'Market Regulation Bureau' },
  },
  {
    unitId: 'dept-human-resources',
    kind: 'department',
    name: { zh: '人力社保局', en: 'Human Resources and Social Security Bureau' },
  },
  {
    unitId: 'dept-natural-resources',
    kind: 'department',
    name: { zh: '自然资源和规划局', en: 'Natural Resources and Planning Bureau' },
  },
  { unitId: 'dept-taxation', kind: 'department', name: { zh: '税务局', en: 'Taxation Bureau' } },
  { unitId: 'dept-justice', kind: 'department', name: { zh: '司法局', en: 'Justice Bureau' } },
  {
    unitId: 'dept-finance-office',
    kind: 'department',
    name: { zh: '金融办', en: 'Financial Affairs Office' },
  },
  {
    // The appeals default owner (DEFAULT_APPEALS_POLICY.defaultOwnerUnitId): requests nobody claims fall here.
    unitId: 'unit-business-environment-office',
    kind: 'department',
    name: { zh: '营商环境办', en: 'Business Environment Office' },
  },
  {
    unitId: 'centre-haishu',
    kind: 'centre',
    name: { zh: '海曙区亲清家园', en: 'Haishu Qin-Qing Home' },
    hotline: '12345',
  },
  {
    unitId: 'centre-yinzhou',
    kind: 'centre',
    name: { zh: '鄞州区亲清家园', en: 'Yinzhou Qin-Qing Home' },
    hotline: '12345',
  },
];

export interface DemoStaffAccount {
  /** Fixed, so other contexts' demo data can refer to these people. */
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentId?: string;
  readonly centreId?: string;
}

export const DEMO_STAFF_ACCOUNTS: readonly DemoStaffAccount[] = [
  {
    accountId: '01960000-0000-7000-8000-000000000001',
    username: 'staff.wang',
    displayName: '王芳',
    role: 'service-staff',
    centreId: 'centre-haishu',
  },
  {
    accountId: '01960000-0000-7000-8000-000000000002',
    username: 'handler.li',
    displayName: '李强',
    role: 'department-handler',
    departmentId: 'dept-market-regulation',
  },
  {
    accountId: '01960000-0000-7000-8000-000000000003',
    username: 'handler.zhao',
    displayName: '赵磊',
    role: 'department-handler',
    departmentId: 'dept-human-resources',
  },
  {
    accountId: '01960000-0000-7000-8000-000000000006',
    username: 'handler.qian',
    displayName: '钱敏',
    role: 'department-handler',
    departmentId: 'unit-business-environment-office',
  },
  {
    accountId: '01960000-0000-7000-8000-000000000004',
    username: 'supervisor.chen',
    displayName: '陈静',
    role: 'supervisor',
  },
  {
    accountId: '01960000-0000-7000-8000-000000000005',
    username: 'admin',
    displayName: '系统管理员',
    role: 'administrator',
  },
  // Liaison (领导干部联系企业): two leading officials (周 reports to 孙) and a discipline inspector.
  {
    accountId: '01960000-0000-7000-8000-000000000101',
    username: 'official.zhou',
    displayName: '周建国',
    role: 'leading-official',
  },
  {
    accountId: '01960000-0000-7000-8000-000000000102',
    username: 'official.sun',
    displayName: '孙立新',
    role: 'leading-official',
  },
  {
    accountId: '01960000-0000-7000-8000-000000000103',
    username: 'inspector.wu',
    displayName: '吴正',
    role: 'discipline-inspector',
  },
  // Credit (诚信档案): the officer who keeps the integrity files, objections, repairs and the red/black board.
  {
    accountId: '01960000-0000-7000-8000-000000000104',
    username: 'credit.zhao',
    displayName: '赵信',
    role: 'credit-officer',
  },
  // Party building (非公企业党建): the staff member who keeps the organisation records (counts and roles only).
  {
    accountId: '01960000-0000-7000-8000-000000000105',
    username: 'party.lin',
    displayName: '林红',
    role: 'party-building-staff',
  },
];

export interface DemoKioskDevice {
  readonly deviceId: string;
  readonly centreId: string;
  readonly label: string;
  /** Provision the kiosk browser with `<deviceId>.<secret>` (POST /api/kiosk/device-session). */
  readonly secret: string;
}

export const DEMO_KIOSK_DEVICES: readonly DemoKioskDevice[] = [
  {
    deviceId: 'kiosk-haishu-01',
    centreId: 'centre-haishu',
    label: '海曙区亲清家园 1 号自助终端',
    secret: 'demo-kiosk-haishu-2026',
  },
  {
    deviceId: 'kiosk-yinzhou-01',
    centreId: 'centre-yinzhou',
    label: '鄞州区亲清家园 1 号自助终端',
    secret: 'demo-kiosk-yinzhou-2026',
  },
];

export const demoKioskCredential = (device: DemoKioskDevice): string => `${device.deviceId}.${device.secret}`;
