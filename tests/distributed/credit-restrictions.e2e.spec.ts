import { creditIntegrationMapper } from '@qinqing/credit/service';
import type { LogCursor } from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase, PostgresEventStore } from '@qinqing/shared/event-store-postgres';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import {
  type DistributedTestPlatform,
  startDistributedTestPlatform,
} from '../support/distributed-test-platform';

const brokers = inject('kafkaBrokers');
const databaseUrl = inject('databaseUrl');

/** Valid codes of liaison's demo enterprises; several records share each. */
const CODES = [
  '91330203MA2P2E5UXB',
  '91330203MA2GQ8R35N',
  '91330212MA2J1C6T17',
  '91330203MA2K3D9E27',
  '91330212MA2L6B2Q8Q',
  '91330203MA2N4D7T0H',
];
const RECORDS = 24;
const PREFIX = '苏检分布式〔2026〕';
const numberOf = (n: number) => `${PREFIX}${n}号`;
/** Every fourth record is corrected out of the rule (bribery → a general penalty): its restriction is lifted. */
const correctedOut = (n: number) => n % 4 === 0;

interface RestrictionRow {
  readonly restriction_id: string;
  readonly lifted_on: string | null;
  readonly lift_reason: string | null;
}

const rowsOf = async (url: string, table: string): Promise<RestrictionRow[]> => {
  const db = await openPostgresDatabase(url, { maxConnections: 1 });
  try {
    const exists = await db.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [
      table,
    ]);
    if (exists.rows[0]?.present !== true) return [];
    const { rows } = await db.query<RestrictionRow>(
      `SELECT restriction_id, lifted_on, lift_reason FROM ${table}
       WHERE document_number LIKE $1 ORDER BY restriction_id`,
      [`${PREFIX}%`],
    );
    return rows;
  } finally {
    await db.close();
  }
};

/** The CloudEvent ids of credit's restriction events for these records, from credit's own store. */
const restrictionEventIds = async (url: string): Promise<string[]> => {
  const db = await openPostgresDatabase(url, { maxConnections: 1 });
  const store = new PostgresEventStore(db);
  const ids: string[] = [];
  try {
    for (let after: LogCursor | null = null; ;) {
      const events = await store.readAll({ after, limit: 500 });
      const last = events.at(-1);
      if (last === undefined) return ids;
      for (const event of events) {
        const outbound = creditIntegrationMapper.map(event);
        if (
          outbound !== null &&
          outbound.cloudEvent.type.startsWith('cn.qinqing.credit.restriction.') &&
          (outbound.cloudEvent.subject ?? '').startsWith(PREFIX)
        ) {
          ids.push(outbound.cloudEvent.id);
        }
      }
      after = last.cursor;
    }
  } finally {
    await store.close();
    await db.close();
  }
};

const handled = async (url: string, consumer: string, ids: readonly string[]): Promise<number> => {
  const db = await openPostgresDatabase(url, { maxConnections: 1 });
  try {
    const { rows } = await db.query<{ n: string | number }>(
      'SELECT count(*) AS n FROM es_inbox WHERE consumer = $1 AND message_id = ANY ($2::text[])',
      [consumer, [...ids]],
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await db.close();
  }
};

/**
 * 一处失信、处处受限 across processes: records made in the credit service become restrictions through credit's own
 * reactor, and reach the service centre's and liaison's replicas over Kafka — while each consuming service is
 * killed with SIGKILL mid-stream and brought back by its supervisor. Nothing here depends on when a kill lands:
 * the test only waits, within a bound, for every replica to converge on what credit holds, each restriction event
 * handled once.
 */
describe.skipIf(brokers === null || databaseUrl === null)(
  'credit restrictions reach other services over Kafka, through kill -9',
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

    const url = (name: string): string => {
      const found = platform.databaseUrls.get(name);
      if (found === undefined) throw new Error(`no database for ${name}`);
      return found;
    };

    const kill = async (name: string): Promise<void> => {
      const service = platform.services.get(name);
      if (service === undefined) throw new Error(`no process ${name}`);
      const killed = service.current;
      killed.child.kill('SIGKILL');
      await killed.exited;
    };

    it('replicas converge on credit’s restrictions, exactly once, after the consumers are killed mid-stream', async () => {
      const officer = new HttpClient(`${platform.gatewayUrl}/api`);
      await expectStatus(
        'credit officer login',
        officer.post('/auth/login', { username: 'credit.zhao', password: 'Demo!2026' }),
        200,
      );
      for (let n = 1; n <= RECORDS; n++) {
        await expectStatus(
          `record ${n}`,
          officer.post('/credit/records', {
            documentNumber: numberOf(n),
            kind: 'bribery',
            severity: n % 3 === 0 ? 'serious' : 'general',
            issuingAuthority: '苏州市中级人民法院',
            decidedOn: '2026-05-10',
            legalBasis: '《中华人民共和国刑法》第三百九十三条',
            evidenceReference: `判决书 ${n}`,
            creditCode: CODES[n % CODES.length],
            enterpriseName: '分布式测试企业',
          }),
          201,
        );
        if (correctedOut(n)) {
          // Restricted first (the reactor applies a record's latest facts: corrected too soon, it would never
          // have restricted), then corrected out of the rule.
          await eventually(
            async () => {
              const answer = await officer.get<{ restrictions: { documentNumber: string }[] }>(
                `/credit/restrictions?creditCode=${CODES[n % CODES.length]}`,
              );
              return answer.body.restrictions?.some((r) => r.documentNumber === numberOf(n))
                ? true
                : undefined;
            },
            60_000,
            () => `record ${n} restricted\n${platform.output('credit-service')}`,
          );
          await expectStatus(
            `correct ${n}`,
            officer.post('/credit/records/corrections', {
              documentNumber: numberOf(n),
              changes: { kind: 'administrative-penalty', severity: 'general' },
              reason: '再审改判，不构成行贿',
            }),
            201,
          );
        }
        // The consumers die while the stream flows; their supervisors start them again.
        if (n === 8) await kill('service-centre-service');
        if (n === 16) await kill('liaison-service');
      }

      // Credit itself: every record restricted, those corrected out lifted.
      const credit = await eventually(
        async () => {
          const rows = await rowsOf(url('credit-service'), 'credit_restrictions');
          const settled =
            rows.length >= RECORDS &&
            rows.filter((r) => r.lift_reason === 'record-corrected').length === RECORDS / 4;
          return settled ? rows : undefined;
        },
        120_000,
        () => `credit's restrictions\n${platform.output('credit-service')}`,
      );
      expect(credit.filter((r) => r.lifted_on === null)).toHaveLength(RECORDS - RECORDS / 4);
      const ids = await restrictionEventIds(url('credit-service'));
      expect(ids.length).toBeGreaterThanOrEqual(RECORDS + RECORDS / 4);

      for (const [service, table, consumer] of [
        [
          'service-centre-service',
          'service_centre_credit_restrictions',
          'service-centre.credit-restrictions',
        ],
        ['liaison-service', 'liaison_credit_restrictions', 'liaison.credit-restrictions'],
      ] as const) {
        await eventually(
          async () => {
            const rows = await rowsOf(url(service), table);
            return JSON.stringify(rows) === JSON.stringify(credit) ? true : undefined;
          },
          180_000,
          async () =>
            `${table} to equal credit's ${credit.length} restrictions (has ${(await rowsOf(url(service), table)).length})\n${platform.output(service)}`,
        );
        // Each of credit's restriction events handled once by the replica's inbox (the primary key says once).
        expect(await handled(url(service), consumer, ids), consumer).toBe(ids.length);
      }
      expect(platform.services.get('service-centre-service')?.restarts).toBeGreaterThanOrEqual(1);
      expect(platform.services.get('liaison-service')?.restarts).toBeGreaterThanOrEqual(1);

      // The replica answers the checks: liaison refuses pairing a restricted enterprise, naming the record.
      const admin = new HttpClient(`${platform.gatewayUrl}/api`);
      await expectStatus(
        'admin login',
        admin.post('/auth/login', { username: 'admin', password: 'Demo!2026' }),
        200,
      );
      // Distributed mode seeds no demo officials: register one (the unit reaches liaison from identity's events).
      await eventually(async () => {
        const answer = await admin.post('/liaison/officials', {
          accountId: '01960000-0000-7000-8000-000000000101',
          name: '周建国',
          unitId: 'dept-market-regulation',
          superiorAccountId: '01960000-0000-7000-8000-000000000004',
        });
        return answer.status === 201 ? true : undefined;
      }, 60_000);
      const refused = await expectStatus<{ message: { zh: string } }>(
        'pair a restricted enterprise',
        admin.post('/liaison/pairings', {
          officialId: '01960000-0000-7000-8000-000000000101',
          enterprise: { creditCode: CODES[1], name: '分布式测试企业' },
          category: 'key-backbone',
          startDate: '2026-12-01',
        }),
        409,
      );
      expect(refused.message.zh).toContain(PREFIX);
    }, 420_000);
  },
);
