import { SingleProcessLeases } from '@qinqing/shared/event-sourcing';
import { Leadership } from '@qinqing/shared/nest-platform';
import { keepImposed, setupRestrictionsReplica } from '@qinqing/credit/replica';
import {
  type DirectoryEntry,
  type PolicyDetails,
  policyDecider,
  type PolicyNoticesDue,
  policyNoticesStreamId,
  policyStreamId,
} from '@qinqing/service-centre/domain';
import {
  CommandHandler,
  ManualClock,
  SequentialIdGenerator,
  type SqlDatabase,
} from '@qinqing/shared/event-sourcing';
import {
  createPostgresEventStoreStack,
  openPostgresDatabase,
  type PostgresEventStoreStack,
} from '@qinqing/shared/event-store-postgres';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keepRegistered, matchArrival } from '../../../test-setup/one-arrival';
import { DIRECTORY_REPLICA_DDL } from '../directory/directory-replica.table';
import { RESTRICTIONS_TABLE } from '../matching/policy-matching.sql';
import { POLICIES_DDL, policiesProjection } from '../projection/policies.projection';
import { queueArrivals } from './policy-notice-queue.table';
import { PolicyNoticesPass } from './policy-notices.pass';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const databaseUrl = inject('databaseUrl');

interface Backend {
  readonly name: string;
  open(): Promise<{ readonly db: SqlDatabase; drop(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'PGlite',
    open: async () => ({
      db: await openTestPglite(),
      drop: async () => undefined,
    }),
  },
  ...(databaseUrl === null
    ? []
    : [
        {
          name: 'PostgreSQL',
          open: async () => {
            const database = await createTestDatabase(databaseUrl);
            return { db: await openPostgresDatabase(database.url), drop: database.drop };
          },
        },
      ]),
];

/** 1,234 enterprises in Haishu; every seventh is restricted from policy benefits. */
const ENTERPRISES = 1_234;
const code = (n: number) => `91330203MA${String(n).padStart(7, '0')}X`;
const restricted = (n: number) => n % 7 === 0;
const offered = Array.from({ length: ENTERPRISES }, (_, n) => n)
  .filter((n) => !restricted(n))
  .map(code);

const details = (title: string): PolicyDetails => ({
  title,
  issuingBody: '宁波市海曙区经济和信息化局',
  documentNumber: '海经信〔2026〕9号',
  effectiveOn: '2026-01-01',
  expiresOn: '2027-12-31',
  summary: '对海曙区制造企业的技改项目给予补助。',
  fullText: '一、支持对象……',
  benefits: ['技改投资8%补助'],
  criteria: { industries: ['C'], sizes: [], areas: ['330203'], tags: [] },
});

/**
 * The notices pass over a real event store and the real projection, on PGlite (the one-process app) and
 * PostgreSQL (a service): a publication is swept in pages of 500 offered enterprises — none excluded, none
 * twice, however often the pass runs or loses its note — and arrivals are listed once each.
 */
describe.each(backends)('the policy notices pass on $name', (backend) => {
  let stack: PostgresEventStoreStack;
  let db: SqlDatabase;
  let drop: () => Promise<void>;
  const clock = new ManualClock(new Date('2026-12-03T02:00:00.000Z'));
  let commands: CommandHandler;
  let pass: PolicyNoticesPass;

  /** Handles a policy command and applies its events to the policies projection, as the runner would. */
  const policyCommand = async (policyId: string, command: Parameters<typeof policyDecider.decide>[0]) => {
    const result = await commands.handle(policyDecider, policyStreamId(policyId), command, {
      correlationId: `test-${policyId}`,
      actor: { id: 'staff.wang', role: 'service-staff' },
    });
    for (const event of result.events) await db.transaction((tx) => policiesProjection.apply(event, tx));
  };
  const publish = async (policyId: string, title: string) => {
    await policyCommand(policyId, {
      type: 'DraftPolicy',
      policyId,
      details: details(title),
      by: 'staff.wang',
    });
    await policyCommand(policyId, { type: 'PublishPolicy', by: 'staff.wang' });
  };
  const notices = async (policyId: string) =>
    (await stack.store.readStream(policyNoticesStreamId(policyId))).map((e) => ({
      type: e.type,
      data: e.data as PolicyNoticesDue['data'],
      causationId: e.metadata.causationId,
    }));
  const listedCodes = async (policyId: string) =>
    (await notices(policyId)).flatMap((e) => (e.type === 'PolicyNoticesDue' ? e.data.creditCodes : []));
  const arrive = async (entry: DirectoryEntry, eventId: string) =>
    db.transaction(async (tx) => {
      await keepRegistered(tx, entry, clock.now().toISOString());
      const { newlyOffered } = await matchArrival(tx, entry, '2026-12-03', clock.now().toISOString());
      await queueArrivals(
        tx,
        [
          {
            creditCode: entry.creditCode,
            policyIds: newlyOffered,
            cause: { correlationId: eventId, causationId: eventId },
          },
        ],
        clock.now().toISOString(),
      );
    });

  beforeAll(async () => {
    ({ db, drop } = await backend.open());
    stack = await createPostgresEventStoreStack(db);
    commands = new CommandHandler({ store: stack.store, clock, ids: new SequentialIdGenerator() });
    pass = new PolicyNoticesPass(
      db,
      commands,
      new SequentialIdGenerator('arrivals-'),
      clock,
      new Leadership(new SingleProcessLeases(), 'test'),
    );
    for (const statement of [...DIRECTORY_REPLICA_DDL, ...POLICIES_DDL]) await db.query(statement);
    await setupRestrictionsReplica(db, RESTRICTIONS_TABLE);
    await db.query(
      `INSERT INTO service_centre_directory (credit_code, name, industry, size, area_code, tags, updated_at)
       SELECT '91330203MA' || lpad(n::text, 7, '0') || 'X', '宁波测试企业' || n, 'C3491', 'small', '330203', '{}', now()
       FROM generate_series(0, $1 - 1) AS n`,
      [ENTERPRISES],
    );
    for (let n = 0; n < ENTERPRISES; n += 7)
      await keepImposed(db, RESTRICTIONS_TABLE, {
        restrictionId: `r-${n}`,
        documentNumber: `甬市监罚〔2026〕${n}号`,
        creditCode: code(n),
        kind: 'administrative-penalty',
        severity: 'serious',
        purposes: ['policy-benefits'],
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
        issuingAuthority: '宁波市市场监督管理局',
        rule: 'serious-dishonesty-restrictions',
        ruleSource: { zh: '国办发〔2020〕49号', en: 'General Office 〔2020〕49' },
      });
  });
  afterAll(async () => {
    await stack?.close();
    await drop?.();
  });

  it('sweeps a publication in pages of at most 500 offered enterprises, the excluded left out, then ends', async () => {
    await publish('p-sweep', '海曙区制造企业技改补助（测试）');
    expect(await pass.run()).toEqual({ batches: 3, listed: offered.length });
    const events = await notices('p-sweep');
    expect(events.map((e) => [e.type, e.data.creditCodes?.length])).toEqual([
      ['PolicyNoticesDue', 500],
      ['PolicyNoticesDue', 500],
      ['PolicyNoticesDue', offered.length - 1_000],
      ['PolicyNoticeSweepEnded', undefined],
    ]);
    expect(await listedCodes('p-sweep')).toEqual(offered);
    // Caused by the publication: the policy stream's PolicyPublished.
    const published = (await stack.store.readStream(policyStreamId('p-sweep'))).at(-1);
    expect(events.every((e) => e.causationId === published?.eventId)).toBe(true);
  });

  it('lists nothing again when the pass runs again or lost its note of the sweep', async () => {
    expect(await pass.run()).toEqual({ batches: 0, listed: 0 });
    await db.query(
      `UPDATE service_centre_policy_notice_sweeps SET after_code = '', ended_at = NULL WHERE policy_id = 'p-sweep'`,
    );
    expect(await pass.run()).toEqual({ batches: 0, listed: 0 });
    expect(await listedCodes('p-sweep')).toEqual(offered);
  });

  it('lists an enterprise offered the policy on arrival once, even when the pass crashed before its note', async () => {
    const late = code(ENTERPRISES + 1);
    await arrive(
      {
        creditCode: late,
        name: '宁波后到企业',
        industry: 'C3511',
        size: 'medium',
        areaCode: '330203102',
        tags: [],
      },
      'registered-late',
    );
    expect(await pass.run()).toEqual({ batches: 1, listed: 1 });
    const arrival = (await notices('p-sweep')).at(-1);
    expect(arrival).toMatchObject({
      data: { origin: 'arrival', creditCodes: [late] },
      causationId: 'registered-late',
    });
    // A crash after the append and before the note: the batch goes again under its key, and is not appended twice.
    await db.query(
      `UPDATE service_centre_policy_notice_arrivals SET listed_at = NULL WHERE credit_code = $1`,
      [late],
    );
    expect(await pass.run()).toEqual({ batches: 0, listed: 0 });
    // Its details corrected, still in the criteria: nothing new is offered, nothing is listed.
    await arrive(
      {
        creditCode: late,
        name: '宁波后到企业（更名）',
        industry: 'C3511',
        size: 'medium',
        areaCode: '330203102',
        tags: [],
      },
      'corrected-late',
    );
    expect(await pass.run()).toEqual({ batches: 0, listed: 0 });
    expect((await listedCodes('p-sweep')).filter((c) => c === late)).toEqual([late]);
  });

  it('ends the sweep of a policy withdrawn before it ran, listing nobody, and drops its arrivals', async () => {
    await publish('p-withdrawn', '撤回的政策（测试）');
    const later = code(ENTERPRISES + 2);
    // Offered both policies on arrival; the one withdrawn before the pass tells it nothing.
    await arrive(
      {
        creditCode: later,
        name: '宁波又一后到企业',
        industry: 'C3491',
        size: 'small',
        areaCode: '330203',
        tags: [],
      },
      'registered-later',
    );
    await policyCommand('p-withdrawn', { type: 'WithdrawPolicy', reason: '政策调整', by: 'staff.wang' });
    expect(await pass.run()).toEqual({ batches: 1, listed: 1 });
    expect((await listedCodes('p-sweep')).at(-1)).toBe(later);
    expect((await notices('p-withdrawn')).map((e) => [e.type, e.data])).toEqual([
      ['PolicyNoticeSweepEnded', expect.objectContaining({ ending: 'withdrawn', swept: 0 })],
    ]);
    const { rows } = await db.query<{ pending: string | number }>(
      `SELECT count(*) AS pending FROM service_centre_policy_notice_arrivals WHERE listed_at IS NULL`,
    );
    expect(Number(rows[0]?.pending)).toBe(0);
  });
});
