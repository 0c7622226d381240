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
import { setupOfficialActivity } from './official-activity.tables';

export const OFFICIAL_PAIRINGS_CONSUMER = 'service-centre.official-pairings';
export const OFFICIAL_REQUESTS_CONSUMER = 'service-centre.official-requests';

/**
 * Liaison's pairings and visit problems (whose id is the appeals request id), in the inbox's transaction
 * (exactly once): an official's pairings (结对) and the requests raised on his visits.
 */
@EventConsumer(OFFICIAL_PAIRINGS_CONSUMER)
export class OfficialPairingsConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  onModuleInit(): Promise<void> {
    return setupOfficialActivity(this.db);
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
    return setupOfficialActivity(this.db);
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
