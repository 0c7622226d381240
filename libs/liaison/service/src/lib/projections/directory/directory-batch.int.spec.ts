import { ENTERPRISE_TAGS, enterpriseStreamId } from '@qinqing/liaison/domain';
import type { LogCursor, RecordedEvent, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { describeEachBackend } from '@qinqing/shared/event-store-postgres/testing';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { directoryProjection } from './directory.projection';

const CODES = ['91370200AAAAAAAAA1', '91370200BBBBBBBBB2', '91370200CCCCCCCCC3'];

const details = {
  name: fc.constantFrom('青岛海纳', '崂山茶社', 'Acme'),
  areaCode: fc.constantFrom('370202', '370212', '370212001'),
  industry: fc.constantFrom('C3911', 'I6510', 'not-a-code'),
  employees: fc.option(fc.nat({ max: 5000 })),
  revenue: fc.option(fc.oneof(fc.nat({ max: 1_000_000 }), fc.constant(12.5))),
  assets: fc.option(fc.nat({ max: 1_000_000 })),
  chambers: fc.subarray(['青岛市工商联', '崂山区商会']),
  tags: fc.subarray([...ENTERPRISE_TAGS]),
  contactPhone: fc.option(fc.constant('13800000000')),
};

const size = fc.option(
  fc.record({ size: fc.constantFrom('large', 'small'), industryGroup: fc.constant('industry') }),
);

const at = (n: number): string => new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString();

/** Registrations (some twice) and corrections of a few enterprises, and events of another stream between. */
const eventOf = fc.oneof(
  fc
    .record({ code: fc.constantFrom(...CODES), details: fc.record(details), size })
    .map((e) => (n: number) => ({
      streamId: enterpriseStreamId(e.code),
      type: 'EnterpriseRegistered',
      data: { ...e.details, creditCode: e.code, size: e.size, registeredBy: 'staff', registeredAt: at(n) },
    })),
  fc
    .record({ code: fc.constantFrom(...CODES), changes: fc.record(details, { requiredKeys: [] }), size })
    .map((e) => (n: number) => ({
      streamId: enterpriseStreamId(e.code),
      type: 'EnterpriseDetailsCorrected',
      data: {
        creditCode: e.code,
        changes: e.changes,
        size: e.size,
        correctedBy: 'staff',
        correctedAt: at(n),
      },
    })),
  fc.constant((n: number) => ({ streamId: `appeals-request-${n}`, type: 'EnterpriseRegistered', data: {} })),
);

const recorded = (
  events: readonly ((n: number) => { streamId: string; type: string; data: unknown })[],
): RecordedEvent[] =>
  events.map((make, i) => {
    const { streamId, type, data } = make(i + 1);
    return {
      eventId: `e-${i}`,
      type,
      schemaVersion: 1,
      data,
      metadata: {
        correlationId: 'c',
        causationId: null,
        actorId: 'staff',
        actorRole: 'staff',
        occurredAt: at(i + 1),
      },
      streamId,
      streamRevision: i,
      globalPosition: BigInt(i + 1),
      cursor: String(i + 1) as LogCursor,
      recordedAt: new Date(at(i + 1)),
    };
  });

const dump = async (db: SqlDatabase): Promise<unknown[]> =>
  (await db.query('SELECT * FROM liaison_enterprises ORDER BY credit_code')).rows;

describeEachBackend('liaison-directory: a batch applied at once', (database) => {
  beforeAll(async () => {
    await directoryProjection.setup(database().db);
  });

  it('leaves the table as its events applied one by one, for registrations (also of an enterprise already there) and corrections cut into batches anywhere', async () => {
    const { db } = database();
    const { applyBatch } = directoryProjection;
    if (applyBatch === undefined) throw new Error('liaison-directory applies batches');
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventOf, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
        async (makers, sizes) => {
          const events = recorded(makers);
          await db.transaction((tx) => directoryProjection.reset(tx));
          for (const event of events) await db.transaction((tx) => directoryProjection.apply(event, tx));
          const oneByOne = await dump(db);

          await db.transaction((tx) => directoryProjection.reset(tx));
          for (let from = 0, i = 0; from < events.length; i++) {
            const length = sizes[Math.min(i, sizes.length - 1)] ?? events.length;
            const batch = events.slice(from, from + length);
            await db.transaction((tx) => applyBatch(batch, tx));
            from += length;
          }
          expect(await dump(db)).toEqual(oneByOne);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
