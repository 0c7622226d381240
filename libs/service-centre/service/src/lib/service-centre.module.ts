import { Module } from '@nestjs/common';
import {
  ServiceCentreCreditRestrictions,
  ServiceCentreCreditRestrictionsConsumer,
} from './consumers/credit-restrictions/credit-restrictions.replica';
import { RequestStatsConsumer } from './consumers/request-stats/request-stats.consumer';
import { RequestStatsController } from './queries/request-stats/request-stats.controller';

/**
 * The 亲清家园 service-centre context: a consumer of the appeals public events and the query over what it
 * keeps, and its replica of credit's restrictions (what the policy push will check). Needs only the EventSourcingModule's tokens and transport, so the embedded app and a service of its
 * own over Kafka mount it alike.
 */
@Module({
  controllers: [RequestStatsConsumer, RequestStatsController, ServiceCentreCreditRestrictionsConsumer],
  providers: [ServiceCentreCreditRestrictions],
  exports: [ServiceCentreCreditRestrictions],
})
export class ServiceCentreModule {}
