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
  IntegrationEventBatchContext,
  IntegrationEventBatchPattern,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { setupOfficialActivity } from './official-activity.tables';

export const OFFICIAL_PAIRINGS_CONSUMER = 'service-centre.official-pairings';
export const OFFICIAL_REQUESTS_CONSUMER = 'service-centre.official-requests';

/** A public event as its handler receives it. */
export type ReplicaEvent<Definition> = CloudEvent<IntegrationEventData<Definition>>;

/**
 * What every consumer of the official-activity replica shares: its tables are made before it consumes (once per
 * database, however many consumers start at once), and each event is written in the inbox's transaction
 * (exactly once).
 */
export abstract class OfficialActivityConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  onModuleInit(): Promise<void> {
    return setupOfficialActivity(this.db);
  }

  /** One statement in the inbox's transaction. */
  protected write(
    context: IntegrationEventContext,
    sql: string,
    params: readonly unknown[],
  ): Promise<unknown> {
    return context.getTransaction().query(sql, params);
  }
}

/**
 * Liaison's pairings and visit problems (whose id is the appeals request id), in the inbox's transaction
 * (exactly once): an official's pairings (结对) and the requests raised on his visits.
 */
@EventConsumer(OFFICIAL_PAIRINGS_CONSUMER)
export class OfficialPairingsConsumer extends OfficialActivityConsumer {
  @IntegrationEventPattern(PairingStartedV1)
  async started(
    @Payload() event: ReplicaEvent<typeof PairingStartedV1>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    await this.write(
      context,
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
    await this.write(
      context,
      'UPDATE service_centre_official_requests SET official_id = $2 WHERE pairing_id = $1 AND official_id IS NULL',
      [d.pairingId, d.officialId],
    );
  }

  @IntegrationEventPattern(PairingEndedV1)
  async ended(
    @Payload() event: ReplicaEvent<typeof PairingEndedV1>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.write(
      context,
      'UPDATE service_centre_official_pairings SET end_date = $2 WHERE pairing_id = $1',
      [event.data.pairingId, event.data.endDate],
    );
  }

  @IntegrationEventPattern(VisitProblemRaisedV2)
  async problem(
    @Payload() event: ReplicaEvent<typeof VisitProblemRaisedV2>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    await this.write(
      context,
      `INSERT INTO service_centre_official_requests (request_id, pairing_id, official_id, credit_code,
         enterprise_name, title, raised_on, state)
       VALUES ($1, $2, (SELECT official_id FROM service_centre_official_pairings WHERE pairing_id = $2), $3, $4,
         $5, $6, 'raised')
       ON CONFLICT (request_id) DO NOTHING`,
      [d.problemId, d.pairingId, d.enterpriseCreditCode, d.enterpriseName, d.title, d.raisedOn],
    );
  }
}

/** The appeals events that move a visit request, and the state each leaves it in. */
const REQUEST_STATES = [
  [RequestAcceptedV1, 'accepted'],
  [RequestSentBackV1, 'sent-back'],
  [RequestResolvedV1, 'resolved'],
  [RequestInformedV1, 'informed'],
  [RequestEscalatedV1, 'escalated'],
  [RequestOverdueV1, 'overdue'],
] as const;

const STATE_OF_TYPE = new Map<string, string>(REQUEST_STATES.map(([event, state]) => [event.type, state]));

type RequestProgress = ReplicaEvent<(typeof REQUEST_STATES)[number][0]>;

/**
 * Appeals' progress on the requests raised on officials' visits (only those: other ids match no row). A batch at a
 * time: each request's last state in the batch, set in one statement — a city's requests are millions of events,
 * almost none of them a visit's.
 */
@EventConsumer(OFFICIAL_REQUESTS_CONSUMER)
export class OfficialRequestsConsumer extends OfficialActivityConsumer {
  @IntegrationEventBatchPattern(
    RequestAcceptedV1,
    RequestSentBackV1,
    RequestResolvedV1,
    RequestInformedV1,
    RequestEscalatedV1,
    RequestOverdueV1,
  )
  async progressed(
    @Payload() events: readonly RequestProgress[],
    @Ctx() context: IntegrationEventBatchContext,
  ): Promise<void> {
    // Setting a state is overwritten by the next one: the last of each request's is what one by one leaves.
    const last = new Map<string, string>();
    for (const event of events) last.set(event.data.requestId, STATE_OF_TYPE.get(event.type) ?? '');
    await context.getTransaction().query(
      `UPDATE service_centre_official_requests r SET state = s.state
       FROM unnest($1::text[], $2::text[]) AS s(request_id, state) WHERE r.request_id = s.request_id`,
      [[...last.keys()], [...last.values()]],
    );
  }
}
