import type { RequestDetail, RequestSummary, TrackedRequest } from '@qinqing/appeals/contracts';
import { DEFAULT_APPEALS_POLICY } from '@qinqing/appeals/domain';
import { TEST_HOLIDAY_NOTICE_2027 } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type ErrorBody } from '../../test-setup/api-client';
import {
  DEMO_USERS,
  identifyWalkIn,
  logIn,
  MARKET_REGULATION,
  provisionKiosk,
  startWalkIn,
} from '../../test-setup/actors';
import {
  type AppealsTestApp,
  appealsTestBackends,
  chinaTime,
  startAppealsTestApp,
} from '../../test-setup/appeals-test-app';
import {
  act,
  fileRequest,
  last4,
  requestBody,
  type Submitted,
  type TestEnterprise,
  testEnterprise,
} from '../../test-setup/requests';

/** Everyone who can call the appeals API, relative to a request filed by `walkInIdentified` and routed to li. */
const ROLES = [
  'anonymous',
  'kioskDeviceOnly',
  'walkInAnonymous',
  'walkInIdentified',
  'serviceStaff',
  'routedHandler',
  'otherHandler',
  'supervisor',
  'administrator',
  'leadingOfficial',
  'disciplineInspector',
] as const;
type Role = (typeof ROLES)[number];

/** States a target request is prepared in (always filed by the identified walk-in at the Haishu kiosk). */
type State =
  | 'received'
  | 'awaiting'
  | 'in-progress'
  | 'paused'
  | 'answered'
  | 'informed'
  | 'rated-poor'
  | 'appealed'
  | 'grouped';

interface Outcome {
  readonly status: number;
  /** The `error` code that says who refused: the access guard, the visibility rule, or the decider. */
  readonly error?: string;
}

const U: Outcome = { status: 401, error: 'authentication-required' };
const R: Outcome = { status: 403, error: 'role-not-allowed' };
/** Invisible to the caller: 404, never a hint that the request exists. */
const H: Outcome = { status: 404, error: 'request-not-found' };
/** Public feedback routes: neither a receipt proof nor an identified walk-in. */
const P: Outcome = { status: 401, error: 'receipt-proof-required' };
const notOwner: Outcome = { status: 403, error: 'not-the-owner' };
/** Only the enterprise rates (DOMAIN.md §2): a staff session is refused, even holding a valid receipt proof. */
const S: Outcome = { status: 403, error: 'staff-cannot-give-feedback' };
const ok = (status = 200): Outcome => ({ status });

interface Target {
  readonly request: Submitted;
  readonly enterprise: TestEnterprise;
}

interface Row {
  readonly endpoint: string;
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: (target: Target | null) => string;
  readonly body?: (target: Target | null) => unknown;
  /** The state the target request is in; none for endpoints about no particular request. */
  readonly state: State | null;
  readonly expected: Readonly<Record<Role, Outcome>>;
}

/**
 * The liaison roles (领导干部, 纪检监察) have no part in appeals: a public endpoint answers them as it answers
 * anyone, feedback is refused to them as to every staff session, and every other endpoint refuses the role.
 */
const liaisonRoleOutcome = (anonymous: Outcome, supervisor: Outcome): Outcome =>
  supervisor === S ? S : anonymous.status < 300 ? anonymous : R;

/** One outcome per appeals role, in ROLES order; the liaison roles' outcome follows from them. */
const roles = (...outcomes: Outcome[]): Record<Role, Outcome> => {
  if (outcomes.length !== ROLES.length - 2) throw new Error('one outcome per appeals role');
  const [anonymous, , , , , , , supervisor] = outcomes as [Outcome, ...Outcome[]];
  const liaison = liaisonRoleOutcome(anonymous, supervisor ?? R);
  return Object.fromEntries(ROLES.map((role, i) => [role, outcomes[i] ?? liaison])) as Record<Role, Outcome>;
};

const id = (target: Target | null): string => {
  if (target === null) throw new Error('this row needs a target request');
  return target.request.requestId;
};
const on = (action: string) => (target: Target | null) => `/api/appeals/requests/${id(target)}/${action}`;
const text = { reason: '矩阵测试', note: '矩阵测试', message: '矩阵测试', answer: '矩阵测试' };
const pause = { ...text, cause: 'enterprise-documents' };
const TODAY = '2026-06-01';
const review = (target: Target | null) => `${id(target)}-review`;
/** What the receipt says: the code and the phone's last four digits (staff handling the request see both). */
const proofOf = (target: Target | null) => ({
  receiptCode: target?.request.receiptCode,
  phoneLast4: last4(target?.enterprise.phone ?? ''),
});
const MATRIX_PASSWORD = 'Matrix!2026-roles';
/** Ledger entries need ids of their own per call. */
let ledgerEntries = 0;
const LEDGER = `/api/appeals/departments/${MARKET_REGULATION}`;
const notThisDepartment: Outcome = { status: 403, error: 'not-allowed-for-ledger' };
/** An open request of the same enterprise that duplicates point at (filed in beforeAll). */
const duplicateOriginal = { requestId: '' };

/*
 * expected: roles(anonymous, kiosk device only, walk-in anonymous, walk-in identified, service staff,
 *                 handler of the routed department, handler of another department, supervisor, administrator)
 * U 401 no credentials · R 403 role not allowed · H 404 invisible · P 401 no receipt proof ·
 * S 403 staff may not give feedback · ok(…) allowed
 */
// prettier-ignore
const ROWS: readonly Row[] = [
  { endpoint: 'submit', method: 'POST', path: () => '/api/appeals/requests', state: null,
    body: () => requestBody(testEnterprise()),
    expected: roles(U, R, ok(201), ok(201), ok(201), R, R, R, R) },
  { endpoint: 'hand-off', method: 'POST', path: on('hand-off'), state: 'received',
    body: () => ({ toDepartmentId: MARKET_REGULATION, note: '请接收' }),
    expected: roles(U, R, R, R, ok(), H, H, R, R) },
  { endpoint: 'accept', method: 'POST', path: on('accept'), state: 'awaiting',
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'send-back', method: 'POST', path: on('send-back'), state: 'awaiting', body: () => text,
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'reply', method: 'POST', path: on('reply'), state: 'in-progress', body: () => text,
    expected: roles(U, R, R, R, notOwner, ok(), H, R, R) },
  { endpoint: 'pause', method: 'POST', path: on('pause'), state: 'in-progress', body: () => pause,
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'resume', method: 'POST', path: on('resume'), state: 'paused',
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'plan-outcome', method: 'POST', path: on('plan-outcome'), state: 'in-progress',
    body: () => ({ outcome: 'inform', note: '不属本级职责' }),
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'resolve', method: 'POST', path: on('resolve'), state: 'in-progress', body: () => text,
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'escalate', method: 'POST', path: on('escalate'), state: 'in-progress',
    body: () => ({ upperLevelUnit: '市局', upperLevelReference: '甬〔2026〕1号', note: '报出' }),
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'inform', method: 'POST', path: on('inform'), state: 'in-progress',
    body: () => ({ reason: '不属职责', basis: '三定方案' }),
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'extension', method: 'POST', path: on('extension'), state: 'in-progress', body: () => text,
    expected: roles(U, R, R, R, R, R, R, ok(), R) },
  { endpoint: 'pause/extension', method: 'POST', path: on('pause/extension'), state: 'paused',
    body: () => ({ upToWorkingDays: 10, reason: '专家论证' }),
    expected: roles(U, R, R, R, R, R, R, ok(), R) },
  { endpoint: 'callback', method: 'POST', path: on('callback'), state: 'rated-poor',
    body: () => ({ answer: 'fairly-satisfied', note: '电话回访' }),
    expected: roles(U, R, R, R, R, R, R, ok(), R) },
  { endpoint: 'rectification', method: 'POST', path: on('rectification'), state: 'rated-poor',
    body: () => ({ note: '已整改' }),
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'rating-appeal', method: 'POST', path: on('rating-appeal'), state: 'rated-poor', body: () => text,
    expected: roles(U, R, R, R, R, ok(), H, R, R) },
  { endpoint: 'rating-appeal/decision', method: 'POST', path: on('rating-appeal/decision'), state: 'appealed',
    body: () => ({ upheld: false, reason: '评价有据' }),
    expected: roles(U, R, R, R, R, R, R, ok(), R) },
  { endpoint: 'supervision/exclusion', method: 'POST', path: on('supervision/exclusion'), state: 'informed',
    body: () => text,
    expected: roles(U, R, R, R, R, R, R, ok(), R) },
  { endpoint: 'supervision/rehandling', method: 'POST', path: on('supervision/rehandling'), state: 'rated-poor',
    body: (t) => ({ orderId: review(t), instruction: '重新办理' }),
    expected: roles(U, R, R, R, R, R, R, ok(), R) },
  { endpoint: 'supervision/notes', method: 'POST', path: on('supervision/notes'), state: 'rated-poor',
    body: (t) => ({ orderId: review(t), note: '督办意见' }),
    expected: roles(U, R, R, R, R, R, R, ok(), R) },
  { endpoint: 'supervision/close', method: 'POST', path: on('supervision/close'), state: 'rated-poor',
    body: (t) => ({ orderId: review(t), outcome: 'rectified', conclusion: '整改到位' }),
    expected: roles(U, R, R, R, R, R, R, ok(), R) },
  { endpoint: 'rate', method: 'POST', path: on('rate'), state: 'answered', body: () => ({ rating: 'satisfied' }),
    expected: roles(P, P, P, ok(), S, S, S, S, S) },
  { endpoint: 'reopen', method: 'POST', path: on('reopen'), state: 'answered', body: () => text,
    expected: roles(P, P, P, ok(), S, S, S, S, S) },
  { endpoint: 'rate by receipt', method: 'POST', path: on('rate'), state: 'answered',
    body: (t) => ({ rating: 'satisfied', ...proofOf(t) }),
    expected: roles(ok(), ok(), ok(), ok(), S, S, S, S, S) },
  { endpoint: 'reopen by receipt', method: 'POST', path: on('reopen'), state: 'answered',
    body: (t) => ({ ...text, ...proofOf(t) }),
    expected: roles(ok(), ok(), ok(), ok(), S, S, S, S, S) },
  { endpoint: 'duplicate-of', method: 'POST', path: on('duplicate-of'), state: 'in-progress',
    body: () => ({ originalRequestId: duplicateOriginal.requestId }),
    expected: roles(U, R, R, R, notOwner, ok(), H, R, R) },
  { endpoint: 'joint-meetings', method: 'POST', path: on('joint-meetings'), state: 'in-progress',
    body: () => ({ meetingId: 'jm-matrix-2', meetingTitle: '联席会议', scheduledOn: TODAY }),
    expected: roles(U, R, R, R, notOwner, ok(), H, R, R) },
  { endpoint: 'joint-meetings/outcome', method: 'POST', path: on('joint-meetings/outcome'), state: 'grouped',
    body: () => ({ meetingId: 'jm-matrix', outcome: '会议决定由市场监管局牵头办理' }),
    expected: roles(U, R, R, R, notOwner, ok(), H, R, R) },
  { endpoint: 'list', method: 'GET', path: () => '/api/appeals/requests', state: null,
    expected: roles(U, R, ok(), ok(), ok(), ok(), ok(), ok(), ok()) },
  { endpoint: 'detail', method: 'GET', path: (t) => `/api/appeals/requests/${id(t)}`, state: 'in-progress',
    expected: roles(U, R, H, ok(), ok(), ok(), H, ok(), ok()) },
  { endpoint: 'track', method: 'POST', path: () => '/api/appeals/track', state: 'in-progress',
    body: (t) => ({ receiptCode: t?.request.receiptCode, phoneLast4: last4(t?.enterprise.phone ?? '') }),
    expected: roles(ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok()) },
  { endpoint: 'rates', method: 'GET', path: () => '/api/appeals/rates?from=2026-01-01&to=2026-12-31', state: null,
    expected: roles(U, R, R, R, ok(), ok(), ok(), ok(), ok()) },
  { endpoint: 'open311 services', method: 'GET', path: () => '/api/appeals/open311/services.json', state: null,
    expected: roles(ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok()) },
  { endpoint: 'open311 requests', method: 'GET', path: () => '/api/appeals/open311/requests.json', state: null,
    expected: roles(ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok(), ok()) },
  { endpoint: 'policy-liaison PUT', method: 'PUT', path: () => `${LEDGER}/policy-liaison`, state: null,
    body: () => ({ name: '周政策', officePhone: '0574-87654321' }),
    expected: roles(U, R, R, R, R, R, R, R, ok()) },
  { endpoint: 'appointments', method: 'POST', path: () => `${LEDGER}/appointments`, state: null,
    body: () => ({ appointmentId: `appt-${++ledgerEntries}`, enterpriseName: '宁波某某公司', topic: '商标注册指导', scheduledOn: TODAY }),
    expected: roles(U, R, R, R, R, ok(), notThisDepartment, R, R) },
  { endpoint: 'inspections', method: 'POST', path: () => `${LEDGER}/inspections`, state: null,
    body: () => ({ inspectionId: `insp-${++ledgerEntries}`, mode: 'covert', conclusion: 'satisfactory', findings: '首问负责落实到位' }),
    expected: roles(U, R, R, R, R, R, R, ok(), R) },
  { endpoint: 'service-ledger', method: 'GET', path: () => `${LEDGER}/service-ledger`, state: null,
    expected: roles(U, R, R, R, R, ok(), { status: 403, error: 'not-this-department' }, ok(), ok()) },
  { endpoint: 'policy GET', method: 'GET', path: () => '/api/appeals/policy', state: null,
    expected: roles(U, R, R, R, ok(), ok(), ok(), ok(), ok()) },
  { endpoint: 'policy PUT', method: 'PUT', path: () => '/api/appeals/policy', state: null,
    body: () => ({ reason: '重申默认时限', policy: DEFAULT_APPEALS_POLICY }),
    expected: roles(U, R, R, R, R, R, R, R, ok()) },
  { endpoint: 'calendar schedules POST', method: 'POST', path: () => '/api/calendar/schedules', state: null,
    body: () => ({ ...TEST_HOLIDAY_NOTICE_2027, replace: true }),
    expected: roles(U, R, R, R, R, R, R, R, ok(201)) },
];

/**
 * Who may call what (DOMAIN.md §2; libs/identity/service for 401/403), table-driven: every appeals endpoint ×
 * every kind of caller. A refusal says who refused (guard 401/403, visibility 404, the decider's own 403/409);
 * an allowed call acts on a request of its own, so no cell depends on another.
 */
// Who may call what does not depend on the store (the store suites run on both): the embedded one is enough.
describe.each(appealsTestBackends(null))('appeals role matrix over $name', (backend) => {
  let t: AppealsTestApp;
  const clients = {} as Record<Role, ApiClient>;
  /** The walk-in's enterprise (credit code and phone); every target request is filed as it. */
  const enterprise = testEnterprise('1234');
  /** One target per state, shared by the cells that must not change it (refusals). */
  const shared = new Map<State, Target>();

  const prepare = async (state: State): Promise<Target> => {
    const { walkInIdentified: walkIn, serviceStaff: wang, routedHandler: li } = clients;
    const request = await fileRequest(walkIn, requestBody(enterprise));
    const target = { request, enterprise };
    if (state === 'received') return target;
    await act(wang, request.requestId, 'hand-off', { toDepartmentId: MARKET_REGULATION, note: '请接收' });
    if (state === 'awaiting') return target;
    await act(li, request.requestId, 'accept');
    if (state === 'paused') await act(li, request.requestId, 'pause', pause);
    if (state === 'grouped') {
      await act(li, request.requestId, 'joint-meetings', {
        meetingId: 'jm-matrix',
        meetingTitle: '联席会议',
        scheduledOn: TODAY,
      });
    }
    const ratedPoor = state === 'rated-poor' || state === 'appealed';
    if (state === 'answered' || ratedPoor) await act(li, request.requestId, 'resolve', text);
    if (state === 'informed') {
      await act(li, request.requestId, 'inform', { reason: '不属职责', basis: '三定方案' });
    }
    if (ratedPoor) await act(walkIn, request.requestId, 'rate', { rating: 'dissatisfied' });
    if (state === 'appealed') await act(li, request.requestId, 'rating-appeal', text);
    return target;
  };

  beforeAll(async () => {
    t = await startAppealsTestApp(backend, { now: chinaTime(TODAY) });
    const kiosk = await provisionKiosk(t.base);
    const [
      walkInAnonymous,
      walkInIdentified,
      serviceStaff,
      routedHandler,
      otherHandler,
      supervisor,
      administrator,
    ] = await Promise.all([
      startWalkIn(kiosk),
      startWalkIn(kiosk).then((walkIn) => identifyWalkIn(walkIn, enterprise, t.walkInProofs)),
      logIn(t.base, DEMO_USERS.serviceStaff),
      logIn(t.base, DEMO_USERS.marketHandler),
      logIn(t.base, DEMO_USERS.hrHandler),
      logIn(t.base, DEMO_USERS.supervisor),
      logIn(t.base, DEMO_USERS.administrator),
    ]);
    const [leadingOfficial, disciplineInspector] = await Promise.all([
      staffWithRole(administrator, 'leading-official', {}),
      staffWithRole(administrator, 'discipline-inspector', {}),
    ]);
    Object.assign(clients, {
      anonymous: new ApiClient(t.base),
      kioskDeviceOnly: kiosk,
      walkInAnonymous,
      walkInIdentified,
      serviceStaff,
      routedHandler,
      otherHandler,
      supervisor,
      administrator,
      leadingOfficial,
      disciplineInspector,
    });
    duplicateOriginal.requestId = (await prepare('received')).request.requestId;
    for (const state of new Set(ROWS.flatMap((row) => (row.state === null ? [] : [row.state])))) {
      shared.set(state, await prepare(state));
    }
    // Receipts are looked up in the requests read model.
    await t.settle();
  });

  /** A staff account of a role the demo data has none of, made by the administrator, signed in. */
  const staffWithRole = async (
    administrator: ApiClient,
    role: string,
    unit: { readonly departmentId?: string },
  ): Promise<ApiClient> => {
    const username = `matrix.${role}`;
    const created = await administrator.post('/api/admin/staff-accounts', {
      username,
      displayName: role === 'leading-official' ? '周领导' : '吴纪检',
      role,
      ...unit,
      password: MATRIX_PASSWORD,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const client = new ApiClient(t.base);
    const login = await client.post('/api/auth/login', { username, password: MATRIX_PASSWORD });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    return client;
  };

  afterAll(async () => {
    await t?.close();
  });

  it('covers every role on every endpoint', () => {
    expect(ROWS.map((row) => row.endpoint)).toHaveLength(41);
    for (const row of ROWS) expect(Object.keys(row.expected).sort()).toEqual([...ROLES].sort());
  });

  describe.each(ROWS)('$method $endpoint', (row) => {
    for (const role of ROLES) {
      const expected = row.expected[role];
      it(`${role} → ${expected.status}${expected.error === undefined ? '' : ` ${expected.error}`}`, async () => {
        // A call expected to succeed changes its request: it gets one of its own.
        const allowed = expected.status < 300;
        const target =
          row.state === null
            ? null
            : allowed && row.method !== 'GET' && row.endpoint !== 'track'
              ? await prepare(row.state)
              : (shared.get(row.state) ?? null);
        // Receipts are looked up in the requests read model: a fresh target must be in it first.
        if (allowed && row.endpoint.endsWith('by receipt') && target !== null) {
          await t.settleUntilListed(target.request.requestId);
        }
        const answer = await clients[role].send<ErrorBody>(row.method, row.path(target), row.body?.(target));
        expect({ status: answer.status, error: answer.body.error }).toEqual({
          status: expected.status,
          error: expected.error,
        });
        if (allowed && row.state !== null && row.method === 'POST' && row.endpoint !== 'track') {
          expect((answer.body as unknown as { recorded: string[] }).recorded.length).toBeGreaterThan(0);
        }
      });
    }
  });

  describe('what each caller sees', () => {
    it('a handler of another department gets 404 on the detail and does not find it in the list', async () => {
      const target = shared.get('in-progress') as Target;
      await t.settle();
      const listOf = async (role: Role) =>
        (
          await clients[role].get<{ items: RequestSummary[] }>('/api/appeals/requests?pageSize=200')
        ).body.items.map((item) => item.requestId);
      expect(await listOf('routedHandler')).toContain(target.request.requestId);
      expect(await listOf('otherHandler')).not.toContain(target.request.requestId);
      expect(
        (await clients.otherHandler.get(`/api/appeals/requests/${target.request.requestId}`)).status,
      ).toBe(404);
    });

    it('an identified walk-in sees only its own enterprise’s requests filed with its phone', async () => {
      const { serviceStaff: wang, walkInIdentified: walkIn } = clients;
      // At the counter on the walk-in's behalf: same enterprise and phone, so it is the walk-in's too.
      const byStaff = await fileRequest(wang, requestBody(enterprise));
      const otherPhone = await fileRequest(wang, requestBody({ ...enterprise, phone: '13912345678' }));
      const otherEnterprise = await fileRequest(
        wang,
        requestBody({ ...testEnterprise(), phone: enterprise.phone }),
      );
      await t.settle();
      const listed = await walkIn.get<{ items: RequestSummary[]; total: number }>(
        '/api/appeals/requests?pageSize=200',
      );
      const ids = listed.body.items.map((item) => item.requestId);
      expect(ids).toContain(byStaff.requestId);
      expect(ids).toContain(shared.get('in-progress')?.request.requestId);
      expect(ids).not.toContain(otherPhone.requestId);
      expect(ids).not.toContain(otherEnterprise.requestId);
      expect(new Set(listed.body.items.map((item) => item.enterprise.creditCode))).toEqual(
        new Set([enterprise.creditCode]),
      );
      for (const hidden of [otherPhone, otherEnterprise]) {
        expect((await walkIn.get(`/api/appeals/requests/${hidden.requestId}`)).status).toBe(404);
      }
      // An anonymous walk-in sees nothing at all.
      expect((await clients.walkInAnonymous.get<{ total: number }>('/api/appeals/requests')).body.total).toBe(
        0,
      );
    });

    it('receipt codes reach only the receiving centre’s staff and the enterprise, in the list and the detail', async () => {
      const target = shared.get('in-progress') as Target;
      await t.settle();
      const seen = async (role: Role) => {
        const list = await clients[role].get<{ items: RequestSummary[] }>(
          '/api/appeals/requests?pageSize=200',
        );
        const item = list.body.items.find((i) => i.requestId === target.request.requestId);
        const detail = await clients[role].get<RequestDetail>(
          `/api/appeals/requests/${target.request.requestId}`,
        );
        return { list: item?.receiptCode, detail: detail.body.receiptCode };
      };
      const code = target.request.receiptCode;
      // Filed at the Haishu kiosk: the Haishu centre's staff printed it; the enterprise holds it.
      expect(await seen('serviceStaff')).toEqual({ list: code, detail: code });
      expect(await seen('walkInIdentified')).toEqual({ list: code, detail: code });
      // The department handling it sees the full phone, so it must not see the code too; nor anyone else.
      for (const role of ['routedHandler', 'supervisor', 'administrator'] as const) {
        expect(await seen(role)).toEqual({ list: null, detail: null });
      }
      const everyItem = await clients.supervisor.get<{ items: RequestSummary[] }>(
        '/api/appeals/requests?pageSize=200',
      );
      expect(everyItem.body.items.every((item) => item.receiptCode === null)).toBe(true);
    });

    it('the phone is masked for viewers who do not handle the request and shown in full to the handling department', async () => {
      const target = shared.get('in-progress') as Target;
      const contactAs = async (role: Role) =>
        (await clients[role].get<RequestDetail>(`/api/appeals/requests/${target.request.requestId}`)).body
          .contact;
      expect(enterprise.phone).toMatch(/^138\d{4}1234$/u);
      expect(await contactAs('supervisor')).toEqual({ name: '张**', phone: '138****1234' });
      expect(await contactAs('administrator')).toEqual({ name: '张**', phone: '138****1234' });
      // The receiving centre handed it on: it no longer works the request.
      expect(await contactAs('serviceStaff')).toEqual({ name: '张**', phone: '138****1234' });
      // The enterprise's own view has no contact block at all (it knows its own phone).
      expect(await contactAs('walkInIdentified')).toBeUndefined();
      expect(await contactAs('routedHandler')).toEqual({
        name: enterprise.contactName,
        phone: enterprise.phone,
      });
      const tracked = await clients.anonymous.post<TrackedRequest>('/api/appeals/track', {
        receiptCode: target.request.receiptCode,
        phoneLast4: '1234',
      });
      expect(tracked.body).not.toHaveProperty('contact');
    });
  });
});
