import type { Route } from './useRoute';

/** The staff roles the console serves (identity's STAFF_ROLES; kiosk roles never sign in here). */
export type StaffRoleId =
  | 'service-staff'
  | 'department-handler'
  | 'supervisor'
  | 'administrator'
  | 'leading-official'
  | 'discipline-inspector'
  | 'credit-officer'
  | 'party-building-staff';

const EVERY_STAFF_ROLE: readonly StaffRoleId[] = [
  'service-staff',
  'department-handler',
  'supervisor',
  'administrator',
];

/** Every role that signs in to the console, the liaison roles included (their sections come with liaison). */
const EVERY_CONSOLE_ROLE: readonly StaffRoleId[] = [
  ...EVERY_STAFF_ROLE,
  'leading-official',
  'discipline-inspector',
  'credit-officer',
  'party-building-staff',
];

export type SectionScreen = Exclude<
  Route['screen'],
  'detail' | 'enterprise' | 'credit-file' | 'party-organisation' | 'party-joint-branch' | 'policy'
>;

export interface ConsoleSection {
  readonly screen: SectionScreen;
  readonly zh: string;
  readonly en: string;
  /** Who may use it — the roles its API endpoints allow (`@Allow`), so the console never offers a 403. */
  readonly roles: readonly StaffRoleId[];
}

/**
 * The console's sections in navigation order, the one list both the navigation and the screen switch read:
 * a role sees only the sections it may use, and opening another one by its address says it is not available.
 * A later context adds its section here.
 */
export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  // GET /api/appeals/requests
  { screen: 'inbox', zh: '诉求列表', en: 'Inbox', roles: EVERY_STAFF_ROLE },
  // POST /api/appeals/requests: service staff file for a caller (首问负责); departments do not.
  { screen: 'file', zh: '代企业登记', en: 'File a request', roles: ['service-staff'] },
  // GET/POST /api/service-centre/queue/centres/{centre}/counters/{counter}[/…]: the centre's own service staff.
  { screen: 'queue-counter', zh: '窗口叫号', en: 'Counter', roles: ['service-staff'] },
  // GET /api/appeals/rates, /api/service-centre/request-stats
  { screen: 'dashboard', zh: '评议统计', en: 'Dashboard', roles: EVERY_STAFF_ROLE },
  // GET /api/service-centre/queue/stats, …/centres/{centre}[/visits]: own centre for staff, all for the others.
  {
    screen: 'queue-dashboard',
    zh: '排队统计',
    en: 'Queue figures',
    roles: ['service-staff', 'supervisor', 'administrator'],
  },
  // GET /api/appeals/departments/{id}/service-ledger (a handler its own department) and its three records
  {
    screen: 'ledger',
    zh: '部门服务台账',
    en: 'Department ledger',
    roles: ['department-handler', 'supervisor', 'administrator'],
  },
  // /api/admin/…, PUT /api/appeals/policy, POST /api/calendar/schedules
  { screen: 'admin', zh: '系统管理', en: 'Administration', roles: ['administrator'] },
  // GET /api/liaison/compliance (own pairings), POST /api/liaison/visits: the official's workspace.
  { screen: 'liaison', zh: '我的联系企业', en: 'My enterprises', roles: ['leading-official'] },
  // GET /api/liaison/compliance?unitId=
  { screen: 'compliance', zh: '走访达标', en: 'Visit compliance', roles: ['supervisor', 'administrator'] },
  // GET /api/liaison/conduct-breaches: declared breaches go to the discipline inspectors, not the unit.
  { screen: 'breaches', zh: '廉洁申报异常', en: 'Conduct breaches', roles: ['discipline-inspector'] },
  // /api/service-centre/misconduct-reports/desk/…: misconduct reports, the discipline inspectors alone (404 to others).
  { screen: 'reports', zh: '举报受理', en: 'Misconduct reports', roles: ['discipline-inspector'] },
  // /api/liaison/interaction-filings/{mine,approvals}, /api/liaison/declarations/mine (政商交往报备与申报)
  { screen: 'integrity', zh: '交往报备', en: 'Filings', roles: ['leading-official'] },
  // /api/liaison/declarations/{mine,relations}: those who handle requests declare too (回避 binds their requests).
  {
    screen: 'declarations',
    zh: '申报与回避',
    en: 'Declarations',
    roles: ['department-handler', 'service-staff'],
  },
  // GET/POST /api/credit/records, /api/credit/records/corrections: the integrity files (诚信档案).
  { screen: 'credit', zh: '诚信档案', en: 'Integrity files', roles: ['credit-officer'] },
  // POST /api/credit/records/import
  { screen: 'credit-import', zh: '导入行政处罚', en: 'Import penalties', roles: ['credit-officer'] },
  // GET /api/credit/objections, POST /api/credit/objections/{id}/decision
  { screen: 'credit-objections', zh: '异议处理', en: 'Objections', roles: ['credit-officer'] },
  // GET /api/credit/repairs, POST /api/credit/repairs/{id}/decision
  { screen: 'credit-repairs', zh: '信用修复', en: 'Repairs', roles: ['credit-officer'] },
  // POST /api/credit/boards, /api/credit/boards/{id}/approval
  { screen: 'credit-boards', zh: '红黑榜', en: 'Red/black board', roles: ['credit-officer'] },
  // 党建: GET /api/party-building/organisations[/{code}] for staff and supervisors (read-only for the latter);
  // POST /api/party-building/organisations for staff.
  {
    screen: 'party-organisations',
    zh: '党组织',
    en: 'Party organisations',
    roles: ['party-building-staff', 'supervisor'],
  },
  // GET /api/party-building/joint-branches[/{id}], /api/party-building/activities (supervisors read);
  // POST …/joint-branches, …/joint-branches/{id}/units, DELETE …/units/{code}, POST …/activities for staff.
  {
    screen: 'party-joint-branches',
    zh: '联合党支部',
    en: 'Joint branches',
    roles: ['party-building-staff', 'supervisor'],
  },
  // GET /api/party-building/chamber-organisations (supervisors read), POST for staff.
  {
    screen: 'party-chambers',
    zh: '商会党组织',
    en: 'Chamber organisations',
    roles: ['party-building-staff', 'supervisor'],
  },
  // GET /api/party-building/pairings (supervisors read), POST for staff.
  {
    screen: 'party-pairings',
    zh: '四联四帮',
    en: 'Pairings',
    roles: ['party-building-staff', 'supervisor'],
  },
  // GET /api/party-building/alerts
  {
    screen: 'party-alerts',
    zh: '党建预警',
    en: 'Party alerts',
    roles: ['party-building-staff', 'supervisor'],
  },
  // GET /api/party-building/coverage[?areaCode=][&format=csv]
  {
    screen: 'party-coverage',
    zh: '党建覆盖率',
    en: 'Party coverage',
    roles: ['party-building-staff', 'supervisor'],
  },
  // GET /api/party-building/honours-recommendations (supervisors read), POST for staff.
  {
    screen: 'party-honours',
    zh: '评优推荐',
    en: 'Honours',
    roles: ['party-building-staff', 'supervisor'],
  },
  // GET /api/service-centre/health-index[/…] (public); POST for supervisors and administrators.
  {
    screen: 'health-index',
    zh: '亲清健康指数',
    en: 'Health index',
    roles: ['supervisor', 'administrator', 'leading-official'],
  },
  // GET /api/service-centre/policies[/{id}] for every staff role; POST/PUT, …/preview, …/publish, …/withdraw
  // for service staff and administrators; …/call-list for them and supervisors (政策库与精准推送).
  { screen: 'policies', zh: '政策库', en: 'Policy library', roles: EVERY_CONSOLE_ROLE },
  // 活动: GET /api/service-centre/events[/{id}[/registrations]] for staff and supervisors; POST, PUT, cancel,
  // close, registrations and check-ins for service staff.
  { screen: 'centre-events', zh: '活动', en: 'Events', roles: ['service-staff', 'supervisor'] },
  // GET /api/enterprises, /api/enterprises/{code}: every staff role reads the directory (liaison).
  { screen: 'directory', zh: '企业名录', en: 'Enterprise directory', roles: EVERY_CONSOLE_ROLE },
  // POST /api/auth/password
  { screen: 'password', zh: '修改密码', en: 'Password', roles: EVERY_CONSOLE_ROLE },
];

/** The sections a role may use, in navigation order. */
export const sectionsFor = (role: string): readonly ConsoleSection[] =>
  CONSOLE_SECTIONS.filter((section) => (section.roles as readonly string[]).includes(role));

/**
 * The section a route belongs to: a request's detail goes with the inbox, an enterprise with the directory, an
 * integrity file with the credit section, an enterprise's party organisation with the organisations, a joint
 * branch with the joint branches.
 */
export const sectionOf = (route: Route): SectionScreen => {
  switch (route.screen) {
    case 'detail':
      return 'inbox';
    case 'enterprise':
      return 'directory';
    case 'credit-file':
      return 'credit';
    case 'party-organisation':
      return 'party-organisations';
    case 'party-joint-branch':
      return 'party-joint-branches';
    case 'policy':
      return 'policies';
    default:
      return route.screen;
  }
};

/** Whether the role publishes the 亲清健康指数 (the others read what is published). */
export const publishesHealthIndex = (role: string): boolean =>
  role === 'supervisor' || role === 'administrator';
/** Whether the role runs the centre's events (service staff), or only reads them (supervisors). */
export const organisesCentreEvents = (role: string): boolean => role === 'service-staff';

/** Whether the role may change party-building records (staff), or only read them (supervisors). */
export const recordsPartyBuilding = (role: string): boolean => role === 'party-building-staff';

/** Who edits, previews, publishes and withdraws policies (the endpoints' POLICY_EDITORS). */
export const editsPolicies = (role: string): boolean => role === 'service-staff' || role === 'administrator';

/** Who follows a policy's push up: its call list and how its SMS notices fared (POLICY_PUSH_FOLLOWERS). */
export const readsCallLists = (role: string): boolean => editsPolicies(role) || role === 'supervisor';

/**
 * Where a role lands on `#/`: the inbox for those who use it, otherwise the role's first section (a leading
 * official's workspace) — never a section the role may not open.
 */
export const defaultRouteFor = (role: string): Route => {
  const first = sectionsFor(role)[0];
  return first === undefined || sectionsFor(role).some((s) => s.screen === 'inbox')
    ? { screen: 'inbox' }
    : ({ screen: first.screen } as Route);
};

/** Whether the role may open the route. */
export const mayOpen = (role: string, route: Route): boolean =>
  sectionsFor(role).some((section) => section.screen === sectionOf(route));
