import type { RequestSummary } from '@qinqing/appeals/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient, ErrorBody } from '../../test-setup/api-client';
import { DEMO_USERS, logIn } from '../../test-setup/actors';
import {
  type AppealsTestApp,
  appealsTestBackends,
  chinaTime,
  startAppealsTestApp,
} from '../../test-setup/appeals-test-app';
import { requestBody, type Submitted, testEnterprise } from '../../test-setup/requests';
import { DEMO_REQUESTS } from './demo-requests';

/**
 * Late December, before the next year's holiday notice is loaded (the State Council publishes it in November
 * or December; an administrator then loads it): a request's 15-working-day resolve period reaches 2027, which
 * the calendar cannot count yet. The app must still start with its demo data, refuse new requests with a
 * reason rather than guess, and accept them once the notice is loaded.
 */
describe.each(appealsTestBackends(inject('databaseUrl')))('before the 2027 notice over $name', (backend) => {
  let t: AppealsTestApp;
  let wang: ApiClient;
  let admin: ApiClient;
  let supervisor: ApiClient;

  beforeAll(async () => {
    // Monday 2026-12-21: only nine working days (12-21..25, 12-28..31) are left in 2026.
    t = await startAppealsTestApp(backend, { now: chinaTime('2026-12-21') });
    [wang, admin, supervisor] = await Promise.all([
      logIn(t.base, DEMO_USERS.serviceStaff),
      logIn(t.base, DEMO_USERS.administrator),
      logIn(t.base, DEMO_USERS.supervisor),
    ]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('starts with the demo requests whose deadlines fit in 2026, leaving out the others', async () => {
    await t.settle();
    const listed = await supervisor.get<{ items: RequestSummary[]; total: number }>(
      '/api/appeals/requests?pageSize=200',
    );
    expect(listed.status).toBe(200);
    // Requests filed a week or more ago fit; those of the last days would be due in 2027.
    expect(listed.body.total).toBeGreaterThan(0);
    expect(listed.body.total).toBeLessThan(DEMO_REQUESTS.length);
    for (const item of listed.body.items) {
      for (const clock of item.clocks) expect(clock.due ?? '', item.title).toMatch(/^2026-/u);
    }
  });

  it('refuses a new request with a 409 naming the missing 2027 notice, then files it once loaded', async () => {
    const body = requestBody(testEnterprise());
    const refused = await wang.post<ErrorBody>('/api/appeals/requests', body);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: 'working-day-schedule-not-loaded',
      message: { zh: expect.stringContaining('2027年'), en: expect.stringContaining('2027') },
    });

    const loaded = await admin.post('/api/calendar/schedules', {
      year: 2027,
      source: {
        title: '2027年部分节假日安排（测试用）',
        documentNumber: '测试〔2026〕1号',
        publishedOn: '2026-11-10',
      },
      holidays: [{ name: '元旦', dates: ['2027-01-01', '2027-01-02', '2027-01-03'] }],
      makeUpWorkingDays: [],
    });
    expect(loaded.status).toBe(201);
    expect(loaded.body).toMatchObject({
      year: 2027,
      loadedYears: expect.arrayContaining([2025, 2026, 2027]),
    });

    const filed = await wang.post<Submitted>('/api/appeals/requests', body);
    expect(filed.status).toBe(201);
    // From Mon 12-21: 12-22..25 are 1–4, 12-28..31 are 5–8, 2027-01-01..03 is 元旦, 01-04..08 are 9–13,
    // 01-11 is 14 and 01-12 is 15.
    expect(filed.body.dues).toEqual({
      accept: '2026-12-22',
      reply: '2026-12-24',
      'report-up': '2026-12-28',
      inform: '2026-12-28',
      resolve: '2027-01-12',
    });
  });
});

/** In the middle of a year every demo request is seeded, and together they show every state a request reaches. */
describe.each(appealsTestBackends(inject('databaseUrl')))('the demo data over $name', (backend) => {
  let t: AppealsTestApp;
  let supervisor: ApiClient;

  beforeAll(async () => {
    t = await startAppealsTestApp(backend, { now: chinaTime('2026-06-15') });
    supervisor = await logIn(t.base, DEMO_USERS.supervisor);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('seeds every demo request, none refused', async () => {
    await t.settle();
    const listed = await supervisor.get<{ total: number }>('/api/appeals/requests?pageSize=200');
    expect(listed.body.total).toBe(DEMO_REQUESTS.length);
  });

  it('covers the states of issue 11: pauses, planned outcomes, 核减, 回访, 整改, 申诉, duplicates', async () => {
    const types = new Set<string>();
    for (const request of DEMO_REQUESTS) {
      for (const event of await t.history(request.requestId)) types.add(event.type);
    }
    for (const type of [
      'RequestPaused',
      'PauseExtensionApproved',
      'OutcomePlanned',
      'RateExclusionApproved',
      'ReviewOpened',
      'CallbackRecorded',
      'RatingAppealed',
      'RatingAppealDecided',
      'RectificationReported',
      'MarkedDuplicate',
      'DeadlineMissed',
      'SupervisionOrderIssued',
    ]) {
      expect(types, type).toContain(type);
    }
  });
});
