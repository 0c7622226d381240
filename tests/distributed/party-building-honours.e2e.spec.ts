import { addDays, chinaDateOf } from '@qinqing/calendar/domain';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { openPostgresDatabase } from '@qinqing/shared/event-store-postgres';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import {
  type DistributedTestPlatform,
  startDistributedTestPlatform,
} from '../support/distributed-test-platform';

const brokers = inject('kafkaBrokers');
const databaseUrl = inject('databaseUrl');

/** A directory enterprise with no demo credit record and no demo party organisation. */
const YONGCHUANG = { creditCode: '91330203MA2H5K7P7A', enterpriseName: '宁波海曙甬创智能制造有限公司' };
/** Unique per run: the broker outlives the run's databases. */
const DOCUMENT_NUMBER = `甬海检刑〔分布式荣誉〕${Date.now().toString(36)}号`;

interface ReplicaRow {
  readonly purposes: string[];
  readonly lifted_on: string | null;
  readonly lift_reason: string | null;
}

/** Party building's replica of the record's restrictions, read from the party-building service's own database. */
const replicaRows = async (url: string): Promise<ReplicaRow[]> => {
  const db = await openPostgresDatabase(url, { maxConnections: 1 });
  try {
    const exists = await db.query<{ present: boolean }>(
      "SELECT to_regclass('party_building_credit_restrictions') IS NOT NULL AS present",
    );
    if (exists.rows[0]?.present !== true) return [];
    const { rows } = await db.query<ReplicaRow>(
      `SELECT purposes, lifted_on, lift_reason FROM party_building_credit_restrictions
       WHERE document_number = $1 ORDER BY restriction_id`,
      [DOCUMENT_NUMBER],
    );
    return rows;
  } finally {
    await db.close();
  }
};

interface Refusal {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly rule?: { readonly rule: string };
}

/**
 * 一处失信、处处受限 across processes: a bribery conviction recorded at the credit service restricts honours;
 * the restriction reaches the party-building service's own replica over Kafka, and party building refuses an
 * honours recommendation naming the record; the record withdrawn on an objection at the credit service, the lift
 * travels the same way and the recommendation is accepted. Each step waits, within a bound, for the replica's
 * row — never for a time — and posts a recommendation only once the replica holds the state the step is about.
 */
describe.skipIf(brokers === null || databaseUrl === null)(
  'party building refuses honours under a credit restriction published over Kafka',
  () => {
    let platform: DistributedTestPlatform;

    beforeAll(async () => {
      platform = await startDistributedTestPlatform({
        brokers: brokers ?? '',
        databaseUrl: databaseUrl ?? '',
      });
    }, 200_000);
    afterAll(async () => {
      await platform?.stop();
    });

    const partyBuildingDb = (): string => {
      const found = platform.databaseUrls.get('party-building-service');
      if (found === undefined) throw new Error('no database for party-building-service');
      return found;
    };

    const logIn = async (username: string): Promise<HttpClient> => {
      const client = new HttpClient(`${platform.gatewayUrl}/api`);
      await expectStatus(
        `${username} login`,
        client.post('/auth/login', { username, password: DEMO_PASSWORD }),
        200,
      );
      return client;
    };

    it('refuses a recommendation while the record restricts honours, and accepts it once the record is withdrawn', async () => {
      const officer = await logIn('credit.zhao');
      const staff = await logIn('party.lin');
      const recommend = () =>
        staff.post<Refusal & { recommendationId: string; creditCode: string }>(
          '/party-building/honours-recommendations',
          { ...YONGCHUANG, honour: 'model-worker', nominee: '张三（演示）', nomineePosition: '董事长' },
        );

      // Nothing restricts the enterprise yet: a recommendation goes through.
      await expectStatus('before the record', recommend(), 201);

      const today = chinaDateOf(new Date());
      await expectStatus(
        'record the conviction',
        officer.post('/credit/records', {
          documentNumber: DOCUMENT_NUMBER,
          kind: 'bribery',
          severity: 'serious',
          issuingAuthority: '宁波市海曙区人民法院',
          decidedOn: addDays(today, -7),
          legalBasis: '《中华人民共和国刑法》第三百九十三条（单位行贿罪）',
          evidenceReference: '分布式测试判决书',
          ...YONGCHUANG,
        }),
        201,
      );

      // Credit's reactor restricts, credit publishes, party building's consumer replicates.
      const restricted = await eventually(
        async () => {
          const rows = await replicaRows(partyBuildingDb());
          return rows.some((r) => r.lifted_on === null && r.purposes.includes('honours')) ? rows : undefined;
        },
        120_000,
        () =>
          `the restriction in party building's replica\n${platform.output('credit-service')}\n${platform.output('party-building-service')}`,
      );
      expect(restricted.length).toBeGreaterThanOrEqual(1);

      const refused = await expectStatus<Refusal>('while restricted', recommend(), 409);
      expect(refused).toMatchObject({ error: 'credit-restricted', rule: { rule: 'honours-restriction' } });
      expect(refused.message.zh).toContain(DOCUMENT_NUMBER);
      expect(refused.message.zh).toContain('宁波市海曙区人民法院');

      // The conviction is set aside on retrial: the enterprise objects, credit withdraws the record.
      const objection = await expectStatus<{ objectionId: string }>(
        'object',
        officer.post('/credit/objections', {
          documentNumber: DOCUMENT_NUMBER,
          creditCode: YONGCHUANG.creditCode,
          grounds: '再审改判无罪',
        }),
        201,
      );
      await expectStatus(
        'withdraw',
        officer.post(`/credit/objections/${objection.objectionId}/decision`, {
          outcome: 'withdrawn',
          reasons: '再审判决撤销原判',
        }),
        201,
      );

      // The lift reaches the replica the same way; every restriction of the record is lifted.
      const lifted = await eventually(
        async () => {
          const rows = await replicaRows(partyBuildingDb());
          return rows.length > 0 && rows.every((r) => r.lifted_on !== null) ? rows : undefined;
        },
        120_000,
        () =>
          `the lift in party building's replica\n${platform.output('credit-service')}\n${platform.output('party-building-service')}`,
      );
      expect(lifted.map((r) => r.lift_reason)).not.toContain(null);

      expect(await expectStatus('after the withdrawal', recommend(), 201)).toMatchObject({
        creditCode: YONGCHUANG.creditCode,
        honour: 'model-worker',
      });
      // The service seeded its demo data at start as a separate process, without an error.
      expect(
        await expectStatus<{ type: string }>(
          'a demo organisation',
          staff.get('/party-building/organisations/91330203MA2K3D9E27'),
          200,
        ),
      ).toMatchObject({ type: 'branch', inPlace: true });
      expect(platform.errorLines('party-building-service')).toEqual([]);
    }, 420_000);
  },
);
