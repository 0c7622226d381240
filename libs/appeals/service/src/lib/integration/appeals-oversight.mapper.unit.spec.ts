import { RequestStaffActedV1, STAFF_ACTIONS, STAFF_APPROVAL_ACTIONS } from '@qinqing/appeals/contracts';
import { enterpriseRequestStreamId } from '@qinqing/appeals/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { EventMetadata, LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { appealsIntegrationMapper } from './appeals-integration.mapper';
import { appealsOversightMapper } from './appeals-oversight.mapper';

const HANDLER = '01960000-0000-7000-8000-000000000002';
const SUPERVISOR = '01960000-0000-7000-8000-000000000004';
const AT = '2026-06-01T02:00:00.000Z';

const by = (actorId: string, actorRole: string): EventMetadata => ({
  correlationId: 'c1',
  causationId: null,
  actorId,
  actorRole,
  occurredAt: AT,
});
const handler = by(HANDLER, 'department-handler');
const supervisor = by(SUPERVISOR, 'supervisor');

const recorded = (type: string, data: unknown, metadata: EventMetadata): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000001',
  type,
  schemaVersion: 1,
  data,
  metadata,
  streamId: enterpriseRequestStreamId('r1'),
  streamRevision: 1,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date(AT),
});

const staffActed = (event: RecordedEvent) => {
  const out = appealsOversightMapper.map(event);
  if (out === null) return null;
  expect(out.key).toBe('r1');
  return parseCloudEvent(RequestStaffActedV1, JSON.parse(JSON.stringify(out.cloudEvent))).data;
};

/** A staff command's event, enough of its data for the mapper; the handling acts name nobody in their data. */
const STAFF_EVENTS: readonly (readonly [string, unknown, EventMetadata, string, string])[] = [
  [
    'RequestSubmitted',
    { requestId: 'r1' },
    by('01960000-0000-7000-8000-000000000001', 'service-staff'),
    'submitted',
    '01960000-0000-7000-8000-000000000001',
  ],
  ['RequestHandedOff', { toDepartmentId: 'dept-x', note: '请办理' }, handler, 'handed-off', HANDLER],
  ['RequestAccepted', { departmentId: 'dept-x' }, handler, 'accepted', HANDLER],
  ['RequestSentBack', { departmentId: 'dept-x', reason: '不属本部门' }, handler, 'sent-back', HANDLER],
  ['RequestReplied', { byUnitId: 'dept-x', message: '已收到' }, handler, 'replied', HANDLER],
  ['RequestPaused', { reason: '补材料', pausedOn: '2026-06-01' }, handler, 'paused', HANDLER],
  ['RequestResumed', { resumedOn: '2026-06-02' }, handler, 'resumed', HANDLER],
  ['OutcomePlanned', { outcome: 'inform', note: '拟告知' }, handler, 'outcome-planned', HANDLER],
  ['RequestResolved', { departmentId: 'dept-x', answer: '已办结' }, handler, 'resolved', HANDLER],
  ['RequestEscalated', { departmentId: 'dept-x', note: '已报出' }, handler, 'escalated', HANDLER],
  ['RequestInformed', { departmentId: 'dept-x', reason: '不能办理' }, handler, 'informed', HANDLER],
  ['GroupedForJointMeeting', { meetingId: 'm1' }, handler, 'grouped-for-meeting', HANDLER],
  [
    'JointMeetingOutcomeRecorded',
    { meetingId: 'm1', outcome: '议定' },
    handler,
    'meeting-outcome-recorded',
    HANDLER,
  ],
  [
    'RectificationReported',
    { departmentId: 'dept-x', note: '已整改' },
    handler,
    'rectification-reported',
    HANDLER,
  ],
  ['RatingAppealed', { departmentId: 'dept-x', reason: '评价有误' }, handler, 'rating-appealed', HANDLER],
  // The supervisor's acts and a duplicate's marking name their account in the event: that one is taken.
  [
    'MarkedDuplicate',
    { originalRequestId: 'r0', markedBy: HANDLER },
    by('x', 'administrator'),
    'marked-duplicate',
    HANDLER,
  ],
  [
    'RehandlingOrdered',
    { orderId: 'o1', supervisorId: SUPERVISOR, instruction: '重办' },
    supervisor,
    'rehandling-ordered',
    SUPERVISOR,
  ],
  [
    'SupervisionNoteAdded',
    { orderId: 'o1', supervisorId: SUPERVISOR, note: '跟进' },
    supervisor,
    'supervision-note-added',
    SUPERVISOR,
  ],
  [
    'SupervisionOrderClosed',
    { orderId: 'o1', supervisorId: SUPERVISOR, conclusion: '已整改' },
    supervisor,
    'supervision-order-closed',
    SUPERVISOR,
  ],
  [
    'CallbackRecorded',
    { supervisorId: SUPERVISOR, note: '回访' },
    supervisor,
    'callback-recorded',
    SUPERVISOR,
  ],
  [
    'PauseExtensionApproved',
    { approvedBy: SUPERVISOR, upToWorkingDays: 10, reason: '现场核查' },
    by('x', 'administrator'),
    'pause-extension-approved',
    SUPERVISOR,
  ],
  [
    'ResolutionExtended',
    { approvedBy: SUPERVISOR, reason: '情况复杂' },
    supervisor,
    'extension-approved',
    SUPERVISOR,
  ],
  [
    'RateExclusionApproved',
    { outcome: 'inform', supervisorId: SUPERVISOR, reason: '依法不能办理' },
    supervisor,
    'rate-exclusion-approved',
    SUPERVISOR,
  ],
  [
    'RatingAppealDecided',
    { supervisorId: SUPERVISOR, upheld: true, reason: '属实' },
    supervisor,
    'rating-appeal-upheld',
    SUPERVISOR,
  ],
  [
    'RatingAppealDecided',
    { supervisorId: SUPERVISOR, upheld: false, reason: '不属实' },
    supervisor,
    'rating-appeal-rejected',
    SUPERVISOR,
  ],
];

describe('the oversight event of a request (which staff account did what)', () => {
  it.each(STAFF_EVENTS)('%s → %s', (type, data, metadata, action, accountId) => {
    expect(staffActed(recorded(type, data, metadata))).toEqual({
      requestId: 'r1',
      accountId,
      action,
      actedAt: AT,
    });
  });

  it('covers every action of the contract, the approvals among them', () => {
    expect(new Set(STAFF_EVENTS.map(([, , , action]) => action))).toEqual(new Set(STAFF_ACTIONS));
    expect(STAFF_APPROVAL_ACTIONS.every((a) => (STAFF_ACTIONS as readonly string[]).includes(a))).toBe(true);
  });

  it('carries no department, reason, note or answer: the account, the act and when', () => {
    for (const [type, data, metadata] of STAFF_EVENTS) {
      const wire = JSON.stringify(appealsOversightMapper.map(recorded(type, data, metadata)));
      for (const words of ['dept-x', '不属本部门', '已办结', '情况复杂', '评价有误', '重办'])
        expect(wire).not.toContain(words);
    }
  });

  it('gives nothing for what staff did not do: the kiosk’s filing, the scheduler, a consumer, the enterprise', () => {
    expect(staffActed(recorded('RequestSubmitted', {}, by('session-1', 'kiosk-enterprise')))).toBeNull();
    expect(staffActed(recorded('RequestSubmitted', {}, by('liaison-visit-problems', 'system')))).toBeNull();
    expect(staffActed(recorded('RequestAccepted', {}, by('demo', 'system')))).toBeNull();
    expect(
      staffActed(recorded('DeadlineMissed', { clock: 'accept' }, by('appeals-deadline-scheduler', 'system'))),
    ).toBeNull();
    expect(staffActed(recorded('SupervisionOrderIssued', { orderId: 'o1' }, supervisor))).toBeNull();
    expect(
      staffActed(
        recorded('RequestRated', { rating: 'satisfied' }, by('91330203MA2H5K7P7A', 'kiosk-enterprise')),
      ),
    ).toBeNull();
    expect(staffActed(recorded('RequestReopened', { reason: 'x' }, handler))).toBeNull();
    expect(
      appealsOversightMapper.map({
        ...recorded('RequestAccepted', {}, handler),
        streamId: 'liaison-filing-f1',
      }),
    ).toBeNull();
  });

  it('is a second public event of the domain event: an id of its own, the same on every resend', () => {
    const accepted = recorded('RequestAccepted', { departmentId: 'dept-x', acceptedAt: AT }, handler);
    const id = appealsOversightMapper.map(accepted)?.cloudEvent.id;
    expect(id).not.toBe(appealsIntegrationMapper.map(accepted)?.cloudEvent.id);
    expect(appealsOversightMapper.map(accepted)?.cloudEvent.id).toBe(id);
  });
});
