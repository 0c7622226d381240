import {
  type ActivityRecorded,
  activityStreamId,
  type ChamberOrganisationRecorded,
  chamberOrganisationStreamId,
  type HonourRecommended,
  honoursRecommendationStreamId,
  type JointBranchEvent,
  type JointBranchMembershipEvent,
  jointBranchStreamId,
  jointBranchUnitStreamId,
  type OrganisationEvent,
  organisationStreamId,
  type PairingEvent,
  pairingStreamId,
} from '@qinqing/party-building/domain';
import { describeMapperEventTypes, everyEventType } from '@qinqing/shared/testing';
import { partyBuildingIntegrationMapper } from './party-building-integration.mapper';

describeMapperEventTypes('the party-building integration mapper', partyBuildingIntegrationMapper, {
  contextEventTypes: everyEventType<
    | ActivityRecorded
    | ChamberOrganisationRecorded
    | HonourRecommended
    | JointBranchEvent
    | JointBranchMembershipEvent
    | OrganisationEvent
    | PairingEvent
  >({
    ActivityRecorded: true,
    ChamberOrganisationRecorded: true,
    HonourRecommended: true,
    JointBranchFormed: true,
    JointBranchUnitJoined: true,
    JointBranchUnitLeft: true,
    JointBranchMembershipTaken: true,
    JointBranchMembershipReleased: true,
    OrganisationRecorded: true,
    OrganisationAlertRaised: true,
    OrganisationAlertEscalated: true,
    OrganisationAlertResolved: true,
    TermReminderDue: true,
    PairingStarted: true,
    PairingEnded: true,
  }),
  streamIds: [
    activityStreamId('activity-1'),
    chamberOrganisationStreamId('chamber-1'),
    honoursRecommendationStreamId('honour-1'),
    jointBranchStreamId('branch-1'),
    jointBranchUnitStreamId('91330203MA2H5K7P7A'),
    organisationStreamId('91330203MA2H5K7P7A'),
    pairingStreamId('pairing-1'),
  ],
});
