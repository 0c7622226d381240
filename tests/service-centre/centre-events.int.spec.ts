import type {
  CentreEventDetailView,
  CentreEventPage,
  CentreEventView,
  KioskEventPage,
  MyRegistrationPage,
  RegistrationAnswer,
  RegistrationPage,
} from '@qinqing/service-centre/contracts';
import { ManualClock, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { INestApplication } from '@nestjs/common';
import { WalkInProofSigner } from '@qinqing/identity/access';
import { DEMO_KIOSK_DEVICES, demoKioskCredential, SESSION_COOKIES } from '@qinqing/identity/service';
import { logIn } from '../credit/credit-test-actors';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/service-centre/events';
const KIOSK = '/api/service-centre/kiosk';
const YONGCHUANG = { creditCode: '91330203MA2H5K7P7A', contactPhone: '13805741234' };
const YUEHU = { creditCode: '91330203MA2GQ8R35N', contactPhone: '13906682345' };

/** A walk-in identified as its enterprise at demo kiosk `device` (one walk-in per kiosk at a time). */
const identifiedAt = async (
  app: INestApplication,
  baseUrl: string,
  device: number,
  enterprise: { readonly creditCode: string; readonly contactPhone: string },
): Promise<HttpClient> => {
  const kiosk = new HttpClient(baseUrl);
  const demo = DEMO_KIOSK_DEVICES[device];
  if (demo === undefined) throw new Error('no such demo kiosk');
  await expectStatus(
    'provision',
    kiosk.post('/api/kiosk/device-session', { credential: demoKioskCredential(demo) }),
    200,
  );
  const visitor = kiosk.clone([SESSION_COOKIES.kioskDevice]);
  await expectStatus('walk in', visitor.post('/api/kiosk/sessions'), 201);
  const me = await expectStatus<{ actor: { sessionId: string; deviceId: string } }>(
    'who',
    visitor.get('/api/auth/me'),
    200,
  );
  const proof = app
    .get(WalkInProofSigner)
    .sign({ ...enterprise, sessionId: me.actor.sessionId, deviceId: me.actor.deviceId });
  await expectStatus('identify', visitor.post('/api/kiosk/sessions/identify', { proof }), 200);
  return visitor;
};

interface ErrorBody {
  readonly error: string;
  readonly field?: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly rule?: { readonly rule: string };
}

/** The centre's events over HTTP: staff at the console, an identified enterprise at the kiosk. */
describe('service centre: events (活动) over HTTP', () => {
  const clock = new ManualClock(new Date());
  let server: EmbeddedTestServer;
  let staff: HttpClient;
  let supervisor: HttpClient;
  let admin: HttpClient;
  let handler: HttpClient;
  let yongchuang: HttpClient;
  let yuehu: HttpClient;

  const details = (overrides: Record<string, unknown> = {}) => ({
    kind: 'course',
    title: '商桥微课堂：数据合规',
    description: '数据出境与个人信息保护实务',
    place: '海曙亲清家园三楼培训室',
    areaCode: '330203',
    startsAt: new Date(clock.now().getTime() + 3 * 3_600_000).toISOString(),
    endsAt: new Date(clock.now().getTime() + 4 * 3_600_000).toISOString(),
    capacity: 1,
    audience: null,
    ...overrides,
  });

  /** Moves the clock on; sessions time out meanwhile, so everyone signs in again. */
  const advance = async (ms: number) => {
    clock.set(new Date(clock.now().getTime() + ms));
    await signIn();
  };

  const signIn = async () => {
    staff = await logIn(server.baseUrl, 'staff.wang');
    supervisor = await logIn(server.baseUrl, 'supervisor.chen');
    admin = await logIn(server.baseUrl, 'admin');
    handler = await logIn(server.baseUrl, 'handler.li');
    yongchuang = await identifiedAt(server.app, server.baseUrl, 0, YONGCHUANG);
    yuehu = await identifiedAt(server.app, server.baseUrl, 1, YUEHU);
  };

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock });
    await signIn();
  });

  afterAll(() => server.close());

  it('shows the demo events: three upcoming in start order, and the briefing held and closed', async () => {
    const upcoming = await eventually(async () => {
      const answer = await supervisor.get<CentreEventPage>(`${PATH}?limit=2`);
      return answer.status === 200 && answer.body.items.length === 2 ? answer.body : undefined;
    });
    expect(upcoming.items.map((e) => e.kind)).toEqual(['symposium', 'course']);
    expect(upcoming.next).not.toBeNull();
    const rest = await expectStatus<CentreEventPage>(
      'next page',
      supervisor.get(`${PATH}?limit=2&after=${encodeURIComponent(upcoming.next ?? '')}`),
      200,
    );
    expect(rest.items.map((e) => e.kind)).toEqual(['legal-service']);
    const past = await expectStatus<CentreEventPage>('past', supervisor.get(`${PATH}?scope=past`), 200);
    const held = past.items.find((e) => e.kind === 'policy-briefing');
    expect(held).toMatchObject({ status: 'closed', registered: 3, attended: 2 });
    const detail = await expectStatus<CentreEventDetailView>(
      'one',
      staff.get(`${PATH}/${held?.eventId}`),
      200,
    );
    // Two answers: a group too small to show without giving away who said what.
    expect(detail.feedback).toEqual({
      count: 2,
      withheld: 'too-few',
      minimumGroup: 3,
      meanRating: null,
      byRating: null,
      comments: [],
    });
  });

  it('lets only service staff organise, staff and supervisors read, and the kiosk act for itself', async () => {
    await expectStatus('supervisor creates', supervisor.post(PATH, details()), 403);
    await expectStatus('admin creates', admin.post(PATH, details()), 403);
    await expectStatus('handler reads', handler.get(PATH), 403);
    await expectStatus('kiosk reads staff list', yongchuang.get(PATH), 403);
    await expectStatus('staff use the kiosk list', staff.get(`${KIOSK}/events`), 403);
    await expectStatus('nobody', new HttpClient(server.baseUrl).get(`${KIOSK}/my-registrations`), 401);
  });

  it('answers bad input with 400, the field and a message in both languages', async () => {
    const kind = await expectStatus<ErrorBody>('bad kind', staff.post(PATH, details({ kind: 'party' })), 400);
    expect(kind).toMatchObject({ field: 'kind', rule: { rule: 'event-programme' } });
    expect(kind.message.zh).toContain('活动类型');
    expect(kind.message.en).toContain('kind');
    const capacity = await expectStatus<ErrorBody>(
      'capacity',
      staff.post(PATH, details({ capacity: 900 })),
      400,
    );
    expect(capacity).toMatchObject({ field: 'capacity', rule: { rule: 'capacity' } });
    const past = await expectStatus<ErrorBody>(
      'start in the past',
      staff.post(PATH, details({ startsAt: '2020-01-01T09:00+08:00' })),
      400,
    );
    expect(past.field).toBe('startsAt');
    const audience = await expectStatus<ErrorBody>(
      'audience',
      staff.post(PATH, details({ audience: { sizes: ['huge'] } })),
      400,
    );
    expect(audience.field).toBe('audience.sizes.0');
    await expectStatus('limit', staff.get(`${PATH}?limit=0`), 400);
    await expectStatus('after', staff.get(`${PATH}?after=yesterday`), 400);
    await expectStatus('scope', staff.get(`${PATH}?scope=all`), 400);
    await expectStatus('id', staff.get(`${PATH}/not_an_id`), 400);
    await expectStatus('unknown id', staff.get(`${PATH}/0193e000-0000-7000-8000-0000000fffff`), 404);
    const code = await expectStatus<ErrorBody>(
      'credit code',
      staff.post(`${PATH}/0193e000-0000-7000-8000-00000000e003/registrations`, { creditCode: '12345' }),
      400,
    );
    expect(code.field).toBe('creditCode');
  });

  it('registers within capacity then on the waiting list, checks in by code once, and takes feedback once', async () => {
    const event = await expectStatus<CentreEventView>('schedule', staff.post(PATH, details()), 201);
    const listed = await eventually(async () => {
      const answer = await yongchuang.get<KioskEventPage>(`${KIOSK}/events?limit=100`);
      return answer.body.items?.find((e) => e.eventId === event.eventId);
    });
    expect(listed.myStatus).toBeNull();
    const mine = await expectStatus<RegistrationAnswer>(
      'kiosk registers',
      yongchuang.post(`${KIOSK}/events/${event.eventId}/registration`),
      201,
    );
    expect(mine).toMatchObject({
      status: 'registered',
      waitingPosition: null,
      creditCode: YONGCHUANG.creditCode,
    });
    expect(mine.checkInCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/u);
    const again = await expectStatus<ErrorBody>(
      'twice',
      yongchuang.post(`${KIOSK}/events/${event.eventId}/registration`),
      409,
    );
    expect(again.error).toBe('already-registered');
    const waiting = await expectStatus<RegistrationAnswer>(
      'console registers',
      staff.post(`${PATH}/${event.eventId}/registrations`, { creditCode: YUEHU.creditCode.toLowerCase() }),
      201,
    );
    expect(waiting).toMatchObject({ status: 'waiting', waitingPosition: 1 });

    const notYet = await expectStatus<ErrorBody>(
      'too early',
      staff.post(`${PATH}/${event.eventId}/check-ins`, { code: mine.checkInCode }),
      409,
    );
    expect(notYet.error).toBe('check-in-not-open');
    const waitingCheckIn = await expectStatus<ErrorBody>(
      'waiting list checks in',
      staff.post(`${PATH}/${event.eventId}/check-ins`, { code: waiting.checkInCode }),
      409,
    );
    expect(waitingCheckIn.error).toBe('still-waiting');

    await advance(90 * 60_000);
    const checked = await expectStatus<{ creditCode: string }>(
      'check in',
      staff.post(`${PATH}/${event.eventId}/check-ins`, { code: mine.checkInCode.toLowerCase() }),
      200,
    );
    expect(checked.creditCode).toBe(YONGCHUANG.creditCode);
    const used = await expectStatus<ErrorBody>(
      'code used',
      staff.post(`${PATH}/${event.eventId}/check-ins`, { code: mine.checkInCode }),
      409,
    );
    expect(used.error).toBe('already-checked-in');
    const still = await expectStatus<ErrorBody>(
      'waiting',
      staff.post(`${PATH}/${event.eventId}/check-ins`, { code: waiting.checkInCode }),
      409,
    );
    expect(still.error).toBe('still-waiting');
    await expectStatus<ErrorBody>(
      'unknown code',
      staff.post(`${PATH}/${event.eventId}/check-ins`, { code: 'ZZZZZZZZZZ' }),
      404,
    );

    const notAttended = await expectStatus<ErrorBody>(
      'feedback without attending',
      yuehu.post(`${KIOSK}/events/${event.eventId}/feedback`, { rating: 5 }),
      409,
    );
    expect(notAttended.error).toBe('not-attended');
    const badRating = await expectStatus<ErrorBody>(
      'rating 7',
      yongchuang.post(`${KIOSK}/events/${event.eventId}/feedback`, { rating: 7 }),
      400,
    );
    expect(badRating.field).toBe('rating');
    await expectStatus(
      'feedback',
      yongchuang.post(`${KIOSK}/events/${event.eventId}/feedback`, { rating: 4, comment: '案例很实用' }),
      201,
    );
    await expectStatus(
      'feedback twice',
      yongchuang.post(`${KIOSK}/events/${event.eventId}/feedback`, { rating: 5 }),
      409,
    );

    await eventually(async () => {
      const answer = await supervisor.get<CentreEventDetailView>(`${PATH}/${event.eventId}`);
      return answer.body.feedback?.count === 1 ? answer.body : undefined;
    });
    const registrations = await expectStatus<RegistrationPage>(
      'page 1',
      supervisor.get(`${PATH}/${event.eventId}/registrations?limit=1`),
      200,
    );
    expect(registrations.items[0]).toMatchObject({
      creditCode: YONGCHUANG.creditCode,
      status: 'registered',
      channel: 'kiosk',
    });
    const second = await expectStatus<RegistrationPage>(
      'page 2',
      supervisor.get(`${PATH}/${event.eventId}/registrations?limit=1&after=${registrations.next}`),
      200,
    );
    expect(second.items[0]).toMatchObject({
      creditCode: YUEHU.creditCode,
      status: 'waiting',
      channel: 'console',
    });

    await expectStatus('not over yet', staff.post(`${PATH}/${event.eventId}/close`), 409);
    await advance(3 * 3_600_000);
    const closed = await expectStatus<CentreEventView>(
      'close',
      staff.post(`${PATH}/${event.eventId}/close`),
      200,
    );
    expect(closed).toMatchObject({ status: 'closed', registered: 1, attended: 1 });
    const summary = await eventually(async () => {
      const answer = await staff.get<CentreEventDetailView>(`${PATH}/${event.eventId}`);
      return answer.body.status === 'closed' ? answer.body : undefined;
    });
    expect(summary.feedback).toMatchObject({ count: 1, withheld: 'too-few', meanRating: null, comments: [] });
  });

  it('shows staff an event’s ratings and comments only from three answers on, once it is closed, and never whose', async () => {
    const event = await expectStatus<CentreEventView>(
      'schedule',
      staff.post(PATH, details({ capacity: 3 })),
      201,
    );
    const third = { creditCode: '91330212MA2F7W4N38', contactPhone: '13700001111' };
    const codes: string[] = [];
    for (const creditCode of [YONGCHUANG.creditCode, YUEHU.creditCode, third.creditCode]) {
      const answer = await expectStatus<RegistrationAnswer>(
        'register',
        staff.post(`${PATH}/${event.eventId}/registrations`, { creditCode }),
        201,
      );
      codes.push(answer.checkInCode);
    }
    await advance(90 * 60_000);
    for (const code of codes)
      await expectStatus('check in', staff.post(`${PATH}/${event.eventId}/check-ins`, { code }), 200);
    await expectStatus(
      'first',
      yongchuang.post(`${KIOSK}/events/${event.eventId}/feedback`, { rating: 5, comment: '政策讲得透' }),
      201,
    );
    await expectStatus('second', yuehu.post(`${KIOSK}/events/${event.eventId}/feedback`, { rating: 2 }), 201);
    const twoIn = await eventually(async () => {
      const answer = await staff.get<CentreEventDetailView>(`${PATH}/${event.eventId}`);
      return answer.body.feedback?.count === 2 ? answer.body.feedback : undefined;
    });
    expect(twoIn).toMatchObject({ withheld: 'too-few', meanRating: null, byRating: null, comments: [] });
    const thirdAtKiosk = await identifiedAt(server.app, server.baseUrl, 0, third);
    await expectStatus(
      'third',
      thirdAtKiosk.post(`${KIOSK}/events/${event.eventId}/feedback`, {
        rating: 4,
        comment: '案例多一些更好',
      }),
      201,
    );
    // Three answers while the event still takes feedback: shown one by one, each new one would give away its author.
    const threeOpen = await eventually(async () => {
      const answer = await supervisor.get<CentreEventDetailView>(`${PATH}/${event.eventId}`);
      return answer.body.feedback?.count === 3 ? answer.body.feedback : undefined;
    });
    expect(threeOpen).toMatchObject({
      withheld: 'still-open',
      meanRating: null,
      byRating: null,
      comments: [],
    });
    const registrations = await expectStatus<RegistrationPage>(
      'registrations',
      supervisor.get(`${PATH}/${event.eventId}/registrations`),
      200,
    );
    expect(registrations.items).toHaveLength(3);
    for (const item of registrations.items) expect(item).not.toHaveProperty('rating');

    await advance(4 * 3_600_000);
    await expectStatus('close', staff.post(`${PATH}/${event.eventId}/close`), 200);
    const closed = await eventually(async () => {
      const answer = await supervisor.get<CentreEventDetailView>(`${PATH}/${event.eventId}`);
      return answer.body.status === 'closed' ? answer.body.feedback : undefined;
    });
    expect(closed).toEqual({
      count: 3,
      withheld: null,
      minimumGroup: 3,
      meanRating: 3.67,
      byRating: [0, 1, 0, 1, 1],
      // In text order, not in the order of registration or of answering.
      comments: ['案例多一些更好', '政策讲得透'].sort(),
    });
  });

  it('promotes the waiting list when a place frees, first come first served', async () => {
    const event = await expectStatus<CentreEventView>('schedule', staff.post(PATH, details()), 201);
    await expectStatus('first', yongchuang.post(`${KIOSK}/events/${event.eventId}/registration`), 201);
    await expectStatus('second', yuehu.post(`${KIOSK}/events/${event.eventId}/registration`), 201);
    await expectStatus('withdraw', yongchuang.delete(`${KIOSK}/events/${event.eventId}/registration`), 200);
    const mine = await eventually(async () => {
      const answer = await yuehu.get<MyRegistrationPage>(`${KIOSK}/my-registrations?limit=100`);
      const item = answer.body.items?.find((i) => i.event.eventId === event.eventId);
      return item?.status === 'registered' ? item : undefined;
    });
    expect(mine.checkInCode).toMatch(/^[0-9A-Z]{10}$/u);

    // A third on the waiting list; a larger capacity (staff change the details) gives it the freed place.
    await expectStatus(
      'third',
      staff.post(`${PATH}/${event.eventId}/registrations`, { creditCode: '91330212MA2F7W4N38' }),
      201,
    );
    const grown = await expectStatus<CentreEventView>(
      'capacity 2',
      staff.put(
        `${PATH}/${event.eventId}`,
        details({ capacity: 2, startsAt: event.startsAt, endsAt: event.endsAt }),
      ),
      200,
    );
    expect(grown).toMatchObject({ capacity: 2, registered: 2, waiting: 0 });
    const below = await expectStatus<ErrorBody>(
      'capacity 1',
      staff.put(
        `${PATH}/${event.eventId}`,
        details({ capacity: 1, startsAt: event.startsAt, endsAt: event.endsAt }),
      ),
      400,
    );
    expect(below).toMatchObject({ error: 'capacity-below-registered', field: 'capacity' });
    await expectStatus(
      'staff withdraw',
      staff.delete(`${PATH}/${event.eventId}/registrations/91330212MA2F7W4N38`),
      200,
    );
    await expectStatus(
      'supervisor withdraws',
      supervisor.delete(`${PATH}/${event.eventId}/registrations/${YUEHU.creditCode}`),
      403,
    );
  });

  it('cancels with a reason: the registered see 已取消 and the reason, a notice is kept, check-in is refused', async () => {
    const event = await expectStatus<CentreEventView>(
      'schedule',
      staff.post(PATH, details({ capacity: 5 })),
      201,
    );
    const mine = await expectStatus<RegistrationAnswer>(
      'register',
      yongchuang.post(`${KIOSK}/events/${event.eventId}/registration`),
      201,
    );
    const blank = await expectStatus<ErrorBody>(
      'no reason',
      staff.post(`${PATH}/${event.eventId}/cancel`, { reason: ' ' }),
      400,
    );
    expect(blank.field).toBe('reason');
    await expectStatus(
      'cancel',
      staff.post(`${PATH}/${event.eventId}/cancel`, { reason: '主讲专家临时出差' }),
      200,
    );
    const item = await eventually(async () => {
      const answer = await yongchuang.get<MyRegistrationPage>(`${KIOSK}/my-registrations?limit=100`);
      const found = answer.body.items?.find((i) => i.event.eventId === event.eventId);
      return found?.event.status === 'cancelled' ? found : undefined;
    });
    expect(item.event.cancelReason).toBe('主讲专家临时出差');
    expect(item.checkInCode).toBeNull();
    const notices = await server.app
      .get<SqlDatabase>(SQL_DATABASE)
      .query<{ title: string; reason: string }>(
        'SELECT title, reason FROM service_centre_event_notices WHERE credit_code = $1 AND event_id = $2',
        [YONGCHUANG.creditCode, event.eventId],
      );
    expect(notices.rows).toEqual([{ title: '商桥微课堂：数据合规', reason: '主讲专家临时出差' }]);
    await advance(90 * 60_000);
    const refused = await expectStatus<ErrorBody>(
      'check in after cancellation',
      staff.post(`${PATH}/${event.eventId}/check-ins`, { code: mine.checkInCode }),
      409,
    );
    expect(refused.error).toBe('event-cancelled');
  });

  it('takes only its audience: a textile trader cannot join the manufacturers’ symposium nor sees it', async () => {
    const symposium = '0193e000-0000-7000-8000-00000000e002';
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    await eventually(async () => {
      const { rows } = await db.query('SELECT * FROM service_centre_directory WHERE credit_code = $1', [
        YUEHU.creditCode,
      ]);
      return rows[0];
    });
    await eventually(async () => {
      const answer = await yongchuang.get<KioskEventPage>(`${KIOSK}/events?limit=100`);
      return answer.body.items?.some((e) => e.eventId === symposium) ? true : undefined;
    });
    const list = await expectStatus<KioskEventPage>(
      'textile list',
      yuehu.get(`${KIOSK}/events?limit=100`),
      200,
    );
    expect(list.items.some((e) => e.eventId === symposium)).toBe(false);
    const refused = await expectStatus<ErrorBody>(
      'textile registers',
      yuehu.post(`${KIOSK}/events/${symposium}/registration`),
      403,
    );
    expect(refused).toMatchObject({ error: 'not-in-audience', rule: { rule: 'audience' } });
    await expectStatus(
      'manufacturer registers',
      yongchuang.post(`${KIOSK}/events/${symposium}/registration`),
      201,
    );
  });
});
