import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  RequestAcceptedV1,
  RequestEscalatedV1,
  RequestInformedV1,
  RequestOverdueV1,
  RequestResolvedV1,
  RequestSentBackV1,
} from '@qinqing/appeals/contracts';
import { PairingEndedV1, PairingStartedV1, VisitProblemRaisedV2 } from '@qinqing/liaison/contracts';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';

/**
 * What the public events tell of an official's dealings with enterprises, for the flagged review of an official
 * under report: his pairings (结对, liaison) and the requests raised on his visits (liaison's visit problem, whose
 * id is the appeals request id) with their state in appeals. Liaison's interaction filings name no official on
 * the public topic, and appeals names departments, not people: approvals and per-person assignments are not
 * in any public event, so this replica cannot hold them (docs/service-centre.md says so).
 */
export const OFFICIAL_ACTIVITY_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_official_pairings (
     pairing_id text PRIMARY KEY,
     official_id text NOT NULL,
     official_unit_id text NOT NULL,
     credit_code text NOT NULL,
     enterprise_name text NOT NULL,
     category text NOT NULL,
     start_date date NOT NULL,
     end_date date
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_official_pairings_by_official
     ON service_centre_official_pairings (official_id, start_date DESC, pairing_id)`,
  `CREATE TABLE IF NOT EXISTS service_centre_official_requests (
     request_id text PRIMARY KEY,
     pairing_id text NOT NULL,
     official_id text,
     credit_code text NOT NULL,
     enterprise_name text NOT NULL,
     title text NOT NULL,
     raised_on date NOT NULL,
     state text NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_official_requests_by_official
     ON service_centre_official_requests (official_id, raised_on DESC, request_id)`,
  `CREATE INDEX IF NOT EXISTS service_centre_official_requests_by_pairing
     ON service_centre_official_requests (pairing_id)`,
];

/**
 * Both consumers below need the tables, and Nest runs their `onModuleInit` at once: on PostgreSQL two concurrent
 * `CREATE TABLE IF NOT EXISTS` of one table can both pass the check and one fails on the catalogue's unique
 * index. So the DDL runs once per database, and the second consumer waits for the first.
 */
const setups = new WeakMap<SqlDatabase, Promise<void>>();
const setup = (db: SqlDatabase): Promise<void> => {
  let running = setups.get(db);
  if (running === undefined) {
    running = (async () => {
      for (const statement of OFFICIAL_ACTIVITY_DDL) await db.query(statement);
    })();
    setups.set(db, running);
    running.catch(() => setups.delete(db));
  }
  return running;
};

export const OFFICIAL_PAIRINGS_CONSUMER = 'service-centre.official-pairings';
export const OFFICIAL_REQUESTS_CONSUMER = 'service-centre.official-requests';

/** Liaison's pairings and visit problems, in the inbox's transaction (exactly once). */
@EventConsumer(OFFICIAL_PAIRINGS_CONSUMER)
export class OfficialPairingsConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  onModuleInit(): Promise<void> {
    return setup(this.db);
  }

  @IntegrationEventPattern(PairingStartedV1)
  async started(
    @Payload() event: CloudEvent<IntegrationEventData<typeof PairingStartedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    const tx = context.getTransaction();
    await tx.query(
      `INSERT INTO service_centre_official_pairings (pairing_id, official_id, official_unit_id, credit_code,
         enterprise_name, category, start_date) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (pairing_id) DO NOTHING`,
      [
        d.pairingId,
        d.officialId,
        d.officialUnitId,
        d.enterpriseCreditCode,
        d.enterpriseName,
        d.category,
        d.startDate,
      ],
    );
    // A visit problem that arrived first (another partition) learns its official now.
    await tx.query(
      'UPDATE service_centre_official_requests SET official_id = $2 WHERE pairing_id = $1 AND official_id IS NULL',
      [d.pairingId, d.officialId],
    );
  }

  @IntegrationEventPattern(PairingEndedV1)
  async ended(
    @Payload() event: CloudEvent<IntegrationEventData<typeof PairingEndedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await context
      .getTransaction()
      .query('UPDATE service_centre_official_pairings SET end_date = $2 WHERE pairing_id = $1', [
        event.data.pairingId,
        event.data.endDate,
      ]);
  }

  @IntegrationEventPattern(VisitProblemRaisedV2)
  async problem(
    @Payload() event: CloudEvent<IntegrationEventData<typeof VisitProblemRaisedV2>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    await context.getTransaction().query(
      `INSERT INTO service_centre_official_requests (request_id, pairing_id, official_id, credit_code,
         enterprise_name, title, raised_on, state)
       VALUES ($1, $2, (SELECT official_id FROM service_centre_official_pairings WHERE pairing_id = $2), $3, $4,
         $5, $6, 'raised')
       ON CONFLICT (request_id) DO NOTHING`,
      [d.problemId, d.pairingId, d.enterpriseCreditCode, d.enterpriseName, d.title, d.raisedOn],
    );
  }
}

const setState = (context: IntegrationEventContext, requestId: string, state: string) =>
  context
    .getTransaction()
    .query('UPDATE service_centre_official_requests SET state = $2 WHERE request_id = $1', [
      requestId,
      state,
    ]);

/** Appeals' progress on the requests raised on officials' visits (only those: other ids match no row). */
@EventConsumer(OFFICIAL_REQUESTS_CONSUMER)
export class OfficialRequestsConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  onModuleInit(): Promise<void> {
    return setup(this.db);
  }

  @IntegrationEventPattern(RequestAcceptedV1)
  async accepted(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RequestAcceptedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await setState(context, event.data.requestId, 'accepted');
  }

  @IntegrationEventPattern(RequestSentBackV1)
  async sentBack(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RequestSentBackV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await setState(context, event.data.requestId, 'sent-back');
  }

  @IntegrationEventPattern(RequestResolvedV1)
  async resolved(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RequestResolvedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await setState(context, event.data.requestId, 'resolved');
  }

  @IntegrationEventPattern(RequestInformedV1)
  async informed(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RequestInformedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await setState(context, event.data.requestId, 'informed');
  }

  @IntegrationEventPattern(RequestEscalatedV1)
  async escalated(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RequestEscalatedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await setState(context, event.data.requestId, 'escalated');
  }

  @IntegrationEventPattern(RequestOverdueV1)
  async overdue(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RequestOverdueV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await setState(context, event.data.requestId, 'overdue');
  }
}
