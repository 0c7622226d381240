import {
  type AppealsDecisionContext,
  DEFAULT_APPEALS_POLICY,
  type EnterpriseRequestCommand,
  type EnterpriseRequestEvent,
  type EnterpriseRequestState,
  enterpriseRequestDecider,
  enterpriseRequestStreamId,
} from '@qinqing/appeals/domain';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { createOfficialWorkingDayCalendar } from '@qinqing/calendar/domain';

/** Scripted histories for projection tests: commands decided by the real decider, each on its own day. */

const calendar = createOfficialWorkingDayCalendar();

export const decisionOn = (date: string): AppealsDecisionContext => ({
  now: new Date(`${date}T10:00:00+08:00`),
  calendar,
  policy: DEFAULT_APPEALS_POLICY,
  actorConflicts: [],
});

export type ScriptStep = readonly [date: string, command: EnterpriseRequestCommand];

export const playScript = (steps: readonly ScriptStep[]): EnterpriseRequestEvent[] => {
  let state: EnterpriseRequestState = enterpriseRequestDecider.initialState();
  const events: EnterpriseRequestEvent[] = [];
  for (const [date, command] of steps) {
    const decision = enterpriseRequestDecider.decide(command, state, decisionOn(date));
    if (decision.outcome === 'rejected')
      throw new Error(`${command.type} on ${date}: ${decision.error.code}`);
    events.push(...decision.events);
    state = decision.events.reduce(enterpriseRequestDecider.evolve, state);
  }
  return events;
};

let position = 0n;

/** The events as the store would record them, in order. */
export const asRecorded = (requestId: string, events: readonly EnterpriseRequestEvent[]): RecordedEvent[] =>
  events.map((event, revision) => {
    position += 1n;
    return {
      eventId: `${requestId}-${revision}`,
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: {
        correlationId: requestId,
        causationId: null,
        actorId: 'script',
        actorRole: 'system',
        occurredAt: '2026-06-01T02:00:00.000Z',
      },
      streamId: enterpriseRequestStreamId(requestId),
      streamRevision: revision,
      globalPosition: position,
      cursor: String(position) as LogCursor,
      recordedAt: new Date('2026-06-01T02:00:00.000Z'),
    };
  });

const CREDIT_CODE = '91350582MA21111143';
export const staffOf = (unitId: string) =>
  ({ kind: 'unit-staff', unitId, staffId: `${unitId}-staff` }) as const;
export const SCRIPT_SUPERVISOR = { kind: 'supervisor', staffId: 'sup-1' } as const;
export const SCRIPT_SCHEDULER = { kind: 'scheduler' } as const;

export const submitAt = (requestId: string, centre: string): EnterpriseRequestCommand => ({
  type: 'SubmitRequest',
  requestId,
  receiptCode: `RC${requestId.replace(/[^A-Za-z0-9]/gu, '')}`,
  enterprise: { creditCode: CREDIT_CODE, name: '宁波某某纺织有限公司' },
  contact: { name: '陈经理', phone: '13800138000' },
  category: 'market-order',
  priority: 'normal',
  title: '商标被冒用',
  description: '电商平台上有商家冒用我司商标。',
  channel: 'staff-walk-in',
  receivingUnitId: centre,
  by: staffOf(centre),
});
