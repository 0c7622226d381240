import {
  type CentreEventEvent,
  centreEventStreamId,
  type HealthIndexSnapshotEvent,
  healthIndexSnapshotStreamId,
  type MisconductReportEvent,
  misconductReportStreamId,
  type PolicyEvent,
  type PolicyNoticesEvent,
  policyNoticesStreamId,
  policyStreamId,
  type QueueDayEvent,
  queueDayStreamId,
  type QueueSetupEvent,
  queueSetupStreamId,
} from '@qinqing/service-centre/domain';
import { describeMapperEventTypes, everyEventType } from '@qinqing/shared/testing';
import { centreEventsIntegrationMapper } from '../events/centre-events.mapper';
import { healthIndexIntegrationMapper } from '../health-index/health-index-integration.mapper';
import { misconductReportIntegrationMapper } from '../misconduct-reports/misconduct-report-integration.mapper';
import { policyIntegrationMapper } from '../policies/integration/policy-integration.mapper';
import { policyNoticesIntegrationMapper } from '../policies/integration/policy-notices-integration.mapper';
import { queueIntegrationMapper } from '../queue/queue-integration.mapper';

/** Every mapper of the service centre against every event type of the context (they share the topic). */
const serviceCentreCase = {
  contextEventTypes: everyEventType<
    | CentreEventEvent
    | HealthIndexSnapshotEvent
    | MisconductReportEvent
    | PolicyEvent
    | PolicyNoticesEvent
    | QueueDayEvent
    | QueueSetupEvent
  >({
    CentreEventScheduled: true,
    CentreEventDetailsChanged: true,
    CentreEventRegistrationTaken: true,
    CentreEventRegistrationWithdrawn: true,
    CentreEventWaitingListPromoted: true,
    CentreEventCheckedIn: true,
    CentreEventFeedbackGiven: true,
    CentreEventCancelled: true,
    CentreEventClosed: true,
    HealthIndexPublished: true,
    MisconductReportFiled: true,
    MisconductReportRead: true,
    MisconductReportClassified: true,
    MisconductReportAccusedIdentified: true,
    MisconductReportSupplemented: true,
    MisconductReportEscalated: true,
    MisconductReportEscalationOverdue: true,
    MisconductReportAnswered: true,
    MisconductReportConcluded: true,
    PolicyDrafted: true,
    PolicyEdited: true,
    PolicyPublished: true,
    PolicyWithdrawn: true,
    PolicyNoticesDue: true,
    PolicyNoticeSweepEnded: true,
    TicketTaken: true,
    TicketCalled: true,
    TicketRecalled: true,
    TicketNoShow: true,
    TicketServiceStarted: true,
    TicketTransferred: true,
    TicketFinished: true,
    TicketRated: true,
    VisitOutcomeLinked: true,
    QueueServiceSet: true,
    QueueCounterSet: true,
    CentreAreaSet: true,
  }),
  streamIds: [
    centreEventStreamId('event-1'),
    healthIndexSnapshotStreamId('2026-H1'),
    misconductReportStreamId('report-1'),
    policyStreamId('policy-1'),
    policyNoticesStreamId('policy-1'),
    queueDayStreamId('centre-1', '2026-06-01'),
    queueSetupStreamId('centre-1'),
  ],
};

describeMapperEventTypes('the centre events mapper', centreEventsIntegrationMapper, serviceCentreCase);
describeMapperEventTypes('the health index mapper', healthIndexIntegrationMapper, serviceCentreCase);
describeMapperEventTypes(
  'the misconduct report mapper',
  misconductReportIntegrationMapper,
  serviceCentreCase,
);
describeMapperEventTypes('the policy mapper', policyIntegrationMapper, serviceCentreCase);
describeMapperEventTypes('the policy notices mapper', policyNoticesIntegrationMapper, serviceCentreCase);
describeMapperEventTypes('the queue mapper', queueIntegrationMapper, serviceCentreCase);
