import {
  APPEALS_POLICY_STREAM_ID,
  type AppealsPolicyEvent,
  type DepartmentLedgerEvent,
  departmentLedgerStreamId,
  type EnterpriseRequestEvent,
  enterpriseRequestStreamId,
} from '@qinqing/appeals/domain';
import { historyScript, REQUEST_ID, runScript } from '@qinqing/appeals/domain/testing';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describeMapperEventTypes, everyEventType } from '@qinqing/shared/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealsIntegrationMapper } from './appeals-integration.mapper';
import { appealsOversightMapper } from './appeals-oversight.mapper';

const APPEALS_EVENT_TYPES = everyEventType<
  EnterpriseRequestEvent | DepartmentLedgerEvent | AppealsPolicyEvent
>({
  RequestSubmitted: true,
  RequestHandedOff: true,
  RequestAccepted: true,
  RequestSentBack: true,
  RequestFellToDefaultOwner: true,
  RequestReplied: true,
  RequestPaused: true,
  PauseExtensionApproved: true,
  RequestResumed: true,
  OutcomePlanned: true,
  RequestEscalated: true,
  RequestInformed: true,
  RequestResolved: true,
  ResolutionExtended: true,
  DeadlineApproaching: true,
  DeadlineMissed: true,
  SupervisionOrderIssued: true,
  SupervisionOrderReminded: true,
  SupervisionOrderEscalated: true,
  RehandlingOrdered: true,
  RateExclusionApproved: true,
  SupervisionNoteAdded: true,
  SupervisionOrderClosed: true,
  RequestRated: true,
  ReviewOpened: true,
  CallbackRecorded: true,
  RectificationReported: true,
  FollowUpReminded: true,
  FollowUpMissed: true,
  RatingAppealed: true,
  RatingAppealDecided: true,
  RequestReopened: true,
  RequestClosed: true,
  MarkedDuplicate: true,
  GroupedForJointMeeting: true,
  JointMeetingOutcomeRecorded: true,
  DueDatesMarkedProvisional: true,
  DueDatesRederived: true,
  PolicyLiaisonDesignated: true,
  ServiceAppointmentRecorded: true,
  InspectionRecorded: true,
  AppealsPolicyChanged: true,
});

const appealsCase = {
  contextEventTypes: APPEALS_EVENT_TYPES,
  streamIds: [
    enterpriseRequestStreamId(REQUEST_ID),
    departmentLedgerStreamId('dept-1'),
    APPEALS_POLICY_STREAM_ID,
  ],
};

describeMapperEventTypes('the appeals integration mapper', appealsIntegrationMapper, appealsCase);
describeMapperEventTypes('the appeals oversight mapper', appealsOversightMapper, appealsCase);

const recorded = (event: EnterpriseRequestEvent, i: number): RecordedEvent => ({
  eventId: `01960000-0000-7000-8000-${String(i).padStart(12, '0')}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {
    correlationId: 'c',
    causationId: null,
    actorId: 'handler.li',
    actorRole: 'department-handler',
    occurredAt: '2025-06-01T02:00:00.000Z',
  },
  streamId: enterpriseRequestStreamId(REQUEST_ID),
  streamRevision: i,
  globalPosition: BigInt(i + 1),
  cursor: `1:${i + 1}` as LogCursor,
  recordedAt: new Date('2025-06-01T02:00:00.000Z'),
});

describe('the appeals mappers on histories the decider decided', () => {
  it('map no event of a type they do not declare, and every event they map is of a declared type', () => {
    fc.assert(
      fc.property(historyScript, (script) => {
        const events = runScript(script).flatMap((step) => step.events);
        events.forEach((event, i) => {
          for (const mapper of [appealsIntegrationMapper, appealsOversightMapper]) {
            const mapped = mapper.map(recorded(event, i));
            expect(mapped === null || (mapper.eventTypes ?? []).includes(event.type)).toBe(true);
          }
        });
      }),
      { numRuns: 50 },
    );
  });
});
