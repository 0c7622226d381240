import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { APPEALS_TOPIC } from '@qinqing/appeals/contracts';
import { appealsIntegrationMapper, appealsOversightMapper } from '@qinqing/appeals/service';
import {
  type IntegrationEventMapper,
  type LogCursor,
  mapToIntegrationEvents,
  systemClock,
} from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase, PostgresEventStore } from '@qinqing/shared/event-store-postgres';
import {
  IDENTITY_TOKEN_HEADER,
  IDENTITY_TOPIC,
  IdentityTokenSigner,
  identityIntegrationMapper,
  WalkInProofSigner,
} from '@qinqing/identity/service';
import type { Actor } from '@qinqing/identity/domain';
import type { PolicyNoticeTotalsView } from '@qinqing/liaison/contracts';
import { brokerList, headersAsText, KafkaBrokerProbe } from '@qinqing/shared/messaging-kafka';
import { CatalogueValidator } from '@qinqing/tools/asyncapi';
import {
  CloudEvent as SdkCloudEvent,
  Kafka as CloudEventsKafka,
  type KafkaMessage as CloudEventsKafkaMessage,
} from 'cloudevents';
import { Kafka, logLevel } from 'kafkajs';
import { type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { eventually, TEST_HOLIDAY_NOTICE_2027 } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import {
  type DistributedTestPlatform,
  startDistributedTestPlatform,
} from '../support/distributed-test-platform';

const brokers = inject('kafkaBrokers');
const databaseUrl = inject('databaseUrl');

interface UnitStats {
  readonly unitId: string;
  readonly requests: number;
}
interface RequestStats {
  readonly centres: readonly UnitStats[];
  readonly departments: readonly UnitStats[];
  readonly totals: { readonly requests: number };
}

/** The CloudEvent ids a process's relay must publish: the events of its own store its mappers make public. */
const publicEventIds = async (
  url: string,
  mappers: readonly IntegrationEventMapper[],
): Promise<Set<string>> => {
  const db = await openPostgresDatabase(url, { maxConnections: 1 });
  const store = new PostgresEventStore(db);
  const ids = new Set<string>();
  try {
    for (let after: LogCursor | null = null; ;) {
      const events = await store.readAll({ after, limit: 500 });
      const last = events.at(-1);
      if (last === undefined) return ids;
      for (const event of events) {
        for (const outbound of mapToIntegrationEvents(mappers, event)) ids.add(outbound.cloudEvent.id);
      }
      after = last.cursor;
    }
  } finally {
    await store.close();
    await db.close();
  }
};

const requestsAt = (stats: RequestStats, unitId: string, kind: 'centres' | 'departments') =>
  stats[kind].find((row) => row.unitId === unitId)?.requests ?? 0;

/**
 * The distributed mode as `npm run start:distributed` runs it: gateway, appeals service and service-centre
 * service as three Node processes with their own PostgreSQL databases and a real Kafka broker between
 * them. A request filed at a kiosk through the gateway is decided in the appeals service and counted by
 * the service-centre service's consumer; the organisation units the appeals service routes by came from
 * the gateway's identity events.
 */
describe.skipIf(brokers === null || databaseUrl === null)(
  'distributed mode (gateway + services + Kafka)',
  () => {
    let platform: DistributedTestPlatform;
    const kiosk = () => new HttpClient(`${platform.gatewayUrl}/api`);
    const login = async (username: string): Promise<HttpClient> => {
      const client = kiosk();
      await expectStatus(
        `${username} login`,
        client.post('/auth/login', { username, password: 'Demo!2026' }),
        200,
      );
      return client;
    };
    /** The pairing the visit test makes (distributed mode seeds no demo officials). */
    let pairingId = '';

    /**
     * A problem raised at a visit crosses Kafka to appeals (liaison's relay, appeals' consumer and intake) as a
     * request at the official's unit; its answer crosses back (appeals' relay, liaison's consumer) to the visit.
     */
    const raiseAndAnswerVisitProblem = async (title: string, answerText: string): Promise<void> => {
      const official = await login('official.zhou');
      const handler = await login('handler.li');
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      const visit = await expectStatus<{ visitId: string; problems: { problemId: string }[] }>(
        'log a visit',
        official.post('/liaison/visits', {
          pairingId,
          date: today,
          form: 'on-site',
          participants: ['周建国'],
          learned: '二期厂房即将竣工',
          problems: [{ title, description: '二期厂房竣工在即，希望尽早安排。' }],
          contact: { name: '张敏', phone: '13805740001' },
          conduct: { meal: 'none', alcohol: false, transport: 'public', costsBorneBy: 'official-unit' },
        }),
        201,
      );
      const requestId = visit.problems[0]?.problemId ?? '';
      // liaison → Kafka → appeals' consumer and intake → a request at the official's unit, under the problem's id.
      const request = await eventually(async () => {
        const answer = await handler.get<{ channel: string; contact: { name: string } }>(
          `/appeals/requests/${requestId}`,
        );
        return answer.status === 200 ? answer.body : undefined;
      }, 60_000);
      expect(request.channel).toBe('liaison-visit');
      // The contact crossed Kafka sealed (visit-problem.raised.v2); the appeals service opened it.
      expect(request.contact.name).toBe('张敏');
      await expectStatus('accept', handler.post(`/appeals/requests/${requestId}/accept`), 200);
      await expectStatus(
        'resolve',
        handler.post(`/appeals/requests/${requestId}/resolve`, { answer: answerText }),
        200,
      );
      // appeals → Kafka → liaison's consumer: the visit shows the problem answered.
      const answered = await eventually(async () => {
        const answer = await official.get<{
          problems: { state: string; answer: { kind: string; text: string | null } | null }[];
        }>(`/liaison/visits/${visit.visitId}`);
        return answer.body.problems?.[0]?.state === 'resolved' ? answer.body : undefined;
      }, 60_000);
      // With its words: a visit's answers are a public record (appeals' answerText).
      expect(answered.problems[0]?.answer).toMatchObject({ kind: 'resolved', text: answerText });
    };

    beforeAll(async () => {
      platform = await startDistributedTestPlatform({
        brokers: brokers ?? '',
        databaseUrl: databaseUrl ?? '',
        // Two liaison processes behind the gateway: every liaison flow below runs on replicas.
        replicas: { 'liaison-service': 2 },
      });
    }, 240_000);
    afterAll(async () => {
      await platform?.stop();
    });

    it('starts without an error line: the passing states of Kafka at a start are not errors', () => {
      for (const name of platform.services.keys()) expect(platform.errorLines(name), name).toEqual([]);
    });

    // A published policy's SMS notices wait liaison's 30 s hold (NOTICE_HOLD_MS) before they go: published here,
    // first, and checked before the kill tests, so the hold passes while the tests between run.
    let published: { readonly policyId: string; readonly staff: HttpClient } | null = null;

    it('publishes a policy for Haishu’s enterprises at the service centre', async () => {
      const staff = kiosk();
      await expectStatus(
        'staff login',
        staff.post('/auth/login', { username: 'staff.wang', password: 'Demo!2026' }),
        200,
      );
      const { policyId } = await expectStatus<{ policyId: string }>(
        'draft a policy for Haishu’s enterprises',
        staff.post('/service-centre/policies', {
          title: '海曙区企业服务直通车（分布式）',
          issuingBody: '宁波市海曙区人民政府办公室',
          documentNumber: '海政办发〔2026〕21号',
          effectiveOn: '2026-01-01',
          expiresOn: null,
          summary: '为海曙区企业提供惠企政策直达服务。',
          fullText: '一、服务对象：海曙区内各类企业。',
          benefits: ['惠企政策免申即享'],
          criteria: { industries: [], sizes: [], areas: ['330203'], tags: [] },
        }),
        201,
      );
      await expectStatus('publish', staff.post(`/service-centre/policies/${policyId}/publish`), 200);
      published = { policyId, staff };
    });

    it('files at the kiosk, routes with units replicated from identity, and counts at the service centre', async () => {
      const supervisor = kiosk();
      await expectStatus(
        'supervisor login',
        supervisor.post('/auth/login', { username: 'supervisor.chen', password: 'Demo!2026' }),
        200,
      );
      // The service-centre service has folded the appeals demo history, which crossed Kafka to reach it.
      const before = await eventually(async () => {
        const answer = await supervisor.get<RequestStats>('/service-centre/request-stats');
        return answer.status === 200 && answer.body.totals.requests > 0 ? answer.body : undefined;
      }, 60_000);

      const device = kiosk();
      await expectStatus(
        'kiosk device session',
        device.post('/kiosk/device-session', { credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026' }),
        200,
      );
      await expectStatus('walk-in session', device.post('/kiosk/sessions'), 201);
      const filed = await expectStatus<{ requestId: string; receiptCode: string }>(
        'file a request',
        device.post('/appeals/requests', {
          enterprise: { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' },
          contact: { name: '周建国', phone: '13805741234' },
          category: 'approval-permits',
          title: '分布式模式下的消防验收咨询',
          description: '新建二期厂房即将竣工，想了解消防验收的申请材料和办理时限。',
        }),
        201,
      );

      // The hand-off checks that the department exists: the appeals service knows it only from identity's
      // public events, relayed by the gateway over Kafka into the appeals service's own table.
      const staff = kiosk();
      await expectStatus(
        'staff login',
        staff.post('/auth/login', { username: 'staff.wang', password: 'Demo!2026' }),
        200,
      );
      await expectStatus(
        'hand-off',
        staff.post(`/appeals/requests/${filed.requestId}/hand-off`, {
          toDepartmentId: 'dept-market-regulation',
          note: '请市场监管局答复消防验收事项',
        }),
        200,
      );
      const detail = await expectStatus<{ pendingDepartment?: { name?: { zh: string } } }>(
        'request detail',
        staff.get(`/appeals/requests/${filed.requestId}`),
        200,
      );
      expect(JSON.stringify(detail)).toContain('市场监管局');

      const after = await eventually(async () => {
        const answer = await supervisor.get<RequestStats>('/service-centre/request-stats');
        return answer.body.totals.requests === before.totals.requests + 1 &&
          requestsAt(answer.body, 'dept-market-regulation', 'departments') ===
            requestsAt(before, 'dept-market-regulation', 'departments') + 1
          ? answer.body
          : undefined;
      }, 30_000);
      expect(requestsAt(after, 'centre-haishu', 'centres')).toBe(
        requestsAt(before, 'centre-haishu', 'centres') + 1,
      );

      // On the wire: the request's submission is a valid structured-mode CloudEvent on the appeals topic.
      const kafka = new Kafka({
        brokers: brokerList(brokers ?? ''),
        clientId: 'e2e-reader',
        logLevel: logLevel.NOTHING,
      });
      const consumer = kafka.consumer({ groupId: `e2e-reader-${Date.now()}` });
      await consumer.connect();
      await consumer.subscribe({ topic: APPEALS_TOPIC, fromBeginning: true });
      let submitted: SdkCloudEvent<Record<string, unknown>> | null = null;
      await consumer.run({
        eachMessage: async ({ message }) => {
          if (message.key?.toString() !== filed.requestId) return;
          const headers = Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
          );
          const event = CloudEventsKafka.toEvent({
            key: message.key.toString(),
            value: message.value?.toString() ?? '',
            headers,
            body: message.value?.toString() ?? '',
          } as CloudEventsKafkaMessage<string>) as SdkCloudEvent<Record<string, unknown>>;
          if (event.type === 'cn.qinqing.appeals.request.submitted.v1') submitted = event;
        },
      });
      try {
        const event = await eventually(async () => submitted ?? undefined, 30_000);
        expect(event.validate()).toBe(true);
        expect(event.source).toBe('/qinqing/appeals');
        expect(event.subject).toBe(filed.requestId);
        expect(event.data).toMatchObject({ requestId: filed.requestId, receivingUnitId: 'centre-haishu' });
        // Personal data stays in the appeals service: the contact's phone is not in the public event.
        expect(JSON.stringify(event.toJSON())).not.toContain('13805741234');
      } finally {
        await consumer.disconnect();
      }
    });

    it('a visit problem crosses Kafka to appeals as a request, and its answer comes back to the visit', async () => {
      const admin = await login('admin');
      // The liaison service knows the unit only from identity's events (its own replica): retry until it does.
      await eventually(async () => {
        const answer = await admin.post('/liaison/officials', {
          accountId: '01960000-0000-7000-8000-000000000101',
          name: '周建国',
          unitId: 'dept-market-regulation',
          superiorAccountId: '01960000-0000-7000-8000-000000000004',
        });
        return answer.status === 201 ? true : undefined;
      }, 60_000);
      const pairing = await expectStatus<{ pairingId: string }>(
        'pair',
        admin.post('/liaison/pairings', {
          officialId: '01960000-0000-7000-8000-000000000101',
          enterprise: { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' },
          category: 'key-backbone',
          startDate: '2026-01-05',
        }),
        201,
      );
      pairingId = pairing.pairingId;
      await raiseAndAnswerVisitProblem('消防验收排期', '已安排下周消防验收');
    }, 240_000);

    it('a holiday notice an administrator loads through the gateway reaches the liaison service’s calendar over Kafka', async () => {
      const admin = kiosk();
      await expectStatus(
        'admin login',
        admin.post('/auth/login', { username: 'admin', password: 'Demo!2026' }),
        200,
      );
      // /api/calendar goes to the appeals service, the calendar's owner, which publishes what it records.
      await expectStatus(
        'load the 2027 test notice',
        admin.post('/calendar/schedules', TEST_HOLIDAY_NOTICE_2027),
        201,
      );
      // The liaison service's own calendar (the one its filings count report deadlines with), asked directly.
      const liaison = new HttpClient(`${platform.serviceUrls.get('liaison-service') ?? ''}/api`);
      const schedules = await eventually(async () => {
        const answer = await liaison.get<{
          years?: { year: number; source: { documentNumber: string } | null }[];
        }>('/calendar/schedules');
        return answer.body.years?.some((loaded) => loaded.year === 2027) === true ? answer.body : undefined;
      }, 60_000);
      expect(schedules.years?.find((loaded) => loaded.year === 2027)?.source?.documentNumber).toBe(
        TEST_HOLIDAY_NOTICE_2027.source.documentNumber,
      );
    });

    it('identifies a walk-in across processes: liaison sends and checks the code, the gateway believes a proof signed with the shared secret', async () => {
      const device = kiosk();
      await expectStatus(
        'kiosk device session',
        device.post('/kiosk/device-session', { credential: 'kiosk-yinzhou-01.demo-kiosk-yinzhou-2026' }),
        200,
      );
      await expectStatus('walk-in session', device.post('/kiosk/sessions'), 201);
      const creditCode = '91330203MA2H5K7P7A';
      const asked = await expectStatus<{ sentTo: string }>(
        'ask a code (liaison service)',
        device.post('/enterprises/identification-codes', { creditCode }),
        200,
      );
      expect(asked.sentTo).toBe('138****1234');
      const wrong = await device.post('/enterprises/identification-codes/verify', {
        creditCode,
        code: 'abcdef',
      });
      expect(wrong).toMatchObject({ status: 400, body: { error: 'invalid-code', field: 'code' } });
      // The code itself went to the liaison service's log (no SMS gateway here); a proof signed with the secret the
      // services share with the gateway stands for the liaison service's, and the gateway believes only such a one.
      const me = await expectStatus<{ actor: { sessionId: string; deviceId: string } }>(
        'who is the walk-in',
        device.get('/auth/me'),
        200,
      );
      const claims = { creditCode, contactPhone: '13805741234', ...me.actor };
      const forged = new WalkInProofSigner('x'.repeat(32), systemClock).sign(claims);
      const refused = await device.post('/kiosk/sessions/identify', { proof: forged });
      expect(refused).toMatchObject({ status: 400, body: { error: 'invalid-proof' } });
      const proof = new WalkInProofSigner(platform.identityTokenSecret, systemClock).sign(claims);
      await expectStatus('identify', device.post('/kiosk/sessions/identify', { proof }), 200);
      const mine = await expectStatus<{ officials: { name: string }[] }>(
        'my liaison (liaison service)',
        device.get('/liaison/my-liaison'),
        200,
      );
      // The pairing the visit test made (distributed mode seeds no demo officials).
      expect(mine.officials.map((official) => official.name)).toEqual(['周建国']);
    });

    it('put each public event of this first start on the wire exactly once, as the event catalogue describes it', async () => {
      // What this run's relays had to publish (the topics also hold earlier runs' events on a shared broker).
      const expected = new Map<string, Set<string>>([
        [
          APPEALS_TOPIC,
          await publicEventIds(platform.databaseUrls.get('appeals-service') ?? '', [
            appealsIntegrationMapper,
            appealsOversightMapper,
          ]),
        ],
        [
          IDENTITY_TOPIC,
          await publicEventIds(platform.databaseUrls.get('gateway') ?? '', [identityIntegrationMapper]),
        ],
      ]);
      const wanted = new Map(
        [...expected].flatMap(([topic, ids]) => [...ids].map((id) => [id, topic] as const)),
      );
      expect(expected.get(APPEALS_TOPIC)?.size).toBeGreaterThan(20);
      expect(expected.get(IDENTITY_TOPIC)?.size).toBeGreaterThan(5);

      const validator = new CatalogueValidator(JSON.parse(readFileSync('docs/asyncapi.json', 'utf8')));
      const copies = new Map<string, number>();
      const problems: string[] = [];
      const kafka = new Kafka({
        brokers: brokerList(brokers ?? ''),
        clientId: 'e2e-wire',
        logLevel: logLevel.NOTHING,
      });
      const consumer = kafka.consumer({ groupId: `e2e-wire-${randomUUID()}` });
      await consumer.connect();
      await consumer.subscribe({ topics: [APPEALS_TOPIC, IDENTITY_TOPIC], fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ topic, message }) => {
          const value = message.value?.toString('utf8') ?? null;
          const id = (JSON.parse(value ?? '{}') as { id?: string }).id ?? '';
          if (wanted.get(id) !== topic) return; // another run's event
          copies.set(id, (copies.get(id) ?? 0) + 1);
          const { problems: found } = validator.validate({
            topic,
            key: message.key?.toString() ?? null,
            headers: headersAsText(message.headers),
            value,
          });
          if (found.length > 0) problems.push(`${value?.slice(0, 120)}: ${found.join('; ')}`);
        },
      });
      try {
        await eventually(
          async () => (copies.size >= wanted.size ? true : undefined),
          60_000,
          () => `all ${wanted.size} public events on the topics (${copies.size} so far)`,
        );
        await new Promise((resolve) => setTimeout(resolve, 2_000)); // a second copy would show up by now
      } finally {
        await consumer.disconnect();
      }
      const twice = [...copies].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
      expect(twice, 'CloudEvent ids of this run on the topics more than once').toEqual([]);
      expect(problems.slice(0, 5), `${problems.length} messages differ from docs/asyncapi.json`).toEqual([]);
    });

    it('services believe only a verified identity token; the gateway drops one a caller sends', async () => {
      const path = '/api/service-centre/request-stats';
      const supervisorActor: Actor = {
        kind: 'staff',
        id: 'supervisor-chen',
        role: 'supervisor',
        displayName: '陈督查',
      };
      const signedBy = (secret: string) =>
        new IdentityTokenSigner({ secret, ttlSeconds: 30 }, systemClock).sign(supervisorActor);
      const valid = signedBy(platform.identityTokenSecret);
      const call = (base: string, token?: string) =>
        fetch(`${base}${path}`, { headers: token === undefined ? {} : { [IDENTITY_TOKEN_HEADER]: token } });

      const serviceCentreUrl = platform.serviceUrls.get('service-centre-service') ?? '';
      // Straight to the service: a token signed with the shared key works…
      const accepted = await call(serviceCentreUrl, valid);
      expect(accepted.status, await accepted.clone().text()).toBe(200);
      // …no token, an unsigned claim, or another key's signature is no identity.
      expect((await call(serviceCentreUrl)).status).toBe(401);
      const [payload] = valid.split('.');
      expect((await call(serviceCentreUrl, `${payload}.${'A'.repeat(43)}`)).status).toBe(401);
      expect((await call(serviceCentreUrl, signedBy('another-key-that-is-long-enough-32b!'))).status).toBe(
        401,
      );
      // Through the gateway, a caller's own identity header is removed before forwarding: no session, no actor.
      expect((await call(platform.gatewayUrl, valid)).status).toBe(401);
    });

    it('a service limits each caller by the address the gateway vouches for, not by the gateway’s own', async () => {
      // Both callers reach the appeals service through the same gateway socket; only the signed token tells
      // them apart. Unknown receipt codes, a new one each time, so no receipt lock gets in the way.
      const trackFrom = (localAddress: string, n: number) =>
        new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
          const body = JSON.stringify({
            receiptCode: `ABCDEFGHJK${'MNPQRSTUVWXYZ'[n % 13]}${'23456789'[n % 8]}`,
            phoneLast4: '0000',
          });
          const outgoing = httpRequest(
            `${platform.gatewayUrl}/api/appeals/track`,
            { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
            (answer) => {
              answer.resume();
              answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers }));
            },
          );
          outgoing.on('error', reject);
          outgoing.end(body);
        });
      const statuses: number[] = [];
      for (let n = 0; n < 25 && statuses.at(-1) !== 429; n++)
        statuses.push((await trackFrom('127.0.0.4', n)).status);
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.filter((status) => status === 404)).toHaveLength(20);
      const elsewhere = await trackFrom('127.0.0.5', 0);
      expect(elsewhere.status).toBe(404);
      // The service's hardening headers come through the gateway.
      expect(elsewhere.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(elsewhere.headers['cache-control']).toBe('no-store');
    });

    it.skipIf(inject('chromiumPath') === null)(
      'serves the console through the gateway: dashboard figures from both services, accessible',
      async () => {
        const browser = await launchChromium();
        try {
          const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
          await page.goto(`${platform.gatewayUrl}/console/`);
          await page.fill('#username', 'supervisor.chen');
          await page.fill('#password', 'Demo!2026');
          await page.click('button[type=submit]');
          await page.waitForSelector('nav[aria-label="主导航"]');
          await page.goto(`${platform.gatewayUrl}/console/#/dashboard`);
          // Rates come from the appeals service, request statistics from the service-centre service, unit
          // names from the gateway's identity: three processes behind one page.
          await page.waitForSelector('table.rates');
          await page.waitForSelector('#request-stats-centres');
          const haishu = page.locator('#request-stats-centres tbody tr', { hasText: '海曙区亲清家园' });
          await expect.poll(() => haishu.count()).toBe(1);
          expect(Number((await haishu.locator('td').first().innerText()).trim())).toBeGreaterThan(0);
          expect(await page.locator('table.rates').innerText()).toContain('市场监管局');
          expect(await seriousAccessibilityFindings(page)).toEqual([]);
        } finally {
          await browser.close();
        }
      },
    );

    it('the published policy’s SMS notices crossed Kafka: the service centre listed whom to tell, liaison texted them', async () => {
      if (published === null) throw new Error('the policy was not published (see the test above)');
      const { policyId, staff } = published;
      // Service centre: matched, listed by its notices pass → Kafka → liaison's consumer, its sender (after the
      // 30 s hold: NOTICE_HOLD_MS), its counts.
      const totals = await eventually(async () => {
        const answer = await staff.get<PolicyNoticeTotalsView>(`/liaison/policy-notices/${policyId}`);
        return answer.status === 200 && answer.body.sent > 0 && answer.body.pending === 0
          ? answer.body
          : undefined;
      }, 90_000);
      expect(totals).toMatchObject({ failed: 0, noContactPhone: 1, withheld: 0 });
    }, 150_000);

    it('survives kill -9 of a service: 502 in both languages meanwhile, the others and the broker keep serving, the supervisor brings it back', async () => {
      const serviceCentre = platform.services.get('service-centre-service');
      if (serviceCentre === undefined) throw new Error('no service-centre process');
      const killed = serviceCentre.current;
      killed.child.kill('SIGKILL');
      await killed.exited;
      const answer = await fetch(`${platform.gatewayUrl}/api/service-centre/request-stats`);
      expect(answer.status).toBe(502);
      expect(await answer.json()).toMatchObject({
        error: 'service-unavailable',
        message: {
          zh: expect.stringContaining('服务') as unknown,
          en: expect.stringContaining('service') as unknown,
        },
      });
      const ready = await fetch(`${platform.gatewayUrl}/readyz`);
      expect(ready.status).toBe(503);
      const login = await fetch(`${platform.gatewayUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'staff.wang', password: 'Demo!2026' }),
      });
      expect(login.status).toBe(200);

      // The other processes and the broker are untouched: the appeals service answers through the gateway…
      const supervisor = kiosk();
      await expectStatus(
        'supervisor login',
        supervisor.post('/auth/login', { username: 'supervisor.chen', password: 'Demo!2026' }),
        200,
      );
      await expectStatus(
        'appeals rates',
        supervisor.get('/appeals/rates?from=2026-01-01&to=2026-12-31'),
        200,
      );
      for (const name of ['gateway', 'appeals-service']) {
        expect(platform.services.get(name)?.current.child.exitCode, name).toBeNull();
        expect(platform.services.get(name)?.restarts, name).toBe(0);
      }
      const probe = new KafkaBrokerProbe({ brokers: brokers ?? '' });
      expect(await probe.check()).toMatchObject({ ok: true });
      await probe.stop();

      // …and the killed service is started again, with its consumer, and serves again.
      await eventually(
        async () => ((await fetch(`${platform.gatewayUrl}/readyz`)).ok ? true : undefined),
        90_000,
        () =>
          `the gateway ready again (${JSON.stringify(platform.supervision)})\n${platform.output('service-centre-service')}`,
      );
      await expectStatus('request stats again', supervisor.get('/service-centre/request-stats'), 200);
      expect(serviceCentre.restarts).toBe(1);
      expect(serviceCentre.current).not.toBe(killed);
      expect(platform.supervision).toEqual([
        {
          kind: 'exited',
          name: 'service-centre-service',
          code: 'SIGKILL',
          restartInMs: expect.any(Number) as unknown,
        },
        { kind: 'restarted', name: 'service-centre-service', restarts: 1 },
      ]);
    });

    it('runs one of the two liaison replicas as leader; after kill -9 of it the other leads within 10 s, the gateway keeps answering, and liaison publishes and follows again', async () => {
      const replicas = ['liaison-service', 'liaison-service-2'];
      /** What a replica's /readyz says of its leases, e.g. "followers: leader (…), schedulers: leader (…)". */
      const leases = async (name: string): Promise<string> => {
        try {
          const answer = await fetch(`${platform.serviceUrls.get(name) ?? ''}/readyz`, {
            signal: AbortSignal.timeout(2_000),
          });
          const body = (await answer.json()) as { checks: Record<string, { detail?: string }> };
          return answer.ok
            ? (body.checks['leases']?.detail ?? '')
            : `not ready: ${JSON.stringify(body.checks)}`;
        } catch (error) {
          return `unreachable: ${String(error)}`;
        }
      };
      const said = await Promise.all(replicas.map(leases));
      expect(said.filter((detail) => detail.includes('followers: leader'))).toHaveLength(1);
      expect(said.filter((detail) => detail.includes('followers: standby'))).toHaveLength(1);
      const leaderName = replicas[said.findIndex((detail) => detail.includes('followers: leader'))] ?? '';
      const survivor = replicas.find((name) => name !== leaderName) ?? '';
      const leader = platform.services.get(leaderName)?.current;
      if (leader === undefined) throw new Error(`no process ${leaderName}`);

      leader.child.kill('SIGKILL');
      const killedAt = Date.now();
      await leader.exited;
      // The gateway sends liaison's requests to the replica left, even on connections it kept to the dead one.
      const reads: number[] = [];
      for (let i = 0; i < 10; i++) {
        const answer = await fetch(
          `${platform.gatewayUrl}/api/enterprises/size-class?industry=C3511&employees=${1_000 + i}&revenue=40000`,
        );
        reads.push(answer.status);
      }
      expect(reads).toEqual(Array(10).fill(200));
      await eventually(
        async () => ((await leases(survivor)).includes('followers: leader') ? true : undefined),
        10_000,
        async () => `${survivor} leading (${await leases(survivor)})\n${platform.output(survivor)}`,
        250,
      );
      expect(Date.now() - killedAt).toBeLessThan(10_000);
      expect(await leases(survivor)).toContain('schedulers: leader');

      // The new leader's relay publishes and its projections and consumers follow: the round trip works again.
      await raiseAndAnswerVisitProblem('厂区道路照明', '已协调路灯安装');
      // The killed replica comes back (its supervisor restarts it) and stands by.
      await eventually(
        async () => ((await leases(leaderName)).includes('followers: standby') ? true : undefined),
        90_000,
        async () =>
          `${leaderName} back as standby (${await leases(leaderName)})\n${platform.output(leaderName)}`,
      );
    }, 240_000);
  },
);
