import type { RequestDetail, RequestSummary } from '@qinqing/appeals/contracts';
import type { AppealsPolicy } from '@qinqing/appeals/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient, ErrorBody } from '../../test-setup/api-client';
import {
  DEMO_USERS,
  HUMAN_RESOURCES,
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
import { act, fileRequest, requestBody, type Submitted, testEnterprise } from '../../test-setup/requests';

/**
 * The deadline scheduler (reminders, 督办 on missed deadlines, unclaimed hand-offs, closed feedback windows)
 * driven day by day with a ManualClock across 国庆 2026.
 *
 * Every request here is filed on Tuesday 2026-09-29, 10:00 China time. Under the 2026 notice 中秋 is 09-25..27,
 * 国庆 is 10-01..10-07, and Saturday 10-10 is a make-up working day (调休). Counting from the day after filing:
 *
 *   working day  1: Wed 09-30          → accept due (limit 1)
 *   working day  2: Thu 10-08          → claim-by of a hand-off (send-back window 2)
 *   working day  3: Fri 10-09          → reply due (limit 3)
 *   working day  4: Sat 10-10 (调休)
 *   working day  5: Mon 10-12          → report-up and inform due (limit 5)
 *   working days 6–10: 10-13..10-16, 10-19
 *   working day 12: Wed 10-21          → resolve reminder: ⌈0.75 × 15⌉ = 12th working day
 *   working day 15: Mon 10-26          → resolve due (limit 15); also the feedback window of an answer given
 *                                        on 09-29 (15 working days)
 *
 * Reminders fall on the ⌈75 %⌉-th working day of a period, so for the 1- and 3-day clocks on the due day itself.
 */
const ACCEPT_ADVANCE = {
  type: 'DeadlineApproaching',
  clock: 'accept',
  due: '2026-09-30',
  remindedOn: '2026-09-29',
  stage: 'advance',
};

describe.each(appealsTestBackends(inject('databaseUrl')))('deadline scheduler over $name', (backend) => {
  let t: AppealsTestApp;
  let wang: ApiClient;
  let li: ApiClient;
  let zhao: ApiClient;
  let supervisor: ApiClient;

  /** Left alone at the centre: nobody accepts or replies. */
  let untouched: Submitted;
  /** Accepted by market regulation and paused at once, waiting for the enterprise. */
  let paused: Submitted;
  /** Handed to human resources, which never accepts nor sends it back. */
  let unclaimed: Submitted;
  /** Resolved on the day it was filed; nobody rates or reopens it. */
  let answered: Submitted;
  /** Accepted and replied to on the day, then left unresolved. */
  let inHand: Submitted;

  /** Read models caught up, one scheduler pass, caught up again; resolves with the commands that appended. */
  const pass = async (): Promise<number> => {
    await t.settle();
    const appended = await t.scheduler.tick();
    await t.settle();
    return appended;
  };

  const eventsOf = async (request: Submitted, ...types: string[]): Promise<Record<string, unknown>[]> =>
    (await t.history(request.requestId))
      .filter((e) => types.length === 0 || types.includes(e.type))
      .map((e) => ({ type: e.type, ...(e.data as Record<string, unknown>) }));

  const detail = async (request: Submitted): Promise<RequestDetail> => {
    const answer = await supervisor.get<RequestDetail>(`/api/appeals/requests/${request.requestId}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  const clock = (view: RequestDetail, kind: string) => view.clocks.find((c) => c.clock === kind);

  beforeAll(async () => {
    t = await startAppealsTestApp(backend, { now: chinaTime('2026-09-29') });
    [wang, li, zhao, supervisor] = await Promise.all([
      logIn(t.base, DEMO_USERS.serviceStaff),
      logIn(t.base, DEMO_USERS.marketHandler),
      logIn(t.base, DEMO_USERS.hrHandler),
      logIn(t.base, DEMO_USERS.supervisor),
    ]);
    const walkIn = await startWalkIn(await provisionKiosk(t.base));
    const toMarket = async (request: Submitted) => {
      await act(wang, request.requestId, 'hand-off', { toDepartmentId: MARKET_REGULATION, note: '请接收' });
      await act(li, request.requestId, 'accept');
    };

    untouched = await fileRequest(wang, requestBody(testEnterprise(), { channel: 'staff-phone' }));
    paused = await fileRequest(walkIn, requestBody(testEnterprise()));
    await toMarket(paused);
    await act(li, paused.requestId, 'pause', {
      cause: 'enterprise-documents',
      reason: '等待企业补充营业执照副本',
    });
    unclaimed = await fileRequest(wang, requestBody(testEnterprise(), { category: 'talent' }));
    await act(wang, unclaimed.requestId, 'hand-off', {
      toDepartmentId: HUMAN_RESOURCES,
      note: '人才政策咨询',
    });
    answered = await fileRequest(walkIn, requestBody(testEnterprise()));
    await toMarket(answered);
    await act(li, answered.requestId, 'resolve', { answer: '当场答复办理流程' });
    inHand = await fileRequest(walkIn, requestBody(testEnterprise()));
    await toMarket(inHand);
    await act(li, inHand.requestId, 'reply', { message: '已受理，正在核查' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('Tue 09-29: the dues follow the holiday calendar; a 1-day clock is warned the same day', async () => {
    expect(untouched.dues).toEqual({
      accept: '2026-09-30',
      reply: '2026-10-09',
      'report-up': '2026-10-12',
      inform: '2026-10-12',
      resolve: '2026-10-26',
    });
    await pass();
    // A 1-day accept clock gets its 临期预警 on the filing day, one working day before its due date.
    expect(await eventsOf(untouched, 'DeadlineApproaching', 'DeadlineMissed')).toEqual([
      {
        type: 'DeadlineApproaching',
        clock: 'accept',
        due: '2026-09-30',
        remindedOn: '2026-09-29',
        stage: 'advance',
      },
    ]);
    const handOff = (await eventsOf(unclaimed, 'RequestHandedOff'))[0];
    expect(handOff).toMatchObject({ handedOffOn: '2026-09-29', claimBy: '2026-10-08' });
  });

  it('Wed 09-30: a reminder again on the accept due day, once however often the scheduler runs', async () => {
    t.travelTo('2026-09-30', '08:00');
    expect(await pass()).toBeGreaterThan(0);
    expect(await pass()).toBe(0);
    expect(await eventsOf(untouched, 'DeadlineApproaching')).toEqual([
      ACCEPT_ADVANCE,
      {
        type: 'DeadlineApproaching',
        clock: 'accept',
        due: '2026-09-30',
        remindedOn: '2026-09-30',
        stage: 'due-day',
      },
    ]);
    // Not yet time for the reply's 临期预警 (10-08, one working day before 10-09); nothing for the paused one.
    expect(await eventsOf(paused, 'DeadlineApproaching', 'DeadlineMissed')).toEqual([]);
    expect(clock(await detail(untouched), 'accept')).toMatchObject({ status: 'running', workingDaysLeft: 0 });
  });

  it('Thu 10-08, after a week of downtime over 国庆: each missed deadline once, with one 督办 order', async () => {
    // The scheduler did not run 10-01..10-07; the accept deadline of 09-30 is found late, and only once.
    t.travelTo('2026-10-08', '09:00');
    expect(await pass()).toBeGreaterThan(0);
    expect(await pass()).toBe(0);
    expect(await eventsOf(untouched, 'DeadlineMissed', 'SupervisionOrderIssued')).toEqual([
      { type: 'DeadlineMissed', clock: 'accept', due: '2026-09-30', detectedOn: '2026-10-08' },
      {
        type: 'SupervisionOrderIssued',
        orderId: `${untouched.requestId}-accept-1`,
        clock: 'accept',
        issuedOn: '2026-10-08',
        // The order's own limit: 5 working days (10-09, 10-10 调休, 10-12, 10-13, 10-14).
        due: '2026-10-14',
      },
    ]);
    // The unclaimed hand-off may still be sent back today (claim-by 10-08); it falls tomorrow.
    expect(await eventsOf(unclaimed, 'RequestFellToDefaultOwner')).toEqual([]);
    // Paused: its reply clock stands still.
    expect(await eventsOf(paused, 'DeadlineApproaching', 'DeadlineMissed')).toEqual([]);
  });

  it('Fri 10-09: the unclaimed hand-off falls to the default owner; reply reminders on their due day', async () => {
    t.travelTo('2026-10-09');
    await pass();
    // The default owner's accept clock (restarted at the fall) gets its 临期预警 on the next pass.
    await pass();
    expect(await pass()).toBe(0);
    const policy = (await supervisor.get<AppealsPolicy>('/api/appeals/policy')).body;
    expect(await eventsOf(unclaimed, 'RequestFellToDefaultOwner')).toEqual([
      {
        type: 'RequestFellToDefaultOwner',
        unclaimedByDepartmentId: HUMAN_RESOURCES,
        defaultOwnerUnitId: policy.defaultOwnerUnitId,
        fellOn: '2026-10-09',
        // The default owner has its own acceptWithin (1 working day; 10-10 is a 调休 Saturday).
        acceptClock: { limit: 1, due: '2026-10-10' },
      },
    ]);
    const fallen = await detail(unclaimed);
    expect(fallen).toMatchObject({
      status: 'received',
      ownerUnitId: policy.defaultOwnerUnitId,
      pendingDepartmentId: null,
    });
    expect(fallen.timeline.find((e) => e.type === 'RequestFellToDefaultOwner')?.summary.zh).toBe(
      '人力社保局未在期限内签收，由兜底责任单位营商环境办负责',
    );
    // The department it was handed to is no longer involved: it cannot accept it now, nor even see it…
    const lateAccept = await zhao.post<ErrorBody>(`/api/appeals/requests/${unclaimed.requestId}/accept`);
    expect(lateAccept.status).toBe(404);
    // …while the default owner (首问负责制: nothing falls between units) takes it on.
    const qian = await logIn(t.base, DEMO_USERS.defaultOwnerHandler);
    expect(await act(qian, unclaimed.requestId, 'accept')).toMatchObject({ status: 'in-progress' });
    // Its own accept clock is met; the lapse of the department it was handed to is on the record (督办).
    expect(clock(await detail(unclaimed), 'accept')).toMatchObject({ status: 'met' });
    expect(await eventsOf(unclaimed, 'DeadlineMissed')).toEqual([
      { type: 'DeadlineMissed', clock: 'accept', due: '2026-10-08', detectedOn: '2026-10-09' },
    ]);

    expect(await eventsOf(untouched, 'DeadlineApproaching')).toEqual([
      ACCEPT_ADVANCE,
      {
        type: 'DeadlineApproaching',
        clock: 'accept',
        due: '2026-09-30',
        remindedOn: '2026-09-30',
        stage: 'due-day',
      },
      {
        type: 'DeadlineApproaching',
        clock: 'reply',
        due: '2026-10-09',
        remindedOn: '2026-10-08',
        stage: 'advance',
      },
      {
        type: 'DeadlineApproaching',
        clock: 'reply',
        due: '2026-10-09',
        remindedOn: '2026-10-09',
        stage: 'due-day',
      },
    ]);
    // Replied on 09-29: its reply clock is met, so no reminder.
    expect(await eventsOf(inHand, 'DeadlineApproaching')).toEqual([]);
  });

  it('Mon 10-12: the reply deadline is missed; the accept one is not recorded again', async () => {
    t.travelTo('2026-10-12');
    await pass();
    expect(await pass()).toBe(0);
    expect(await eventsOf(untouched, 'DeadlineMissed')).toEqual([
      { type: 'DeadlineMissed', clock: 'accept', due: '2026-09-30', detectedOn: '2026-10-08' },
      { type: 'DeadlineMissed', clock: 'reply', due: '2026-10-09', detectedOn: '2026-10-12' },
    ]);
    expect((await eventsOf(untouched, 'SupervisionOrderIssued')).map((e) => e['orderId'])).toEqual([
      `${untouched.requestId}-accept-1`,
      `${untouched.requestId}-reply-1`,
    ]);
    // Report-up and inform (due 10-12) are judged when chosen, never missed by time.
    expect((await eventsOf(inHand, 'DeadlineMissed')).map((e) => e['clock'])).toEqual([]);
  });

  it('a paused request does not go overdue while its pause is credited; resuming moves its dues by the days credited', async () => {
    const whilePaused = await detail(paused);
    expect(whilePaused).toMatchObject({ paused: true, overdue: false });
    expect(clock(whilePaused, 'reply')).toMatchObject({ due: '2026-10-09', status: 'running' });
    expect(await eventsOf(paused, 'DeadlineApproaching', 'DeadlineMissed', 'SupervisionOrderIssued')).toEqual(
      [],
    );

    // Paused 09-29, resumed 10-12: 09-30, 10-08, 10-09, 10-10 (调休) and 10-12 = 5 working days.
    const resumed = await act(li, paused.requestId, 'resume');
    expect(resumed.recorded).toEqual(['RequestResumed']);
    expect((await eventsOf(paused, 'RequestResumed'))[0]).toMatchObject({
      resumedOn: '2026-10-12',
      pausedWorkingDays: 5,
      // reply 10-09 + 5: 10-10 (调休), 10-12..10-15; report-up and inform 10-12 + 5: 10-13..10-16, 10-19;
      // resolve 10-26 + 5: 10-27..10-30, 11-02
      dues: { reply: '2026-10-15', resolve: '2026-11-02', 'report-up': '2026-10-19', inform: '2026-10-19' },
    });
    await pass();
    expect(await eventsOf(paused, 'DeadlineMissed')).toEqual([]);
    expect(await detail(paused)).toMatchObject({ paused: false, overdue: false });
    // Answered in time for its moved reply deadline, it stays off the overdue list (checked on 10-27 below).
    await act(li, paused.requestId, 'reply', { message: '材料已收到，继续办理' });
  });

  it('Tue 10-20 / Wed 10-21: the resolve reminder comes on the 12th of 15 working days (75 %)', async () => {
    t.travelTo('2026-10-20');
    await pass();
    expect(await eventsOf(inHand, 'DeadlineApproaching')).toEqual([]);
    t.travelTo('2026-10-21');
    await pass();
    expect(await eventsOf(inHand, 'DeadlineApproaching')).toEqual([
      {
        type: 'DeadlineApproaching',
        clock: 'resolve',
        due: '2026-10-26',
        remindedOn: '2026-10-21',
        stage: 'advance',
      },
    ]);
    expect(clock(await detail(inHand), 'resolve')).toMatchObject({ status: 'running', workingDaysLeft: 3 });
  });

  it('Mon 10-26 / Tue 10-27: an answer nobody rated or reopened closes after its feedback window', async () => {
    t.travelTo('2026-10-26');
    await pass();
    expect((await detail(answered)).status).toBe('answered');
    t.travelTo('2026-10-27');
    await pass();
    expect(await eventsOf(answered, 'RequestClosed')).toEqual([
      // Unrated: the supervision office calls the enterprise back for its own answer (回访) by 10-28.
      {
        type: 'RequestClosed',
        closedOn: '2026-10-27',
        reason: 'feedback-window-elapsed',
        callbackDue: '2026-10-28',
      },
    ]);
    // Closed, the only thing left is the supervision office's 回访 for the enterprise's own answer.
    expect(await detail(answered)).toMatchObject({ status: 'closed', allowedActions: ['callback'] });
    // …and the unresolved one is now overdue on its resolve clock.
    expect((await eventsOf(inHand, 'DeadlineMissed')).map((e) => [e['clock'], e['due']])).toEqual([
      ['resolve', '2026-10-26'],
    ]);
  });

  it('the supervisor sees overdue requests first, orders re-handling, adds a note and closes the order', async () => {
    const all = await supervisor.get<{ items: RequestSummary[]; total: number }>(
      '/api/appeals/requests?pageSize=200',
    );
    expect(all.status).toBe(200);
    const flags = all.body.items.map((item) => item.overdue);
    expect(flags.indexOf(false)).toBeGreaterThan(flags.lastIndexOf(true));
    const overdue = await supervisor.get<{ items: RequestSummary[] }>(
      '/api/appeals/requests?overdue=true&pageSize=200',
    );
    const overdueIds = overdue.body.items.map((item) => item.requestId);
    expect(overdue.body.items.every((item) => item.overdue)).toBe(true);
    expect(overdueIds).toEqual(
      expect.arrayContaining([untouched.requestId, inHand.requestId, unclaimed.requestId]),
    );
    expect(overdueIds).not.toContain(paused.requestId);
    expect(overdueIds).not.toContain(answered.requestId);
    const listed = overdue.body.items.find((item) => item.requestId === untouched.requestId);
    expect(listed).toMatchObject({ openSupervisionOrders: 3 }); // accept, reply and now resolve

    const orderId = `${untouched.requestId}-accept-1`;
    const base = `/api/appeals/requests/${untouched.requestId}/supervision`;
    const rehandled = await supervisor.post(`${base}/rehandling`, {
      orderId,
      instruction: '请海曙区亲清家园当日转办并跟踪',
    });
    expect(rehandled).toMatchObject({ status: 200, body: { recorded: ['RehandlingOrdered'] } });
    expect(
      await supervisor.post(`${base}/notes`, { orderId, note: '已电话督促，承诺明日转办' }),
    ).toMatchObject({ status: 200, body: { recorded: ['SupervisionNoteAdded'] } });
    expect(
      await supervisor.post(`${base}/close`, {
        orderId,
        outcome: 'rectified',
        conclusion: '已转办，督办销号',
      }),
    ).toMatchObject({ status: 200, body: { recorded: ['SupervisionOrderClosed'] } });

    const afterClose = await detail(untouched);
    // Orders are numbered within the request and named by what raised them; their ids are for commands only.
    const order = (number: number, zh: string, en: string) => ({ number, subject: { zh, en } });
    expect(afterClose.supervisionOrders).toEqual([
      {
        orderId,
        ...order(1, '签收超期', 'acceptance overdue'),
        origin: 'missed-deadline',
        clock: 'accept',
        open: false,
        issuedOn: '2026-10-08',
      },
      {
        orderId: `${untouched.requestId}-reply-1`,
        ...order(2, '首次答复超期', 'first reply overdue'),
        origin: 'missed-deadline',
        clock: 'reply',
        open: true,
        issuedOn: '2026-10-12',
      },
      {
        orderId: `${untouched.requestId}-resolve-1`,
        ...order(3, '办结超期', 'resolution overdue'),
        origin: 'missed-deadline',
        clock: 'resolve',
        open: true,
        issuedOn: '2026-10-27',
      },
    ]);
    const words = afterClose.timeline.map((e) => e.summary.zh);
    expect(words.slice(-3)).toEqual([
      '督办单第1号（签收超期）：责令重新办理。督办要求：请海曙区亲清家园当日转办并跟踪',
      '督办单第1号（签收超期）督办意见：已电话督促，承诺明日转办',
      '督办单第1号（签收超期）督办销号（整改完成）：已转办，督办销号',
    ]);
    expect(
      words.some((w) => w.startsWith('效能督查办会同党政办督查室发出督办单第2号（首次答复超期），须于')),
    ).toBe(true);
    expect(words.join('')).not.toContain(untouched.requestId);
    await t.settle();
    const relisted = await supervisor.get<{ items: RequestSummary[] }>(
      '/api/appeals/requests?overdue=true&pageSize=200',
    );
    expect(relisted.body.items.find((item) => item.requestId === untouched.requestId)).toMatchObject({
      openSupervisionOrders: 2,
    });
    const closedAgain = await supervisor.post<ErrorBody>(`${base}/notes`, { orderId, note: '补充' });
    expect(closedAgain.status).toBe(409);
    expect(closedAgain.body.error).toBe('supervision-order-closed');
  });

  // Issue 11 item 9: 督办 orders run on working-day clocks with a reminder and escalation.
  it('督办 orders: reminded one working day before their due date, escalated to 党工委、管委会 once past it', async () => {
    // The accept order (due 10-14) and the reply order (issued 10-12, due 10-19) were both escalated on the
    // 10-20 pass, each with a new due date; there is no level above, so nothing more happens by time.
    const escalations = await eventsOf(untouched, 'SupervisionOrderEscalated');
    expect(escalations.map((e) => [e['orderId'], e['missedDue'], e['escalatedOn'], e['due']])).toEqual([
      [`${untouched.requestId}-accept-1`, '2026-10-14', '2026-10-20', '2026-10-27'],
      [`${untouched.requestId}-reply-1`, '2026-10-19', '2026-10-20', '2026-10-27'],
    ]);
    // The resolve order of the request still in hand (issued 10-27, due 11-03): reminded on 11-02, once.
    t.travelTo('2026-11-02');
    await pass();
    await pass();
    expect(await eventsOf(inHand, 'SupervisionOrderReminded')).toEqual([
      {
        type: 'SupervisionOrderReminded',
        orderId: `${inHand.requestId}-resolve-1`,
        due: '2026-11-03',
        remindedOn: '2026-11-02',
      },
    ]);
    t.travelTo('2026-11-04');
    await pass();
    expect((await eventsOf(inHand, 'SupervisionOrderEscalated')).map((e) => e['missedDue'])).toEqual([
      '2026-11-03',
    ]);
    const timeline = (await detail(inHand)).timeline.map((e) => e.summary.zh);
    expect(timeline.at(-1)).toContain('升级由党工委、管委会督办');
  });
});
