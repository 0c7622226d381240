import {
  APPEALS_PUBLIC_EVENTS,
  APPEALS_TOPIC,
  RequestAcceptedV1,
  type RequestDetail,
  RequestEscalatedV1,
  RequestHandedOffV1,
  RequestInformedV1,
  RequestPausedV1,
  RequestRatedV1,
  RequestReopenedV1,
  RequestResolvedV1,
  RequestResumedV1,
  RequestSentBackV1,
  RequestSubmittedV1,
  type RequestSummary,
  type TrackedRequest,
} from '@qinqing/appeals/contracts';
import { type IntegrationEventDefinition, parseCloudEvent } from '@qinqing/shared/contracts-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, type ErrorBody } from '../test-setup/api-client';
import {
  CENTRE_HAISHU,
  DEMO_USERS,
  logIn,
  MARKET_REGULATION,
  provisionKiosk,
  startWalkIn,
} from '../test-setup/actors';
import {
  type AppealsTestApp,
  appealsTestBackends,
  chinaTime,
  startAppealsTestApp,
} from '../test-setup/appeals-test-app';
import {
  act,
  type CommandAnswer,
  fileRequest,
  last4,
  requestBody,
  type Submitted,
  type TestEnterprise,
  testEnterprise,
} from '../test-setup/requests';
import { appealsIntegrationMapper } from './integration/appeals-integration.mapper';
import type { DepartmentRates, RatesAnswer } from '@qinqing/appeals/contracts';

const RECEIPT_CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/u;

/** Timeline steps only staff see (reminders, supervision, joint meetings). */
const INTERNAL_STEPS = [
  'DeadlineApproaching',
  'DeadlineMissed',
  'SupervisionOrderIssued',
  'RehandlingOrdered',
  'SupervisionNoteAdded',
  'SupervisionOrderClosed',
  'ReviewOpened',
  'GroupedForJointMeeting',
];

type Rates = RatesAnswer;

/**
 * 企业诉求 from the kiosk to the rating (DOMAIN.md §2): intake, 首问负责 hand-off, the three outcomes (办结 /
 * 报出 / 告知), pause, send-back, tracking by receipt, 好差评 rating and reopening, the rates computed from the
 * events, idempotent submission, and the public events the requests would publish.
 *
 * The clock starts on Monday 2026-06-01 10:00 (China time). Working days under the 2026 notice (端午 06-19 to
 * 06-21): 06-02 is 1 working day after, 06-04 is 3, 06-08 is 5, and 06-23 is 15 (06-02..05 = 4,
 * 06-08..12 = 9, 06-15..18 = 13, 06-22 = 14, 06-23 = 15; 06-19 is a holiday).
 */
describe.each(appealsTestBackends(inject('databaseUrl')))('request lifecycle over $name', (backend) => {
  let t: AppealsTestApp;
  let kiosk: ApiClient;
  let wang: ApiClient;
  let li: ApiClient;
  let supervisor: ApiClient;
  /** Someone holding the printed receipt, e.g. on a phone after scanning its QR code: no session at all. */
  let phone: ApiClient;

  const detail = async (client: ApiClient, requestId: string): Promise<RequestDetail> => {
    const answer = await client.get<RequestDetail>(`/api/appeals/requests/${requestId}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  /** Receipts are looked up in the requests read model: caught up first, as a person would be seconds later. */
  const track = async (receiptCode: string, phoneLast4: string) => {
    await t.settle();
    return phone.post<TrackedRequest & ErrorBody>('/api/appeals/track', { receiptCode, phoneLast4 });
  };

  const marketRates = async (): Promise<DepartmentRates> => {
    await t.settle();
    const answer = await supervisor.get<Rates>(
      `/api/appeals/rates?from=2026-01-01&to=2026-12-31&departmentId=${MARKET_REGULATION}`,
    );
    expect(answer.status).toBe(200);
    const rates = answer.body.departments.find((d) => d.unitId === MARKET_REGULATION);
    return (
      rates ?? {
        unitId: MARKET_REGULATION,
        name: { zh: '市场监管局', en: 'Market Regulation Bureau' },
        received: 0,
        responseRate: { numerator: 0, denominator: 0, value: null },
        onTimeRate: Object.fromEntries(
          ['accept', 'reply', 'resolve', 'report-up', 'inform'].map((c) => [
            c,
            { numerator: 0, denominator: 0, value: null },
          ]),
        ) as DepartmentRates['onTimeRate'],
        resolutionRate: { numerator: 0, denominator: 0, value: null },
        excludedFromResolution: 0,
        satisfactionRate: { numerator: 0, denominator: 0, value: null },
        callbackSatisfactionRate: { numerator: 0, denominator: 0, value: null },
      }
    );
  };

  /** Filed by an anonymous walk-in at the Haishu kiosk, handed to market regulation and accepted there. */
  const inProgressRequest = async (enterprise: TestEnterprise = testEnterprise()): Promise<Submitted> => {
    const walkIn = await startWalkIn(kiosk);
    const filed = await fileRequest(walkIn, requestBody(enterprise));
    await act(wang, filed.requestId, 'hand-off', {
      toDepartmentId: MARKET_REGULATION,
      note: '请市场监管局办理',
    });
    await act(li, filed.requestId, 'accept');
    return filed;
  };

  /** Every request this file filed, for the public-event check at the end. */
  const filedHere: string[] = [];

  beforeAll(async () => {
    t = await startAppealsTestApp(backend, { now: chinaTime('2026-06-01') });
    [kiosk, wang, li, supervisor] = await Promise.all([
      provisionKiosk(t.base),
      logIn(t.base, DEMO_USERS.serviceStaff),
      logIn(t.base, DEMO_USERS.marketHandler),
      logIn(t.base, DEMO_USERS.supervisor),
    ]);
    phone = new ApiClient(t.base);
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('from the kiosk to the rating', () => {
    const enterprise = testEnterprise('6688');
    let filed: Submitted;
    let before: DepartmentRates;

    it('a walk-in files at the kiosk and gets a receipt code and the due dates', async () => {
      before = await marketRates();
      const walkIn = await startWalkIn(kiosk);
      const answer = await walkIn.post<Submitted>('/api/appeals/requests', requestBody(enterprise));
      expect(answer.status).toBe(201);
      filed = answer.body;
      filedHere.push(filed.requestId);
      expect(filed.requestId).toMatch(/^[0-9a-f-]{36}$/u);
      expect(filed.receiptCode).toMatch(RECEIPT_CODE);
      expect(filed).toMatchObject({ status: 'received', replayed: false });
      // Submitted Mon 06-01; clocks count from the next day (see the header comment).
      expect(filed.dues).toEqual({
        accept: '2026-06-02',
        reply: '2026-06-04',
        resolve: '2026-06-23',
        'report-up': '2026-06-08',
        inform: '2026-06-08',
      });
      // The receipt says which day is day 0 and how the limits count (issue 11 item 8).
      expect(filed).toMatchObject({
        receivedOn: '2026-06-01',
        countingRule: { zh: '受理日为 2026-06-01（第0日），各项时限自次一工作日起按工作日计算' },
      });
    });

    it('service staff hand it to market regulation, whose handler accepts, replies and resolves it', async () => {
      const handedOff = await act(wang, filed.requestId, 'hand-off', {
        toDepartmentId: MARKET_REGULATION,
        note: '属市场监管职责，请接收办理',
      });
      expect(handedOff).toMatchObject({ status: 'awaiting-acceptance', recorded: ['RequestHandedOff'] });
      expect(await act(li, filed.requestId, 'accept')).toMatchObject({
        status: 'in-progress',
        recorded: ['RequestAccepted'],
      });
      expect(
        await act(li, filed.requestId, 'reply', { message: '已收到，正在核实经营场所材料' }),
      ).toMatchObject({ recorded: ['RequestReplied'] });
      // An internal step the enterprise must not see in its timeline.
      expect(
        await act(li, filed.requestId, 'joint-meetings', {
          meetingId: 'jm-2026-06-market',
          meetingTitle: '经营场所登记问题联席会议',
          scheduledOn: '2026-06-10',
        }),
      ).toMatchObject({ recorded: ['GroupedForJointMeeting'] });
      expect(
        await act(li, filed.requestId, 'resolve', {
          answer: '已为企业办理经营场所变更登记，营业执照已换发。',
        }),
      ).toMatchObject({ status: 'answered', recorded: ['RequestResolved'] });

      const seenByHandler = await detail(li, filed.requestId);
      expect(seenByHandler.timeline.map((e) => e.type)).toContain('GroupedForJointMeeting');
      // 首问负责: the centre stays the first receiver; the department that accepted is responsible now.
      expect(seenByHandler).toMatchObject({ receivingUnitId: CENTRE_HAISHU, ownerUnitId: MARKET_REGULATION });
      // The staff timeline is written to staff, with every note: the hand-off note reaches the department.
      expect(seenByHandler.timeline.map((e) => e.summary.zh).slice(0, 4)).toEqual([
        '海曙区亲清家园受理诉求（市场秩序，自助终端）',
        '海曙区亲清家园转办市场监管局，2026-06-03前可退回。转办说明：属市场监管职责，请接收办理',
        '市场监管局签收，负责办理',
        '市场监管局答复企业：已收到，正在核实经营场所材料',
      ]);
    });

    it('the walk-in tracks it by receipt and phone digits: answered, in plain words, nothing internal', async () => {
      const answer = await track(filed.receiptCode, last4(enterprise.phone));
      expect(answer.status).toBe(200);
      const tracked = answer.body;
      expect(tracked).toMatchObject({
        requestId: filed.requestId,
        status: 'answered',
        answer: {
          outcome: 'resolve',
          text: '已为企业办理经营场所变更登记，营业执照已换发。',
          answeredOn: '2026-06-01',
          feedbackDue: '2026-06-23',
        },
        // The deadlines that concern the enterprise, each named; internal clocks stay on staff screens.
        deadlines: [
          { deadline: 'reply', name: { zh: '答复期限', en: 'Reply by' }, due: '2026-06-04', status: 'met' },
          {
            deadline: 'resolve',
            name: { zh: '办结期限', en: 'Resolve by' },
            due: '2026-06-23',
            status: 'met',
          },
        ],
      });
      for (const internal of ['clocks', 'contact', 'supervisionOrders', 'ownerUnitId', 'receivingUnitId'])
        expect(tracked).not.toHaveProperty(internal);
      expect(tracked.timeline.map((e) => e.type)).toEqual([
        'RequestSubmitted',
        'RequestHandedOff',
        'RequestAccepted',
        'RequestReplied',
        'RequestResolved',
      ]);
      expect(tracked.timeline.map((e) => e.type).filter((type) => INTERNAL_STEPS.includes(type))).toEqual([]);
      expect(tracked.timeline.map((e) => e.summary.zh)).toEqual([
        '海曙区亲清家园受理了您的诉求（市场秩序，自助终端）',
        '转办市场监管局',
        '市场监管局已签收并负责办理',
        '市场监管局答复：已收到，正在核实经营场所材料',
        '市场监管局已办结：已为企业办理经营场所变更登记，营业执照已换发。',
      ]);
      expect(tracked.timeline[2]?.summary.en).toBe('Market Regulation Bureau accepted it and is handling it');
      expect([...tracked.allowedActions].sort()).toEqual(['rate', 'reopen']);

      // Codes are read off paper: lower case and separators are forgiven; wrong digits are not.
      const typed = await track(
        `${filed.receiptCode.slice(0, 4).toLowerCase()}-${filed.receiptCode.slice(4)}`,
        last4(enterprise.phone),
      );
      expect(typed.status).toBe(200);
      const wrongDigits = await track(filed.receiptCode, '0000');
      expect(wrongDigits.status).toBe(404);
      expect(wrongDigits.body).toMatchObject({
        error: 'receipt-not-matched',
        message: { zh: expect.any(String) },
      });
    });

    it('the walk-in rates it by receipt proof, and the department rates move by exactly this request', async () => {
      await t.settle();
      const rated = await phone.post<CommandAnswer>(`/api/appeals/requests/${filed.requestId}/rate`, {
        receiptCode: filed.receiptCode,
        phoneLast4: last4(enterprise.phone),
        rating: 'satisfied',
        comment: '办理很快',
      });
      expect(rated.status).toBe(200);
      expect(rated.body).toMatchObject({ status: 'rated', recorded: ['RequestRated'] });

      const after = await marketRates();
      const delta = (pick: (r: DepartmentRates) => { numerator: number; denominator: number }) => ({
        numerator: pick(after).numerator - pick(before).numerator,
        denominator: pick(after).denominator - pick(before).denominator,
      });
      // Accepted, replied, resolved and rated on 06-01, all on time: one more of each, all counting for it.
      expect(after.received - before.received).toBe(1);
      expect(delta((r) => r.responseRate)).toEqual({ numerator: 1, denominator: 1 });
      expect(delta((r) => r.onTimeRate.accept)).toEqual({ numerator: 1, denominator: 1 });
      expect(delta((r) => r.onTimeRate.reply)).toEqual({ numerator: 1, denominator: 1 });
      expect(delta((r) => r.onTimeRate.resolve)).toEqual({ numerator: 1, denominator: 1 });
      expect(delta((r) => r.onTimeRate['report-up'])).toEqual({ numerator: 0, denominator: 0 });
      expect(delta((r) => r.resolutionRate)).toEqual({ numerator: 1, denominator: 1 });
      expect(delta((r) => r.satisfactionRate)).toEqual({ numerator: 1, denominator: 1 });
      expect(after.satisfactionRate.value).toBe(
        after.satisfactionRate.numerator / after.satisfactionRate.denominator,
      );
    });

    it('refuses a second rating with 409 and says why', async () => {
      const again = await phone.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/rate`, {
        receiptCode: filed.receiptCode,
        phoneLast4: last4(enterprise.phone),
        rating: 'very-dissatisfied',
      });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        error: 'already-rated',
        message: { zh: expect.stringContaining('只能评价一次'), en: expect.stringContaining('rated once') },
      });
      const tracked = await track(filed.receiptCode, last4(enterprise.phone));
      expect(tracked.body).toMatchObject({ status: 'rated', rating: 'satisfied', allowedActions: [] });
    });
  });

  it('escalation (报出): reported to a higher level, the enterprise sees where it went', async () => {
    const enterprise = testEnterprise('2468');
    const filed = await inProgressRequest(enterprise);
    filedHere.push(filed.requestId);
    const escalated = await act(li, filed.requestId, 'escalate', {
      upperLevelUnit: '宁波市市场监督管理局',
      upperLevelReference: '甬市监〔2026〕12号',
      note: '涉及跨区域登记事项，已报市局办理',
    });
    expect(escalated).toMatchObject({ status: 'answered', recorded: ['RequestEscalated'] });
    const tracked = (await track(filed.receiptCode, last4(enterprise.phone))).body;
    expect(tracked.answer).toMatchObject({ outcome: 'report-up', text: '涉及跨区域登记事项，已报市局办理' });
    expect(tracked.timeline.at(-1)?.summary.zh).toBe(
      '已上报宁波市市场监督管理局办理（文号 甬市监〔2026〕12号）',
    );
    // Reporting up is an internal clock: the enterprise's resolution deadline ended with it and is gone.
    expect(tracked.deadlines.map((d) => d.deadline)).toEqual(['reply']);
    const clocks = Object.fromEntries(
      (await detail(li, filed.requestId)).clocks.map((c) => [c.clock, c.status]),
    );
    expect(clocks).toMatchObject({ 'report-up': 'met', resolve: 'ended', inform: 'ended' });
    expect((await detail(li, filed.requestId)).timeline.at(-1)?.summary.zh).toBe(
      '市场监管局上报宁波市市场监督管理局（文号 甬市监〔2026〕12号）。上报说明：涉及跨区域登记事项，已报市局办理',
    );
  });

  it('informing (告知): it cannot be handled, with the reason and its basis', async () => {
    const enterprise = testEnterprise('1357');
    const filed = await inProgressRequest(enterprise);
    filedHere.push(filed.requestId);
    const informed = await act(li, filed.requestId, 'inform', {
      reason: '该事项属于民事纠纷，不属于行政机关职责',
      basis: '《中华人民共和国民法典》第二百三十三条',
    });
    expect(informed).toMatchObject({ status: 'answered', recorded: ['RequestInformed'] });
    const tracked = (await track(filed.receiptCode, last4(enterprise.phone))).body;
    expect(tracked.answer).toMatchObject({
      outcome: 'inform',
      text: '该事项属于民事纠纷，不属于行政机关职责（《中华人民共和国民法典》第二百三十三条）',
    });
    expect(tracked.deadlines.map((d) => d.deadline)).toEqual(['reply']);
    expect(
      Object.fromEntries((await detail(li, filed.requestId)).clocks.map((c) => [c.clock, c.status])),
    ).toMatchObject({ inform: 'met', resolve: 'ended', 'report-up': 'ended' });
  });

  it('a department sends a misrouted request back once; a second send-back by it is refused', async () => {
    const walkIn = await startWalkIn(kiosk);
    const filed = await fileRequest(walkIn, requestBody(testEnterprise()));
    filedHere.push(filed.requestId);
    await act(wang, filed.requestId, 'hand-off', { toDepartmentId: MARKET_REGULATION, note: '请接收' });
    const sentBack = await act(li, filed.requestId, 'send-back', { reason: '属人力社保局职责，请改派' });
    expect(sentBack).toMatchObject({ status: 'received', recorded: ['RequestSentBack'] });
    expect(await detail(wang, filed.requestId)).toMatchObject({
      status: 'received',
      ownerUnitId: CENTRE_HAISHU,
      pendingDepartmentId: null,
    });

    await act(wang, filed.requestId, 'hand-off', {
      toDepartmentId: MARKET_REGULATION,
      note: '经核实确属市场监管',
    });
    const again = await li.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/send-back`, {
      reason: '再次退回',
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      error: 'send-back-already-used',
      message: { zh: expect.stringContaining('只能退回一次'), en: expect.stringContaining('only once') },
    });
    expect(await act(li, filed.requestId, 'accept')).toMatchObject({ status: 'in-progress' });
  });

  it('the idempotency key makes a retried submission safe: same request, one stream', async () => {
    const walkIn = await startWalkIn(kiosk);
    const body = requestBody(testEnterprise());
    const headers = { 'idempotency-key': 'kiosk-retry-20260601-0001' };
    const first = await fileRequest(walkIn, body, headers);
    const retried = await fileRequest(walkIn, body, headers);
    filedHere.push(first.requestId);
    expect(retried).toEqual({ ...first, replayed: true });

    expect(await t.history(first.requestId)).toHaveLength(1);
    await t.settleUntilListed(first.requestId);
    const listed = await supervisor.get<{ items: RequestSummary[] }>('/api/appeals/requests?pageSize=200');
    expect(listed.body.items.filter((item) => item.title === body.title)).toHaveLength(1);
    expect((await detail(wang, first.requestId)).receiptCode).toBe(first.receiptCode);

    // The kiosk's offline queue retries from a later walk-in session once the visitor's has ended: same kiosk,
    // same key, still the same request.
    const laterWalkIn = await startWalkIn(kiosk);
    expect(await fileRequest(laterWalkIn, body, headers)).toEqual({ ...first, replayed: true });

    // Keys are the caller's (a kiosk's, a person's): another kiosk or a member of staff sending the same key
    // files its own request and never learns the first one's receipt code.
    const elsewhere = await startWalkIn(await provisionKiosk(t.base, 'kiosk-yinzhou-01'));
    for (const stranger of [elsewhere, wang]) {
      const theirs = await fileRequest(stranger, requestBody(testEnterprise()), headers);
      filedHere.push(theirs.requestId);
      expect(theirs.replayed).toBe(false);
      expect(theirs.requestId).not.toBe(first.requestId);
      expect(theirs.receiptCode).not.toBe(first.receiptCode);
    }
  });

  it('pausing stops the clocks; resuming moves every running due date by the working days paused', async () => {
    const filed = await inProgressRequest();
    filedHere.push(filed.requestId);
    const paused = await act(li, filed.requestId, 'pause', {
      cause: 'enterprise-documents',
      reason: '等待企业补充租赁合同',
    });
    expect(paused.recorded).toEqual(['RequestPaused']);
    const whilePaused = await detail(li, filed.requestId);
    expect(whilePaused.paused).toBe(true);
    expect(whilePaused.clocks.filter((c) => c.status === 'running').map((c) => c.workingDaysLeft)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const resolveWhilePaused = await li.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/resolve`, {
      answer: '办结',
    });
    expect(resolveWhilePaused.status).toBe(409);
    expect(resolveWhilePaused.body.error).toBe('request-paused');

    // Paused Mon 06-01, resumed Thu 06-04: 06-02, 06-03 and 06-04 were paused, 3 working days.
    t.travelTo('2026-06-04');
    const resumed = await act(li, filed.requestId, 'resume');
    expect(resumed.recorded).toEqual(['RequestResumed']);
    const after = await detail(li, filed.requestId);
    expect(after.paused).toBe(false);
    expect(Object.fromEntries(after.clocks.map((c) => [c.clock, c.due]))).toEqual({
      accept: '2026-06-03', // from the hand-off, with the send-back window (2); met on 06-01, does not move
      reply: '2026-06-09', // 06-04 + 3: 06-05, 06-08, 06-09
      resolve: '2026-06-26', // 06-23 + 3: 06-24, 06-25, 06-26
      'report-up': '2026-06-11', // 06-08 + 3: 06-09, 06-10, 06-11
      inform: '2026-06-11',
    });
    expect(after.timeline.at(-1)?.summary.zh).toBe('恢复计时，各期限顺延3个工作日');
    const notPaused = await li.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/resume`);
    expect(notPaused.status).toBe(409);
    expect(notPaused.body.error).toBe('request-not-paused');
  });

  it('the enterprise reopens an answer within the window, the department answers again; not after it', async () => {
    // Today is Thu 06-04 (the pause test moved the clock).
    const enterprise = testEnterprise('9753');
    const filed = await inProgressRequest(enterprise);
    filedHere.push(filed.requestId);
    await act(li, filed.requestId, 'resolve', { answer: '已告知办理流程' });
    const proof = { receiptCode: filed.receiptCode, phoneLast4: last4(enterprise.phone) };

    t.travelTo('2026-06-05');
    await t.settle();
    const reopened = await phone.post<CommandAnswer>(`/api/appeals/requests/${filed.requestId}/reopen`, {
      ...proof,
      reason: '仅告知流程，问题没有实际解决',
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'in-progress', recorded: ['RequestReopened'] });
    const inHand = await detail(li, filed.requestId);
    // The resolve clock restarts from Fri 06-05: 15 working days is 06-29 (06-08..12 = 5, 06-15..18 = 9,
    // 06-22..26 = 14, 06-29 = 15; 06-19 is 端午).
    expect(inHand).toMatchObject({ status: 'in-progress', reopenCount: 1, answer: null });
    expect(inHand.clocks.find((c) => c.clock === 'resolve')).toMatchObject({
      due: '2026-06-29',
      status: 'running',
    });

    await act(li, filed.requestId, 'resolve', { answer: '已上门指导并完成变更登记' });
    const answered = (await track(proof.receiptCode, proof.phoneLast4)).body;
    expect(answered).toMatchObject({
      status: 'answered',
      answer: { text: '已上门指导并完成变更登记', answeredOn: '2026-06-05', feedbackDue: '2026-06-29' },
    });
    expect(answered.timeline.map((e) => e.type).slice(-3)).toEqual([
      'RequestResolved',
      'RequestReopened',
      'RequestResolved',
    ]);

    // The feedback window (15 working days) ends on 06-29; on 06-30 it is closed.
    t.travelTo('2026-06-30');
    const late = await phone.post<ErrorBody>(`/api/appeals/requests/${filed.requestId}/reopen`, {
      ...proof,
      reason: '还想再办一次',
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      error: 'feedback-window-closed',
      message: { zh: expect.stringContaining('2026-06-29') },
    });
  });

  it('maps every recorded event to a public CloudEvent that its AsyncAPI definition parses', async () => {
    const definitions = new Map<string, IntegrationEventDefinition>(
      APPEALS_PUBLIC_EVENTS.map((d) => [d.type, d as IntegrationEventDefinition]),
    );
    const published = new Set<string>();
    const privateTypes = new Set<string>();
    for (const requestId of filedHere) {
      const history = await t.history(requestId);
      expect(history.length).toBeGreaterThan(0);
      for (const recorded of history) {
        const outbound = appealsIntegrationMapper.map(recorded);
        if (outbound === null) {
          privateTypes.add(recorded.type);
          continue;
        }
        const definition = definitions.get(outbound.cloudEvent.type);
        expect(definition, `no public definition for ${outbound.cloudEvent.type}`).toBeDefined();
        // As a consumer receives it: JSON on the wire.
        const wire: unknown = JSON.parse(JSON.stringify(outbound.cloudEvent));
        const parsed = parseCloudEvent(definition as IntegrationEventDefinition, wire);
        expect(parsed).toMatchObject({
          id: recorded.eventId,
          subject: requestId,
          source: '/qinqing/appeals',
          time: recorded.metadata.occurredAt,
        });
        expect(outbound).toMatchObject({ topic: APPEALS_TOPIC, key: requestId });
        // Personal data never leaves the context.
        const submitted = history[0]?.data as { contact: { name: string; phone: string } };
        expect(JSON.stringify(wire)).not.toContain(submitted.contact.phone);
        expect(JSON.stringify(wire)).not.toContain(submitted.contact.name);
        published.add(outbound.cloudEvent.type);
      }
    }
    expect([...published].sort()).toEqual(
      [
        RequestSubmittedV1,
        RequestHandedOffV1,
        RequestAcceptedV1,
        RequestSentBackV1,
        RequestPausedV1,
        RequestResumedV1,
        RequestEscalatedV1,
        RequestInformedV1,
        RequestResolvedV1,
        RequestRatedV1,
        RequestReopenedV1,
      ]
        .map((d) => d.type)
        .sort(),
    );
    expect([...privateTypes].sort()).toEqual(['GroupedForJointMeeting', 'RequestReplied']);
  });
});
