import { SingleProcessLeases } from '@qinqing/shared/event-sourcing';
import { Leadership } from '@qinqing/shared/nest-platform';
import { PGlite } from '@electric-sql/pglite';
import { ManualClock, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase, PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OutboundMessages, type OutboundTextMessage } from '../outbound-messages/outbound-messages';
import { DIRECTORY_TABLE_DDL } from '../projections/directory/directory.schema.sql';
import { NOTICE_RETRY_DELAYS_MS, PolicyNoticeSender } from './policy-notice.sender';
import { noticeTotals, POLICY_NOTICES_DDL, recordDue } from './policy-notices.table';

const databaseUrl = inject('databaseUrl');

interface Backend {
  readonly name: string;
  open(): Promise<{ readonly db: SqlDatabase; drop(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'PGlite',
    open: async () => ({
      db: new PgliteDatabase(await PGlite.create(`memory://policy-notices-${process.pid}-${Math.random()}`)),
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
  const due = (creditCodes: readonly string[]) =>
    db.transaction((tx) => recordDue(tx, { ...POLICY, creditCodes }, clock.now().toISOString()));
  const totals = () => noticeTotals(db, POLICY.policyId);

  beforeAll(async () => {
    ({ db, drop } = await backend.open());
    for (const statement of [...DIRECTORY_TABLE_DDL, ...POLICY_NOTICES_DDL]) await db.query(statement);
    await db.query(
      `INSERT INTO liaison_enterprises (credit_code, name, area_code, area_province, area_city, area_county, industry,
         contact_phone, registered_at, updated_at)
       SELECT '91330203MA' || lpad(n::text, 7, '0') || 'X', '宁波测试企业' || n, '330203', '33', '3302', '330203',
              'C3491', CASE WHEN n < $1 THEN '1380574' || lpad(n::text, 4, '0') END, now(), now()
       FROM generate_series(0, $1) AS n`,
      [WITH_PHONES],
    );
    sender = new PolicyNoticeSender(db, clock, provider, new Leadership(new SingleProcessLeases(), 'test'));
  });
  afterAll(() => drop?.());

  it('texts each enterprise once with the template, counting the one without a mobile', async () => {
    const codes = Array.from({ length: WITH_PHONES + 2 }, (_, n) => code(n));
    expect(await due(codes)).toBe(codes.length);
    expect(await due(codes.slice(0, 5))).toBe(0);
    expect(await sender.run()).toEqual({ sent: WITH_PHONES, noContactPhone: 2, retrying: 0, failed: 0 });
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
    expect(await sender.run()).toEqual({ sent: 0, noContactPhone: 0, retrying: 0, failed: 0 });
    expect(provider.taken).toHaveLength(WITH_PHONES);
  });

  it('tries a refused text again after 1 and 10 minutes, then fails it; the others go meanwhile', async () => {
    provider.taken.length = 0;
    const other = { ...POLICY, policyId: '01930000-0000-7000-8000-00000000a002' };
    await db.transaction((tx) =>
      recordDue(tx, { ...other, creditCodes: [code(1), code(2), code(3)] }, clock.now().toISOString()),
    );
    provider.refusals.set(phone(1), 1);
    provider.refusals.set(phone(2), 3);
    expect(await sender.run()).toEqual({ sent: 1, noContactPhone: 0, retrying: 2, failed: 0 });
    expect(await sender.run()).toEqual({ sent: 0, noContactPhone: 0, retrying: 0, failed: 0 });
    clock.advanceMs(NOTICE_RETRY_DELAYS_MS[0]);
    expect(await sender.run()).toEqual({ sent: 1, noContactPhone: 0, retrying: 1, failed: 0 });
    clock.advanceMs(NOTICE_RETRY_DELAYS_MS[1]);
    expect(await sender.run()).toEqual({ sent: 0, noContactPhone: 0, retrying: 0, failed: 1 });
    expect(provider.taken.map((m) => m.to).sort()).toEqual([phone(1), phone(3)]);
    expect(await noticeTotals(db, other.policyId)).toMatchObject({ pending: 0, sent: 2, failed: 1 });
  });

  it('fails a text whose send was interrupted instead of sending it twice', async () => {
    provider.taken.length = 0;
    const third = { ...POLICY, policyId: '01930000-0000-7000-8000-00000000a003' };
    await db.transaction((tx) =>
      recordDue(tx, { ...third, creditCodes: [code(4)] }, clock.now().toISOString()),
    );
    // Taken by a sender that died before it settled the notice.
    await db.query(
      `UPDATE liaison_policy_notices SET outcome = 'sending', attempts = 1, updated_at = $2 WHERE policy_id = $1`,
      [third.policyId, clock.now().toISOString()],
    );
    expect(await sender.run()).toEqual({ sent: 0, noContactPhone: 0, retrying: 0, failed: 0 });
    clock.advanceMs(11 * 60_000);
    expect(await sender.run()).toEqual({ sent: 0, noContactPhone: 0, retrying: 0, failed: 1 });
    expect(provider.taken).toEqual([]);
    expect(await noticeTotals(db, third.policyId)).toMatchObject({ pending: 0, sent: 0, failed: 1 });
  });
});
