import { APPEALS_TOPIC, RequestStaffActedV1, type StaffAction } from '@qinqing/appeals/contracts';
import { type EnterpriseRequestEvent, requestIdOfStream } from '@qinqing/appeals/domain';
import { isStaffRole } from '@qinqing/identity/access';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * Whose act an event records, when a member of staff's: the supervisor's acts name him in the event itself
 * (approvedBy, supervisorId, markedBy); the handling acts do not (the decider checks the department, not the
 * person), so their account is the one the log records for the command — the envelope's actor, taken only when
 * its role is a staff role (never the enterprise at the kiosk, the scheduler or a consumer).
 */
const actOf = (
  event: EnterpriseRequestEvent,
  actor: string | null,
): { readonly accountId: string; readonly action: StaffAction } | null => {
  const handled = (action: StaffAction) => (actor === null ? null : { accountId: actor, action });
  switch (event.type) {
    case 'RequestSubmitted':
      return handled('submitted');
    case 'RequestHandedOff':
      return handled('handed-off');
    case 'RequestAccepted':
      return handled('accepted');
    case 'RequestSentBack':
      return handled('sent-back');
    case 'RequestReplied':
      return handled('replied');
    case 'RequestPaused':
      return handled('paused');
    case 'RequestResumed':
      return handled('resumed');
    case 'OutcomePlanned':
      return handled('outcome-planned');
    case 'RequestResolved':
      return handled('resolved');
    case 'RequestEscalated':
      return handled('escalated');
    case 'RequestInformed':
      return handled('informed');
    case 'GroupedForJointMeeting':
      return handled('grouped-for-meeting');
    case 'JointMeetingOutcomeRecorded':
      return handled('meeting-outcome-recorded');
    case 'RectificationReported':
      return handled('rectification-reported');
    case 'RatingAppealed':
      return handled('rating-appealed');
    case 'MarkedDuplicate':
      return { accountId: event.data.markedBy, action: 'marked-duplicate' };
    case 'RehandlingOrdered':
      return { accountId: event.data.supervisorId, action: 'rehandling-ordered' };
    case 'SupervisionNoteAdded':
      return { accountId: event.data.supervisorId, action: 'supervision-note-added' };
    case 'SupervisionOrderClosed':
      return { accountId: event.data.supervisorId, action: 'supervision-order-closed' };
    case 'CallbackRecorded':
      return { accountId: event.data.supervisorId, action: 'callback-recorded' };
    case 'PauseExtensionApproved':
      return { accountId: event.data.approvedBy, action: 'pause-extension-approved' };
    case 'ResolutionExtended':
      return { accountId: event.data.approvedBy, action: 'extension-approved' };
    case 'RateExclusionApproved':
      return { accountId: event.data.supervisorId, action: 'rate-exclusion-approved' };
    case 'RatingAppealDecided':
      return {
        accountId: event.data.supervisorId,
        action: event.data.upheld ? 'rating-appeal-upheld' : 'rating-appeal-rejected',
      };
    default:
      return null;
  }
};

/** The request events `actOf` finds a staff act in (see `IntegrationEventMapper.eventTypes`). */
const STAFF_ACT_EVENT_TYPES: readonly EnterpriseRequestEvent['type'][] = [
  'RequestSubmitted',
  'RequestHandedOff',
  'RequestAccepted',
  'RequestSentBack',
  'RequestReplied',
  'RequestPaused',
  'RequestResumed',
  'OutcomePlanned',
  'RequestResolved',
  'RequestEscalated',
  'RequestInformed',
  'GroupedForJointMeeting',
  'JointMeetingOutcomeRecorded',
  'RectificationReported',
  'RatingAppealed',
  'MarkedDuplicate',
  'RehandlingOrdered',
  'SupervisionNoteAdded',
  'SupervisionOrderClosed',
  'CallbackRecorded',
  'PauseExtensionApproved',
  'ResolutionExtended',
  'RateExclusionApproved',
  'RatingAppealDecided',
];

/**
 * Appeals' oversight mapper: which staff account did what to which request, for the discipline inspector's
 * flagged review (the main mapper names departments only). A second public event of the same domain event, so
 * its id is derived (`derivedId`); keyed by the request like the rest, it follows the main event on its key.
 */
export const appealsOversightMapper: IntegrationEventMapper = {
  context: 'appeals',
  topics: [APPEALS_TOPIC],
  eventTypes: STAFF_ACT_EVENT_TYPES,
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    const requestId = requestIdOfStream(event.streamId);
    if (requestId === null) return null;
    const actor = isStaffRole(event.metadata.actorRole) ? event.metadata.actorId : null;
    const act = actOf({ type: event.type, data: event.data } as EnterpriseRequestEvent, actor);
    if (act === null) return null;
    return toOutboundIntegrationEvent(RequestStaffActedV1, event, {
      subject: requestId,
      data: { requestId, ...act, actedAt: event.metadata.occurredAt },
      derivedId: true,
    });
  },
};
