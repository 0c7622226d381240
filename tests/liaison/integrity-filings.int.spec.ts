import { OverdueFilingSweep } from '@qinqing/liaison/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectStatus } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import {
  type Browser,
  createStaff,
  type FieldErrors,
  logIn,
  type StaffAccount,
} from './support/liaison-actors';

const ENTERPRISE = '91350100M000100Y43';
const OTHER = '91350582MA21111143';
const chinaNoon = (date: string) => new Date(`${date}T04:00:00.000Z`);

interface Filing {
  filingId: string;
  status: string;
  reportDue: string | null;
  report: { late: boolean } | null;
  overdueFlagged: boolean;
}
interface Page {
  items: Filing[];
  next: string | null;
}

const filingBody = (overrides: Record<string, unknown> = {}) => ({
  activityKind: 'annual-meeting',
  organiser: { kind: 'enterprise', creditCode: ENTERPRISE, name: '福州精密机械有限公司' },
  title: '2026 年会',
  purpose: '了解行业发展状况、听取意见建议',
  eventDate: '2026-09-30',
  ...overrides,
});

/** 政商交往报备 over HTTP: file → superior approves/refuses → report within 5 working days, or an alert. */
describe('liaison: interaction filings', () => {
  let server: EmbeddedTestServer;
  const clock = new ManualClock(chinaNoon('2026-09-20'));
  let admin: Browser;
  let official: StaffAccount;
  let superior: StaffAccount;
  let inspector: StaffAccount;

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock });
    admin = await logIn(server.baseUrl, 'admin');
    official = await createStaff(admin, 'official.liu', 'leading-official', '刘洋');
    superior = await createStaff(admin, 'filer.sun', 'leading-official', '孙伟');
    inspector = await createStaff(admin, 'inspector.he', 'discipline-inspector', '何明');
  });
  afterAll(() => server.close());
  beforeEach(() => clock.set(chinaNoon('2026-09-20')));

  /** Reads until the check passes (the read models follow the log on their own time). */
  const until = <T>(what: () => Promise<T>, check: (value: T) => void) => {
    let last: unknown;
    return eventually(
      async () => {
        const value = await what();
        try {
          check(value);
          return value;
        } catch (error) {
          last = error;
          return undefined;
        }
      },
      10_000,
      () => String(last),
    );
  };
  it('demo data: 周建国 has a filing in every state, decided by the rules as of its dates', async () => {
    const zhou = await logIn(server.baseUrl, 'official.zhou');
    const page = await until(
      () =>
        zhou.get<{ items: { title: string; status: string; overdueFlagged: boolean; report: unknown }[] }>(
          '/api/liaison/interaction-filings/mine?limit=20',
        ),
      (answer) => expect(answer.body.items.length).toBeGreaterThanOrEqual(5),
    );
    const states = page.body.items.map(
      (filing) => `${filing.status}${filing.overdueFlagged ? '+overdue' : ''}`,
    );
    expect(states.sort()).toEqual(['approved', 'approved+overdue', 'refused', 'reported', 'requested']);
    const sun = await logIn(server.baseUrl, 'official.sun');
    const waiting = await sun.get<{ items: { title: string }[] }>(
      '/api/liaison/interaction-filings/approvals',
    );
    expect(waiting.body.items.map((filing) => filing.title)).toContain('海曙区智能制造商会2026年度会员大会');
  });

  it('refuses a filing while no superior is known, naming the field', async () => {
    const answer = await expectStatus<FieldErrors>(
      'no superior',
      official.browser.post('/api/liaison/interaction-filings', filingBody()),
      409,
    );
    expect(answer.error).toBe('no-superior');
  });

  it('runs file → approve → report, the report due 5 working days after the activity across National Day', async () => {
    await expectStatus(
      'register the official with a superior',
      admin.post('/api/liaison/officials', {
        accountId: official.accountId,
        name: '刘洋',
        unitId: 'dept-taxation',
        superiorAccountId: superior.accountId,
      }),
      201,
    );
    const { filingId } = await expectStatus<{ filingId: string }>(
      'file',
      official.browser.post('/api/liaison/interaction-filings', filingBody()),
      201,
    );
    await until(
      async () => (await superior.browser.get<Page>('/api/liaison/interaction-filings/approvals')).body,
      (page) => expect(page.items.map((f) => f.filingId)).toContain(filingId),
    );
    await expectStatus(
      'the official cannot approve',
      official.browser.post(`/api/liaison/interaction-filings/${filingId}/approve`),
      403,
    );
    await expectStatus(
      'approve',
      superior.browser.post(`/api/liaison/interaction-filings/${filingId}/approve`),
      204,
    );
    const approved = await until(
      async () => (await official.browser.get<Filing>(`/api/liaison/interaction-filings/${filingId}`)).body,
      (f) => expect(f.status).toBe('approved'),
    );
    expect(approved.reportDue).toBe('2026-10-13');
    clock.set(chinaNoon('2026-10-09'));
    await expectStatus(
      'report',
      official.browser.post(`/api/liaison/interaction-filings/${filingId}/report`, {
        summary: '听取意见建议3条',
        conductKept: true,
      }),
      204,
    );
    await until(
      async () => (await inspector.browser.get<Filing>(`/api/liaison/interaction-filings/${filingId}`)).body,
      (f) => expect(f).toMatchObject({ status: 'reported', report: { late: false } }),
    );
  });

  it('refuses with a reason; the refusal needs one', async () => {
    const { filingId } = await expectStatus<{ filingId: string }>(
      'file',
      official.browser.post(
        '/api/liaison/interaction-filings',
        filingBody({ activityKind: 'salon', eventDate: '2026-09-25' }),
      ),
      201,
    );
    const blank = await expectStatus<FieldErrors>(
      'blank reason',
      superior.browser.post(`/api/liaison/interaction-filings/${filingId}/refuse`, { reason: ' ' }),
      400,
    );
    expect(blank.fields?.map((f) => f.field)).toContain('reason');
    await expectStatus(
      'refuse',
      superior.browser.post(`/api/liaison/interaction-filings/${filingId}/refuse`, {
        reason: '与本职工作无关',
      }),
      204,
    );
  });

  it('lists an approved filing without a report as overdue after its due date, and the sweep raises the alert once', async () => {
    const { filingId } = await expectStatus<{ filingId: string }>(
      'file',
      official.browser.post(
        '/api/liaison/interaction-filings',
        filingBody({ eventDate: '2026-09-21', enterpriseCreditCodes: [OTHER] }),
      ),
      201,
    );
    await expectStatus(
      'approve',
      superior.browser.post(`/api/liaison/interaction-filings/${filingId}/approve`),
      204,
    );
    await until(
      async () => (await official.browser.get<Filing>(`/api/liaison/interaction-filings/${filingId}`)).body,
      (f) => expect(f.reportDue).toBe('2026-09-29'), // 中秋节 on Friday 25 September
    );
    clock.set(chinaNoon('2026-09-30'));
    const overdue = await expectStatus<Page>(
      'overdue',
      inspector.browser.get('/api/liaison/interaction-filings/overdue'),
      200,
    );
    expect(overdue.items.map((f) => f.filingId)).toContain(filingId);
    const mine = await expectStatus<Page>(
      'superior overdue',
      superior.browser.get('/api/liaison/interaction-filings/overdue'),
      200,
    );
    expect(mine.items.map((f) => f.filingId)).toContain(filingId);
    const sweep = server.app.get(OverdueFilingSweep);
    expect(await sweep.sweep()).toBeGreaterThanOrEqual(1);
    await until(
      async () => (await inspector.browser.get<Filing>(`/api/liaison/interaction-filings/${filingId}`)).body,
      (f) => expect(f.overdueFlagged).toBe(true),
    );
    expect(await sweep.sweep()).toBe(0);
  });

  it('hides a filing from other officials (404) and refuses roles that have no business with it', async () => {
    const { filingId } = await expectStatus<{ filingId: string }>(
      'file',
      official.browser.post('/api/liaison/interaction-filings', filingBody({ eventDate: '2026-09-26' })),
      201,
    );
    const stranger = await createStaff(admin, 'filer.zhou', 'leading-official', '周强');
    await until(
      async () => (await official.browser.get<Filing>(`/api/liaison/interaction-filings/${filingId}`)).status,
      (status) => expect(status).toBe(200),
    );
    await expectStatus('stranger', stranger.browser.get(`/api/liaison/interaction-filings/${filingId}`), 404);
    await expectStatus(
      'stranger approves',
      stranger.browser.post(`/api/liaison/interaction-filings/${filingId}/approve`),
      403,
    );
    const staff = await logIn(server.baseUrl, 'staff.wang');
    await expectStatus('service staff', staff.get(`/api/liaison/interaction-filings/${filingId}`), 403);
    await expectStatus(
      'service staff files',
      staff.post('/api/liaison/interaction-filings', filingBody()),
      403,
    );
  });

  it('answers junk with a 400 naming the field', async () => {
    const bad = await expectStatus<FieldErrors>(
      'bad body',
      official.browser.post(
        '/api/liaison/interaction-filings',
        filingBody({
          activityKind: 'banquet',
          eventDate: '2026-13-40',
          organiser: { kind: 'enterprise', creditCode: '123', name: 'x' },
        }),
      ),
      400,
    );
    expect(bad.fields?.map((f) => f.field)).toEqual(
      expect.arrayContaining(['activityKind', 'eventDate', 'organiser.creditCode']),
    );
    await expectStatus(
      'bad id',
      official.browser.post('/api/liaison/interaction-filings/not-a-uuid/approve'),
      400,
    );
    await expectStatus('junk json', official.browser.post('/api/liaison/interaction-filings', '{"a":'), 400);
    // An official never names their own approver: the superior on record decides.
    await expectStatus(
      'chosen approver',
      official.browser.post(
        '/api/liaison/interaction-filings',
        filingBody({ superiorId: official.accountId }),
      ),
      400,
    );
    await expectStatus(
      'unknown filing',
      superior.browser.post('/api/liaison/interaction-filings/01960000-0000-7000-8000-00000000ffff/approve'),
      404,
    );
  });

  it('decides a filing under the official’s own jurisdiction, never one the filing names', async () => {
    const own = '/api/liaison/jurisdictions/330200/filing-settings';
    const lenient = '/api/liaison/jurisdictions/610902/filing-settings';
    // No profile yet: the deployment's jurisdiction (LIAISON_JURISDICTION, 330200 by default) binds the official.
    expect(
      await expectStatus(
        'my settings',
        official.browser.get('/api/liaison/interaction-filings/settings'),
        200,
      ),
    ).toEqual({ jurisdiction: '330200', settings: expect.objectContaining({ reportWithinWorkingDays: 5 }) });
    await expectStatus(
      'official changes',
      official.browser.put(own, {
        reportWithinWorkingDays: 30,
        allowedKinds: ['annual-meeting'],
        reason: '试',
      }),
      403,
    );
    await expectStatus(
      'own jurisdiction narrowed',
      admin.put(own, { reportWithinWorkingDays: 3, allowedKinds: ['symposium'], reason: '按本市规定' }),
      200,
    );
    await expectStatus(
      'another jurisdiction lenient',
      admin.put(lenient, {
        reportWithinWorkingDays: 10,
        allowedKinds: ['annual-meeting'],
        reason: '按本区规定',
      }),
      200,
    );
    // The defect this guards against: naming the lenient jurisdiction in the filing. The field is not accepted.
    const named = await expectStatus<FieldErrors>(
      'jurisdiction named',
      official.browser.post('/api/liaison/interaction-filings', filingBody({ jurisdiction: '610902' })),
      400,
    );
    expect(named.fields?.map((f) => f.field)).toContain('jurisdiction');
    const refused = await expectStatus<FieldErrors & { rule: { setting: string } }>(
      'kind not allowed at home',
      official.browser.post('/api/liaison/interaction-filings', filingBody()),
      400,
    );
    expect(refused).toMatchObject({ error: 'activity-kind-not-allowed', rule: { setting: 'allowedKinds' } });
    await expectStatus(
      'unknown division',
      admin.get('/api/liaison/jurisdictions/999999/filing-settings'),
      400,
    );

    // Only the administrator's record moves the official: moved to 610902, its settings apply.
    await expectStatus(
      'move to 610902',
      admin.put(`/api/liaison/officials/${official.accountId}`, {
        accountId: official.accountId,
        name: '刘洋',
        unitId: 'dept-taxation',
        superiorAccountId: superior.accountId,
        jurisdiction: '610902',
      }),
      200,
    );
    expect(
      await expectStatus(
        'my settings now',
        official.browser.get('/api/liaison/interaction-filings/settings'),
        200,
      ),
    ).toEqual({ jurisdiction: '610902', settings: expect.objectContaining({ reportWithinWorkingDays: 10 }) });
    const { filingId } = await expectStatus<{ filingId: string }>(
      'file under 610902',
      official.browser.post('/api/liaison/interaction-filings', filingBody()),
      201,
    );
    await expectStatus(
      'approve',
      superior.browser.post(`/api/liaison/interaction-filings/${filingId}/approve`),
      204,
    );
    const filing = await until(
      async () =>
        (
          await official.browser.get<Filing & { jurisdiction: string }>(
            `/api/liaison/interaction-filings/${filingId}`,
          )
        ).body,
      (f) => expect(f.status).toBe('approved'),
    );
    // 30 Sept + 10 working days, across National Day (10 Oct a make-up working day): 20 Oct.
    expect(filing).toMatchObject({ jurisdiction: '610902', reportDue: '2026-10-20' });
  });
});
