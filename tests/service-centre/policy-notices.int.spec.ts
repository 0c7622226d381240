import { RestrictionIntake } from '@qinqing/credit/service';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PolicyNoticeTotalsView } from '@qinqing/liaison/contracts';
import {
  DEMO_DIRECTORY,
  NOTICE_HOLD_MS,
  OutboundMessages,
  type OutboundTextMessage,
  PolicyNoticeSender,
  PolicyNoticesConsumer,
} from '@qinqing/liaison/service';
import { DEMO_RESTRICTED_ENTERPRISE } from '@qinqing/party-building/service';
import {
  type CallListPage,
  PolicyNoticesDueV1,
  SERVICE_CENTRE_TOPIC,
} from '@qinqing/service-centre/contracts';
import { policyNoticesDecider, policyNoticesStreamId } from '@qinqing/service-centre/domain';
import { PolicyNoticesPass } from '@qinqing/service-centre/service';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import {
  type CommandHandler,
  type EventStore,
  ManualClock,
  mapToIntegrationEvents,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import {
  COMMAND_HANDLER,
  ContextRegistry,
  EVENT_STORE,
  EventSourcingHost,
  IntegrationEventContext,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { expectStatus, type HttpClient } from '../console/http-client';
import { logIn, walkIn } from '../credit/credit-test-actors';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const databaseUrl = inject('databaseUrl');

/** The app's storage, kept across a restart: a data directory for PGlite, a database for PostgreSQL. */
interface Backend {
  readonly name: string;
  open(): Promise<{ readonly env: Record<string, string>; drop(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'PGlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'policy-notices-'));
      return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  ...(databaseUrl === null
    ? []
    : [
        {
          name: 'PostgreSQL',
          open: async () => {
            const database = await createTestDatabase(databaseUrl);
            return { env: { EVENT_STORE: 'postgres', DATABASE_URL: database.url }, drop: database.drop };
          },
        },
      ]),
];

const PATH = '/api/service-centre/policies';
/** At most 20 characters, so the text carries it whole. */
const TITLE = '宁波市企业服务直通车（测试）';
/** A policy for every enterprise of Ningbo. */
const DRAFT = {
  title: TITLE,
  issuingBody: '宁波市人民政府办公厅',
  documentNumber: '甬政办发〔2026〕99号',
  effectiveOn: '2026-01-01',
  expiresOn: null,
  summary: '为全市企业提供惠企政策直达服务。',
  fullText: '一、服务对象：宁波市内各类企业。',
  benefits: ['惠企政策免申即享'],
  criteria: { industries: [], sizes: [], areas: ['330200'], tags: [] },
};
const LATE_TITLE = '宁波市企业服务直通车（二期）';
const phoneOf = new Map(DEMO_DIRECTORY.map((e) => [e.creditCode, e.details.contactPhone ?? null]));

const creditCode = (organisation8: string): string => {
  const first17 = `91330203${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

/**
 * 精准推送's SMS notice end to end in the one-process app, on PGlite and on PostgreSQL: staff publish a policy for
 * every enterprise of Ningbo; the service centre lists the offered ones (credit codes only) and liaison texts each
 * at the directory's mobile — once, none excluded under a credit restriction, one without a mobile counted — an
 * enterprise registered later is texted on arrival, and neither a redelivery past the inbox, a second listing nor
 * a restart texts anyone twice. The timers run too; the test also runs each step itself so as not to wait.
 */
describe.each(backends)('policy notices by SMS in the one-process app on $name', (backend) => {
  let server: EmbeddedTestServer;
  let storage: { readonly env: Record<string, string>; drop(): Promise<void> };
  let staff: HttpClient;
  let policyId = '';
  const clock = new ManualClock(new Date('2026-12-03T02:00:00.000Z'));
  const texts: OutboundTextMessage[] = [];
  const notices = () =>
    texts.filter((m) => m.template === 'policy-push-notice' && m.params['title'] === TITLE);

  const start = async () => {
    server = await startEmbeddedTestServer({ env: storage.env, clock });
    vi.spyOn(server.app.get(OutboundMessages), 'send').mockImplementation((message) => {
      texts.push(message);
      return Promise.resolve();
    });
    staff = await logIn(server.baseUrl, 'staff.wang');
  };
  /**
   * What the timers do, now: project and deliver, impose credit's restrictions, list the offered enterprises,
   * deliver the lists, hold them, text.
   */
  const flush = async () => {
    const host = server.app.get(EventSourcingHost);
    await host.settle();
    // Credit turns the demo record into its restriction on policy benefits in a pass of its own.
    await server.app.get(RestrictionIntake).applyPending();
    await host.settle();
    await server.app.get(PolicyNoticesPass).run();
    await host.settle();
    clock.advanceMs(NOTICE_HOLD_MS);
    await server.app.get(PolicyNoticeSender).run();
  };
  const callList = async (excluded: boolean): Promise<string[]> => {
    const codes: string[] = [];
    for (let after = ''; ;) {
      const page = await expectStatus<CallListPage>(
        'call list',
        staff.get(
          `${PATH}/${policyId}/call-list?excluded=${excluded}&limit=100${after ? `&after=${after}` : ''}`,
        ),
        200,
      );
      codes.push(...page.items.map((m) => m.creditCode));
      if (page.next === null) return codes;
      after = page.next;
    }
  };
  const totals = () =>
    expectStatus<PolicyNoticeTotalsView>('totals', staff.get(`/api/liaison/policy-notices/${policyId}`), 200);

  beforeAll(async () => {
    storage = await backend.open();
    await start();
    await flush();
  });
  afterAll(async () => {
    await server?.close();
    await storage?.drop();
  });

  it('texts each enterprise offered the policy once at its mobile, none excluded, counting one without', async () => {
    ({ policyId } = await expectStatus<{ policyId: string }>('draft', staff.post(PATH, DRAFT), 201));
    await expectStatus('publish', staff.post(`${PATH}/${policyId}/publish`), 200);
    await flush();

    const offered = await callList(false);
    const excluded = await callList(true);
    expect(excluded).toContain(DEMO_RESTRICTED_ENTERPRISE.creditCode);
    const reachable = offered.map((code) => phoneOf.get(code) ?? null).filter((p) => p !== null);
    const withoutMobile = offered.length - reachable.length;
    expect(withoutMobile).toBeGreaterThan(0);
    expect(
      notices()
        .map((m) => m.to)
        .sort(),
    ).toEqual([...reachable].sort());
    expect(notices()[0]?.params).toEqual({ title: TITLE, documentNumber: '甬政办发〔2026〕99号' });
    for (const code of excluded) expect(notices().map((m) => m.to)).not.toContain(phoneOf.get(code));
    expect(await totals()).toEqual({
      policyId,
      pending: 0,
      sent: reachable.length,
      noContactPhone: withoutMobile,
      withheld: 0,
      failed: 0,
      updatedAt: expect.any(String),
    });
  });

  it('texts no enterprise restricted from policy benefits by the time its text goes, listed before or not', async () => {
    // The demo's bribery record: 甬城建设 is told of no demo policy, whichever reached the service centre first.
    const yongcheng = phoneOf.get(DEMO_RESTRICTED_ENTERPRISE.creditCode);
    expect(yongcheng).toEqual(expect.any(String));
    expect(texts.filter((m) => m.to === yongcheng)).toEqual([]);

    // A policy listed for an enterprise whose restriction is decided before its text goes, and reaches liaison
    // after the listing: it is withheld, not texted.
    const late = DEMO_DIRECTORY.find((e) => e.details.name === '宁波望春物业服务有限公司');
    const mobile = late?.details.contactPhone;
    if (late === undefined || typeof mobile !== 'string') throw new Error('no demo enterprise to restrict');
    const second = await expectStatus<{ policyId: string }>(
      'draft',
      staff.post(PATH, { ...DRAFT, title: LATE_TITLE, documentNumber: '甬政办发〔2026〕100号' }),
      201,
    );
    await expectStatus('publish', staff.post(`${PATH}/${second.policyId}/publish`), 200);
    const host = server.app.get(EventSourcingHost);
    await host.settle();
    await server.app.get(PolicyNoticesPass).run();
    await host.settle();
    await server.app.get(PolicyNoticeSender).run();
    const officer = await logIn(server.baseUrl, 'credit.zhao');
    await expectStatus(
      'record bribery',
      officer.post('/api/credit/records', {
        documentNumber: '甬海检刑诉〔2026〕31号',
        kind: 'bribery',
        severity: 'general',
        issuingAuthority: '宁波市海曙区人民法院',
        decidedOn: '2026-11-20',
        legalBasis: '《中华人民共和国刑法》第三百九十三条',
        evidenceReference: '判决书 (2026)浙0203刑初31号',
        creditCode: late.creditCode,
        enterpriseName: late.details.name,
      }),
      201,
    );
    await flush();
    const told = texts.filter((m) => m.params['title'] === LATE_TITLE).map((m) => m.to);
    expect(told.length).toBeGreaterThan(0);
    expect(told).not.toContain(mobile);
    const figures = await expectStatus<PolicyNoticeTotalsView>(
      'totals',
      staff.get(`/api/liaison/policy-notices/${second.policyId}`),
      200,
    );
    expect(figures).toMatchObject({ pending: 0, sent: told.length, withheld: 1, failed: 0 });
  });

  it('shows the totals to those who follow the push up, and to nobody else', async () => {
    const supervisor = await logIn(server.baseUrl, 'supervisor.chen');
    expect((await supervisor.get(`/api/liaison/policy-notices/${policyId}`)).status).toBe(200);
    const handler = await logIn(server.baseUrl, 'handler.li');
    expect((await handler.get(`/api/liaison/policy-notices/${policyId}`)).status).toBe(403);
    const visitor = await walkIn(server.baseUrl);
    expect((await visitor.get(`/api/liaison/policy-notices/${policyId}`)).status).toBe(403);
    const bad = await staff.get('/api/liaison/policy-notices/not%20an%20id');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'policyId' });
  });

  it('texts an enterprise registered later once, when it arrives', async () => {
    const admin = await logIn(server.baseUrl, 'admin');
    const mobile = '13900571234';
    await expectStatus(
      'register',
      admin.post('/api/enterprises', {
        creditCode: creditCode('MA2W9X1K'),
        name: '宁波海曙新到商务咨询有限公司',
        industry: 'L7243',
        employees: 5,
        contactPhone: mobile,
      }),
      201,
    );
    await flush();
    expect(notices().filter((m) => m.to === mobile)).toHaveLength(1);
    expect((await totals()).sent).toBe(notices().length);
  });

  it('texts nobody twice: the lists delivered again past the inbox, an enterprise listed again', async () => {
    const before = notices().length;
    const app = server.app;
    const listed = await app.get<EventStore>(EVENT_STORE).readStream(policyNoticesStreamId(policyId));
    const consumer = app.get(PolicyNoticesConsumer);
    for (const event of listed) {
      for (const outbound of mapToIntegrationEvents(app.get(ContextRegistry).mappers, event)) {
        await app.get<SqlDatabase>(SQL_DATABASE).transaction((transaction) =>
          consumer.due(
            parseCloudEvent(PolicyNoticesDueV1, outbound.cloudEvent),
            new IntegrationEventContext([
              {
                consumer: 'liaison.policy-notices',
                topic: SERVICE_CENTRE_TOPIC,
                partition: null,
                offset: '0',
                attempt: 2,
                transaction,
              },
            ]),
          ),
        );
      }
    }
    const [first] = await callList(false);
    await app.get<CommandHandler>(COMMAND_HANDLER).handle(
      policyNoticesDecider,
      policyNoticesStreamId(policyId),
      {
        type: 'ListArrivals',
        policy: { policyId, title: TITLE, documentNumber: '甬政办发〔2026〕99号' },
        creditCodes: [first ?? ''],
      },
      { correlationId: 'listed-again', actor: { id: 'policy-notices', role: 'system' } },
    );
    await flush();
    expect(notices()).toHaveLength(before);
  });

  it('texts nobody again after a restart', async () => {
    const before = notices().length;
    const figures = await totals();
    await server.close();
    clock.advanceMs(15 * 60_000);
    await start();
    await flush();
    expect(notices()).toHaveLength(before);
    expect(await totals()).toEqual({ ...figures, updatedAt: expect.any(String) });
  });
});
