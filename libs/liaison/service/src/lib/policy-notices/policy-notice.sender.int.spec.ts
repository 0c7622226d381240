import { SingleProcessLeases } from '@qinqing/shared/event-sourcing';
import { Leadership } from '@qinqing/shared/nest-platform';
import { keepImposed, setupRestrictionsReplica } from '@qinqing/credit/replica';
import { ManualClock, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase } from '@qinqing/shared/event-store-postgres';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import type { CreditRestrictionPurpose } from '@qinqing/credit/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OutboundMessages, type OutboundTextMessage } from '../outbound-messages/outbound-messages';
import { LiaisonCreditRestrictions } from '../officials/consumers/credit-restrictions.replica';
import { DIRECTORY_TABLE_DDL } from '../projections/directory/directory.schema.sql';
import { NOTICE_HOLD_MS, NOTICE_RETRY_DELAYS_MS, PolicyNoticeSender } from './policy-notice.sender';
import { noticeTotals, POLICY_NOTICES_DDL, recordDue } from './policy-notices.table';
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

const code = (n: number) => `91330203MA${String(n).padStart(7, '0')}X`;
const phone = (n: number) => `1380574${String(n).padStart(4, '0')}`;
/** Enterprises 0–19 have a mobile, 20 has none, 21 is not in the directory. */
const WITH_PHONES = 20;

/** A provider stand-in: remembers what it took, and refuses whatever `refuse` says (a number, its next n tries). */
class ProviderStandIn extends OutboundMessages {
  readonly taken: OutboundTextMessage[] = [];
  readonly refusals = new Map<string, number>();

  send(message: OutboundTextMessage): Promise<void> {
    const left = this.refusals.get(message.to) ?? 0;
    if (left > 0) {
      this.refusals.set(message.to, left - 1);
      return Promise.reject(new Error('isv.BUSINESS_LIMIT_CONTROL'));
    }
    this.taken.push(message);
    return Promise.resolve();
  }
}

/** Liaison's own replica of credit's restrictions, as its `liaison.credit-restrictions` consumer keeps it. */
const LIAISON_RESTRICTIONS = 'liaison_credit_restrictions';

/** A pass that did nothing. */
const NONE = { sent: 0, noContactPhone: 0, withheld: 0, retrying: 0, failed: 0 };

/** Credit's restriction on an enterprise, as its public `RestrictionImposedV1` carries it. */
const restrictionOf = (creditCode: string, documentNumber: string, purposes: CreditRestrictionPurpose[]) => ({
  restrictionId: `${documentNumber}#1`,
  documentNumber,
  creditCode,
  kind: 'bribery' as const,
  severity: 'general' as const,
  purposes,
  startsOn: '2026-11-20',
  endsOn: '2029-11-20',
  issuingAuthority: '宁波市海曙区人民法院',
  rule: 'bribery-restrictions',
  ruleSource: { zh: '演示依据', en: 'demo basis' },
});

const POLICY = {
  policyId: '01930000-0000-7000-8000-00000000a001',
  title: '宁波市支持制造业中小企业数字化改造的若干措施（演示）',
  documentNumber: '甬经信〔2026〕18号',
  dueAt: '2026-12-03T02:00:00.000Z',
};

/**
 * Liaison's side of a policy notice over the real tables, on PGlite and PostgreSQL: one text per (policy,
 * enterprise) however often a batch comes, the directory's mobile read when it goes, a refusal tried again twice
 * and then failed, a send interrupted by a crash failed rather than repeated, and the totals in step throughout.
 */
describe.each(backends)('policy notices sent by liaison on $name', (backend) => {
  let db: SqlDatabase;
  let drop: () => Promise<void>;
  const clock = new ManualClock(new Date(POLICY.dueAt));
  const provider = new ProviderStandIn();
  let sender: PolicyNoticeSender;
  /** A batch as the consumer records it: held `NOTICE_HOLD_MS` before its first try. */
  const record = (policy: typeof POLICY, creditCodes: readonly string[]) => {
    const now = clock.now();
    return db.transaction((tx) =>
      recordDue(
        tx,
        { ...policy, creditCodes },
        now.toISOString(),
        new Date(now.getTime() + NOTICE_HOLD_MS).toISOString(),
      ),
    );
  };
  const due = (creditCodes: readonly string[]) => record(POLICY, creditCodes);
  const totals = () => noticeTotals(db, POLICY.policyId);

  beforeAll(async () => {
    ({ db, drop } = await backend.open());
    for (const statement of [...DIRECTORY_TABLE_DDL, ...POLICY_NOTICES_DDL]) await db.query(statement);
    await setupRestrictionsReplica(db, LIAISON_RESTRICTIONS);
    await db.query(
      `INSERT INTO liaison_enterprises (credit_code, name, area_code, area_province, area_city, area_county, industry,
         contact_phone, registered_at, updated_at)
       SELECT '91330203MA' || lpad(n::text, 7, '0') || 'X', '宁波测试企业' || n, '330203', '33', '3302', '330203',
              'C3491', CASE WHEN n < $1 THEN '1380574' || lpad(n::text, 4, '0') END, now(), now()
       FROM generate_series(0, $1) AS n`,
      [WITH_PHONES],
    );
    sender = new PolicyNoticeSender(
      db,
      clock,
      provider,
      new LiaisonCreditRestrictions(db),
      new Leadership(new SingleProcessLeases(), 'test'),
    );
  });
  afterAll(() => drop?.());

  it('texts each enterprise once with the template, counting the one without a mobile', async () => {
    const codes = Array.from({ length: WITH_PHONES + 2 }, (_, n) => code(n));
    expect(await due(codes)).toBe(codes.length);
    expect(await due(codes.slice(0, 5))).toBe(0);
    clock.advanceMs(NOTICE_HOLD_MS);
    expect(await sender.run()).toEqual({ ...NONE, sent: WITH_PHONES, noContactPhone: 2 });
    expect(provider.taken.map((m) => m.to).sort()).toEqual(
      Array.from({ length: WITH_PHONES }, (_, n) => phone(n)),
    );
    expect(provider.taken[0]).toMatchObject({
      template: 'policy-push-notice',
      params: { title: '宁波市支持制造业中小企业数字化改造的若…', documentNumber: '甬经信〔2026〕18号' },
    });
    expect(await totals()).toMatchObject({ pending: 0, sent: WITH_PHONES, noContactPhone: 2, failed: 0 });
    // The same batch again (a redelivery past the inbox), and another pass: nobody is texted twice.
    expect(await due(codes)).toBe(0);
    expect(await sender.run()).toEqual(NONE);
    expect(provider.taken).toHaveLength(WITH_PHONES);
  });

  it('tries a refused text again after 1 and 10 minutes, then fails it; the others go meanwhile', async () => {
    provider.taken.length = 0;
    const other = { ...POLICY, policyId: '01930000-0000-7000-8000-00000000a002' };
    await record(other, [code(1), code(2), code(3)]);
    provider.refusals.set(phone(1), 1);
    provider.refusals.set(phone(2), 3);
    clock.advanceMs(NOTICE_HOLD_MS);
    expect(await sender.run()).toEqual({ ...NONE, sent: 1, retrying: 2 });
    expect(await sender.run()).toEqual(NONE);
    clock.advanceMs(NOTICE_RETRY_DELAYS_MS[0]);
    expect(await sender.run()).toEqual({ ...NONE, sent: 1, retrying: 1 });
    clock.advanceMs(NOTICE_RETRY_DELAYS_MS[1]);
    expect(await sender.run()).toEqual({ ...NONE, failed: 1 });
    expect(provider.taken.map((m) => m.to).sort()).toEqual([phone(1), phone(3)]);
    expect(await noticeTotals(db, other.policyId)).toMatchObject({ pending: 0, sent: 2, failed: 1 });
  });

  it('fails a text whose send was interrupted instead of sending it twice', async () => {
    provider.taken.length = 0;
    const third = { ...POLICY, policyId: '01930000-0000-7000-8000-00000000a003' };
    await record(third, [code(4)]);
    // Taken by a sender that died before it settled the notice.
    await db.query(
      `UPDATE liaison_policy_notices SET outcome = 'sending', attempts = 1, updated_at = $2 WHERE policy_id = $1`,
      [third.policyId, clock.now().toISOString()],
    );
    expect(await sender.run()).toEqual(NONE);
    clock.advanceMs(11 * 60_000);
    expect(await sender.run()).toEqual({ ...NONE, failed: 1 });
    expect(provider.taken).toEqual([]);
    expect(await noticeTotals(db, third.policyId)).toMatchObject({ pending: 0, sent: 0, failed: 1 });
  });

  it('holds a notice before its first try, and withholds it from an enterprise restricted by then', async () => {
    provider.taken.length = 0;
    const held = { ...POLICY, policyId: '01930000-0000-7000-8000-00000000a005' };
    await record(held, [code(5), code(6), code(7)]);
    // Restricted before the list reached liaison, and while it was held: neither is texted.
    await db.transaction((tx) =>
      keepImposed(
        tx,
        LIAISON_RESTRICTIONS,
        restrictionOf(code(5), '甬海检刑诉〔2026〕31号', ['policy-benefits']),
      ),
    );
    clock.advanceMs(NOTICE_HOLD_MS - 1);
    expect(await sender.run()).toEqual(NONE);
    await db.transaction((tx) =>
      keepImposed(
        tx,
        LIAISON_RESTRICTIONS,
        restrictionOf(code(6), '甬海检刑诉〔2026〕32号', ['policy-benefits']),
      ),
    );
    // A restriction for another purpose leaves the notice alone.
    await db.transaction((tx) =>
      keepImposed(tx, LIAISON_RESTRICTIONS, restrictionOf(code(7), '甬海检刑诉〔2026〕33号', ['honours'])),
    );
    clock.advanceMs(1);
    expect(await sender.run()).toEqual({ ...NONE, sent: 1, withheld: 2 });
    expect(provider.taken.map((m) => m.to)).toEqual([phone(7)]);
    expect(await noticeTotals(db, held.policyId)).toMatchObject({
      pending: 0,
      sent: 1,
      withheld: 2,
      failed: 0,
    });
    const { rows } = await db.query<{ credit_code: string; outcome: string; withheld_by: string | null }>(
      `SELECT credit_code, outcome, withheld_by FROM liaison_policy_notices WHERE policy_id = $1
       ORDER BY credit_code`,
      [held.policyId],
    );
    expect(rows).toEqual([
      { credit_code: code(5), outcome: 'withheld', withheld_by: '甬海检刑诉〔2026〕31号' },
      { credit_code: code(6), outcome: 'withheld', withheld_by: '甬海检刑诉〔2026〕32号' },
      { credit_code: code(7), outcome: 'sent', withheld_by: null },
    ]);
  });

  it('withholds a retry from an enterprise restricted after its first try was refused', async () => {
    provider.taken.length = 0;
    const retried = { ...POLICY, policyId: '01930000-0000-7000-8000-00000000a006' };
    await record(retried, [code(8)]);
    provider.refusals.set(phone(8), 1);
    clock.advanceMs(NOTICE_HOLD_MS);
    expect(await sender.run()).toEqual({ ...NONE, retrying: 1 });
    await db.transaction((tx) =>
      keepImposed(
        tx,
        LIAISON_RESTRICTIONS,
        restrictionOf(code(8), '甬海检刑诉〔2026〕34号', ['policy-benefits']),
      ),
    );
    clock.advanceMs(NOTICE_RETRY_DELAYS_MS[0]);
    expect(await sender.run()).toEqual({ ...NONE, withheld: 1 });
    expect(provider.taken).toEqual([]);
    expect(await noticeTotals(db, retried.policyId)).toMatchObject({ pending: 0, withheld: 1 });
  });
});
