import {
  type AppealsDecisionContext,
  DEFAULT_APPEALS_POLICY,
  type EnterpriseRequestCommand,
  type EnterpriseRequestEvent,
  type EnterpriseRequestState,
  enterpriseRequestDecider,
  enterpriseRequestStreamId,
} from '@qinqing/appeals/domain';
import { RequestResolvedV1 } from '@qinqing/appeals/contracts';
import { appealsIntegrationMapper, performanceProjection } from '@qinqing/appeals/service';
import { foldRequestFacts, type RequestActivity } from '@qinqing/service-centre/domain';
import { activityOf } from '@qinqing/service-centre/service';
import type { LogCursor, RecordedEvent, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { createOfficialWorkingDayCalendar } from '@qinqing/calendar/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

/**
 * Issue 11 item 3: one source of truth for "on time". Scripted histories go through the real decider; their
 * events feed the rates projection (on PGlite), the public-event mapper and the service-centre statistics
 * fold. All three must give the same verdict on the resolve clock, and keep a missed clock missed.
 */

const calendar = createOfficialWorkingDayCalendar();
const context = (date: string): AppealsDecisionContext => ({
  now: new Date(`${date}T10:00:00+08:00`),
  calendar,
  policy: DEFAULT_APPEALS_POLICY,
  actorConflicts: [],
});

const CENTRE = 'centre-haishu';
const DEPT = 'dept-market-regulation';
const staff = (unitId: string) => ({ kind: 'unit-staff', unitId, staffId: `${unitId}-staff` }) as const;
const supervisor = { kind: 'supervisor', staffId: 'sup-1' } as const;
const scheduler = { kind: 'scheduler' } as const;
const CREDIT_CODE = '91350582MA21111143';

type Step = readonly [date: string, command: EnterpriseRequestCommand, expect?: 'refused'];

const submit = (requestId: string): EnterpriseRequestCommand => ({
  type: 'SubmitRequest',
  requestId,
  receiptCode: `RC${requestId}`,
  enterprise: { creditCode: CREDIT_CODE, name: '宁波某某纺织有限公司' },
  contact: { name: '陈经理', phone: '13800138000' },
  category: 'market-order',
  priority: 'normal',
  title: '商标被冒用',
  description: '电商平台上有商家冒用我司商标。',
  channel: 'staff-walk-in',
  receivingUnitId: CENTRE,
  by: staff(CENTRE),
});

// Submitted, handed off and accepted on Mon 2026-06-01: reply due 06-04, resolve due 06-23 (端午 06-19).
const accepted = (requestId: string): Step[] => [
  ['2026-06-01', submit(requestId)],
  ['2026-06-01', { type: 'HandOffRequest', toDepartmentId: DEPT, note: '请核查', by: staff(CENTRE) }],
  ['2026-06-01', { type: 'AcceptRequest', by: staff(DEPT) }],
];
const resolve: EnterpriseRequestCommand = { type: 'ResolveRequest', answer: '已查处', by: staff(DEPT) };
const missed = (clock: 'reply' | 'resolve'): EnterpriseRequestCommand => ({
  type: 'RecordMissedDeadline',
  clock,
  by: scheduler,
});
const extend: EnterpriseRequestCommand = { type: 'ApproveExtension', reason: '情况复杂', by: supervisor };

/** Each script, and the verdict all three readers must give for its resolve clock (null: never resolved). */
const SCRIPTS: {
  name: string;
  steps: (id: string) => Step[];
  resolvedOnTime: boolean | null;
  missed: boolean;
}[] = [
  {
    name: 'resolved before the due date',
    steps: (id) => [...accepted(id), ['2026-06-10', resolve]],
    resolvedOnTime: true,
    missed: false,
  },
  {
    name: 'resolved after the due date, before the scheduler noticed',
    steps: (id) => [...accepted(id), ['2026-06-24', resolve]],
    resolvedOnTime: false,
    missed: false,
  },
  {
    name: 'a late extension is refused: the missed clock stays missed',
    steps: (id) => [
      ...accepted(id),
      ['2026-06-24', missed('resolve')],
      ['2026-06-25', extend, 'refused'],
      ['2026-06-26', resolve],
    ],
    resolvedOnTime: false,
    missed: true,
  },
  {
    name: 'an extension in time moves the due date',
    steps: (id) => [...accepted(id), ['2026-06-22', extend], ['2026-07-01', resolve]],
    resolvedOnTime: true,
    missed: false,
  },
  {
    name: 'a pause moves the due date; resolved within it',
    steps: (id) => [
      ...accepted(id),
      [
        '2026-06-02',
        { type: 'PauseClock', cause: 'enterprise-documents', reason: '等待企业补充证据', by: staff(DEPT) },
      ],
      ['2026-06-05', { type: 'ResumeClock', by: staff(DEPT) }],
      ['2026-06-25', resolve],
    ],
    resolvedOnTime: true,
    missed: false,
  },
  {
    name: 'a missed reply, then a duplicate is refused while the 督办 is open',
    steps: (id) => [
      ...accepted(id),
      ['2026-06-05', missed('reply')],
      [
        '2026-06-05',
        {
          type: 'MarkDuplicate',
          originalRequestId: 'agreement-original',
          original: {
            requestId: 'agreement-original',
            title: '商标被冒用',
            submittedOn: '2026-05-29' as never,
            creditCode: CREDIT_CODE,
            closed: false,
            duplicateOf: null,
          },
          by: staff(DEPT),
        },
        'refused',
      ],
      ['2026-06-08', resolve],
    ],
    resolvedOnTime: true,
    missed: true,
  },
];

const play = (steps: readonly Step[]): EnterpriseRequestEvent[] => {
  let state: EnterpriseRequestState = enterpriseRequestDecider.initialState();
  const events: EnterpriseRequestEvent[] = [];
  for (const [date, command, outcome] of steps) {
    const decision = enterpriseRequestDecider.decide(command, state, context(date));
    if (outcome === 'refused') {
      expect(decision.outcome, `${command.type} on ${date}`).toBe('rejected');
      continue;
    }
    if (decision.outcome === 'rejected')
      throw new Error(`${command.type} on ${date}: ${decision.error.code}`);
    events.push(...decision.events);
    state = decision.events.reduce(enterpriseRequestDecider.evolve, state);
  }
  return events;
};

let position = 0n;
const recorded = (requestId: string, events: readonly EnterpriseRequestEvent[]): RecordedEvent[] =>
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
        actorId: 'agreement',
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

describe('one verdict for "on time": rates, public events and service-centre statistics agree', () => {
  let db: SqlDatabase;

  beforeAll(async () => {
    db = await openTestPglite();
    await performanceProjection.setup(db);
  });

  afterAll(async () => {
    await db.close();
  });

  it.each(SCRIPTS.map((script, i) => ({ ...script, requestId: `agreement-${i}` })))(
    '$name',
    async ({ requestId, steps, resolvedOnTime, missed: wasMissed }) => {
      const events = recorded(requestId, play(steps(requestId)));

      // The rates projection.
      for (const event of events) await db.transaction((tx) => performanceProjection.apply(event, tx));
      const { rows } = await db.query<{ clock: string; on_time: boolean }>(
        'SELECT clock, on_time FROM appeals_perf3_clock_facts WHERE request_id = $1',
        [requestId],
      );
      const rates = rows.find((row) => row.clock === 'resolve')?.on_time ?? null;

      // The public events, read back by the service-centre consumer and folded into its statistics.
      const published = events.flatMap((event) => {
        const mapped = appealsIntegrationMapper.map(event);
        return mapped === null ? [] : [mapped.cloudEvent];
      });
      const publicVerdict = published.find((event) => event.type === RequestResolvedV1.type)?.data as
        { onTime?: boolean } | undefined;
      const activities = published.flatMap((event): RequestActivity[] => {
        const activity = activityOf(event);
        return activity === null ? [] : [activity];
      });
      const facts = foldRequestFacts(activities).get(requestId);

      // The decider's own verdict, recorded in its event.
      const resolved = events.find((event) => event.type === 'RequestResolved')?.data as
        { onTime: boolean } | undefined;

      expect(resolved?.onTime ?? null).toBe(resolvedOnTime);
      expect(rates).toBe(resolvedOnTime);
      expect(publicVerdict?.onTime ?? null).toBe(resolvedOnTime);
      expect(facts?.answer?.onTime ?? null).toBe(resolvedOnTime);
      expect(facts?.missedDeadline).toBe(wasMissed);
      // A recorded miss stays a miss in the rates, whatever came after it.
      const missedClocks = events.flatMap((event) =>
        event.type === 'DeadlineMissed' ? [(event.data as { clock: string }).clock] : [],
      );
      expect(missedClocks.length > 0).toBe(wasMissed);
      for (const clock of missedClocks) {
        expect(rows.find((row) => row.clock === clock)?.on_time).toBe(false);
      }
    },
  );
});
