import type { RequestDetail, RequestSummary } from '@qinqing/appeals/contracts';
import { TEST_HOLIDAY_NOTICE_2027 } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient, ErrorBody } from '../test-setup/api-client';
import { DEMO_USERS, logIn } from '../test-setup/actors';
import {
  type AppealsTestApp,
  appealsTestBackends,
  chinaTime,
  startAppealsTestApp,
} from '../test-setup/appeals-test-app';
import { fileRequest, requestBody, testEnterprise } from '../test-setup/requests';

/**
 * The calendar cliff (issue 11 item 14): from about 2026-12-11 every filing's 15-working-day resolve clock
 * reaches 2027, whose notice is not loaded. A request is never refused for a calendar reason: its dates are
 * provisional, shown as such, and computed again — as events recording old date, new date and notice — once
 * the administrator loads the notice. The 2027 notice used here is a test notice, not the real one.
 */
describe.each(appealsTestBackends(inject('databaseUrl')))('the calendar cliff over $name', (backend) => {
  let t: AppealsTestApp;
  let wang: ApiClient;
  let admin: ApiClient;
  let supervisor: ApiClient;
  let anonymous: ApiClient;

  beforeAll(async () => {
    t = await startAppealsTestApp(backend, { now: chinaTime('2026-12-15'), demoData: true });
    [wang, admin, supervisor] = await Promise.all([
      logIn(t.base, DEMO_USERS.serviceStaff),
      logIn(t.base, DEMO_USERS.administrator),
      logIn(t.base, DEMO_USERS.supervisor),
    ]);
    anonymous = wang.clone([]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('the public calculator answers 2027 provisionally, with the basis, instead of a 422', async () => {
    const answer = await anonymous.get('/api/calendar/add-working-days?from=2026-12-15&days=15');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      date: '2027-01-06',
      provisional: true,
      provisionalYears: [2027],
      basis: {
        official: [{ year: 2026, documentNumber: '国办发明电〔2025〕7号' }],
        provisional: [
          {
            year: 2027,
            regulation: { title: '全国年节及纪念日放假办法', article: '第二条' },
            festivals: expect.arrayContaining([
              {
                festival: 'spring-festival',
                name: '春节',
                dates: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
              },
            ]),
          },
        ],
      },
    });
    const official = await anonymous.get('/api/calendar/add-working-days?from=2026-06-01&days=5');
    expect(official.body).toMatchObject({ date: '2026-06-08', provisional: false, provisionalYears: [] });
    const counted = await anonymous.get('/api/calendar/working-days?from=2027-02-01&to=2027-02-12');
    expect(counted.body).toMatchObject({ count: 8, provisional: true, provisionalYears: [2027] });
    // Only a year outside 2025–2099 without a notice is still refused.
    const outside = await anonymous.get<ErrorBody>('/api/calendar/add-working-days?from=2024-06-03&days=1');
    expect(outside.status).toBe(422);
    expect(outside.body).toMatchObject({
      error: 'schedule-not-loaded',
      message: { zh: expect.stringContaining('2024') },
    });
  });

  it('reminds administrators that the 2027 notice is missing (from 1 October)', async () => {
    const schedules = await anonymous.get('/api/calendar/schedules');
    expect(schedules.body).toMatchObject({
      years: [{ year: 2025 }, { year: 2026 }],
      provisionalRange: { from: 2025, to: 2099 },
      setAside: [],
      reminder: {
        missingYears: [2027],
        since: '2026-10-01',
        message: { zh: expect.stringContaining('2027年') },
      },
    });
  });

  let filedDecember: string;

  it('files a request on 2026-12-15, its 2027 resolve date marked provisional in the answer, list and detail', async () => {
    const filed = await fileRequest(wang, requestBody(testEnterprise()));
    filedDecember = filed.requestId;
    expect(filed.dues.resolve).toBe('2027-01-06');
    expect(filed.provisionalDues).toEqual(['resolve']);
    expect(filed.provisionalYears).toEqual([2027]);

    await t.settle();
    const listed = await wang.get<{ items: RequestSummary[] }>('/api/appeals/requests?pageSize=200');
    const item = listed.body.items.find((i) => i.requestId === filed.requestId);
    expect(item?.provisionalYears).toEqual([2027]);
    expect(item?.clocks.find((c) => c.clock === 'resolve')).toMatchObject({
      due: '2027-01-06',
      provisional: true,
    });
    expect(item?.clocks.find((c) => c.clock === 'reply')).toMatchObject({
      due: '2026-12-18',
      provisional: false,
    });

    const detail = await wang.get<RequestDetail>(`/api/appeals/requests/${filed.requestId}`);
    expect(detail.body.clocks.find((c) => c.clock === 'resolve')?.provisional).toBe(true);
    const open311 = await anonymous.get<{ service_request_id: string; status_notes: string }[]>(
      '/api/appeals/open311/requests.json',
    );
    expect(open311.body.find((r) => r.service_request_id === filed.requestId)?.status_notes).toContain(
      '办结期限暂定',
    );
    expect(detail.body.timeline.map((e) => e.summary.zh)).toContainEqual(
      expect.stringContaining('办结期限 2027-01-06 为暂定：2027年节假日安排尚未公布载入'),
    );
  });

  it('the holiday panel’s check refuses an incomplete notice, each problem at its field, and loads nothing', async () => {
    const incomplete = {
      ...TEST_HOLIDAY_NOTICE_2027,
      holidays: [{ name: '元旦', dates: ['2027-01-01', '2027-01-02', '2027-01-03'] }],
    };
    for (const path of ['/api/calendar/schedules/preview', '/api/calendar/schedules']) {
      const refused = await admin.post<ErrorBody>(path, incomplete);
      expect(refused.status, path).toBe(400);
      expect(refused.body.error).toBe('invalid-holiday-schedule');
      expect(refused.body.fields?.map((f) => `${f.field}:${f.code}`)).toEqual([
        'holidays:festival-missing',
        'holidays:festival-missing',
        'holidays:festival-missing',
        'holidays:festival-missing',
        'holidays:festival-missing',
        'holidays:festival-missing',
      ]);
      expect(refused.body.fields?.[0]?.message).toEqual({
        zh: expect.stringContaining('缺少「春节」'),
        en: expect.stringContaining('Spring Festival'),
      });
    }
    const weekday = await admin.post<ErrorBody>('/api/calendar/schedules/preview', {
      ...TEST_HOLIDAY_NOTICE_2027,
      makeUpWorkingDays: ['2027-01-30', '2027-02-22'],
    });
    expect(weekday.body.fields).toEqual([
      expect.objectContaining({ field: 'makeUpWorkingDays.1', code: 'make-up-day-not-weekend' }),
    ]);
    expect((await supervisor.post('/api/calendar/schedules/preview', TEST_HOLIDAY_NOTICE_2027)).status).toBe(
      403,
    );
    const still = await anonymous.get('/api/calendar/schedules');
    expect(still.body).toMatchObject({ years: [{ year: 2025 }, { year: 2026 }] });
  });

  it('previews a complete notice: the weekdays it gives off and the weekend days it makes working days', async () => {
    const preview = await admin.post('/api/calendar/schedules/preview', TEST_HOLIDAY_NOTICE_2027);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      year: 2027,
      source: { documentNumber: '测试〔2026〕1号' },
      alreadyLoaded: false,
      replaces: null,
      changes: {
        weekendWorkingDays: [
          { date: '2027-01-30', weekday: 6 },
          { date: '2027-02-20', weekday: 6 },
          { date: '2027-04-25', weekday: 7 },
          { date: '2027-09-26', weekday: 7 },
          { date: '2027-10-09', weekday: 6 },
        ],
      },
    });
    const changes = (preview.body as { changes: { weekdaysOff: { date: string; statutory: boolean }[] } })
      .changes;
    expect(changes.weekdaysOff.find((d) => d.date === '2027-02-09')).toMatchObject({ statutory: false });
    expect(changes.weekdaysOff.find((d) => d.date === '2027-02-05')).toMatchObject({ statutory: true });
  });

  let filedJanuary: string;

  it('in January, still without the notice, a request gets provisional dates; loading the notice re-derives them as events', async () => {
    t.travelTo('2027-01-20');
    const filed = await fileRequest(wang, requestBody(testEnterprise()));
    filedJanuary = filed.requestId;
    // Provisionally only 除夕 (02-05) and 初三 (02-08) are off among weekdays: the 15th working day is 02-12.
    expect(filed.dues.resolve).toBe('2027-02-12');
    expect(filed.provisionalDues).toEqual(['accept', 'reply', 'resolve', 'report-up', 'inform']);

    const loaded = await admin.post('/api/calendar/schedules', TEST_HOLIDAY_NOTICE_2027);
    expect(loaded.status).toBe(201);
    await t.settle();
    await t.scheduler.tick();
    await t.settle();

    const history = await t.history(filedJanuary);
    const rederived = history.find((e) => e.type === 'DueDatesRederived');
    expect(rederived?.data).toMatchObject({
      rederivedOn: '2027-01-20',
      notices: [{ year: 2027, documentNumber: '测试〔2026〕1号' }],
      changes: expect.arrayContaining([
        // Officially 01-30 is worked and 02-05..02-12 are off: the 15th working day is 02-17.
        { kind: 'resolve', previousDue: '2027-02-12', due: '2027-02-17', provisionalYears: [] },
      ]),
    });
    const december = await t.history(filedDecember);
    expect(december.find((e) => e.type === 'DueDatesRederived')?.data).toMatchObject({
      changes: [{ kind: 'resolve', previousDue: '2027-01-06', due: '2027-01-06', provisionalYears: [] }],
    });

    // A second pass finds nothing left to do (the index no longer lists them).
    const before = (await t.history(filedJanuary)).length;
    await t.scheduler.tick();
    await t.settle();
    expect((await t.history(filedJanuary)).length).toBe(before);
  });

  it('afterwards every view shows the official dates, nothing provisional, and the reminder is gone', async () => {
    const detail = await supervisor.get<RequestDetail>(`/api/appeals/requests/${filedJanuary}`);
    expect(detail.body.clocks.find((c) => c.clock === 'resolve')).toMatchObject({
      due: '2027-02-17',
      provisional: false,
    });
    expect(detail.body.provisionalYears).toEqual([]);
    expect(detail.body.timeline.map((e) => e.summary.zh)).toContainEqual(
      expect.stringContaining('办结期限由 2027-02-12 改为 2027-02-17'),
    );
    const listed = await supervisor.get<{ items: RequestSummary[] }>('/api/appeals/requests?pageSize=200');
    for (const item of listed.body.items) {
      expect(item.provisionalYears, item.title).toEqual([]);
      for (const clock of item.clocks) expect(clock.provisional).toBe(false);
    }
    const schedules = await anonymous.get('/api/calendar/schedules');
    expect(schedules.body).toMatchObject({ reminder: null });
    const answer = await anonymous.get('/api/calendar/add-working-days?from=2027-01-20&days=15');
    expect(answer.body).toMatchObject({ date: '2027-02-17', provisional: false, provisionalYears: [] });
  });
});
