import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { type CentreEventDetailsInput, centreEventDecider } from './centre-event.decide';
import type {
  CentreEventEvent,
  CentreEventRegistrationTaken,
  CentreEventScheduled,
} from './centre-event.events';
import { centreEventIdOfStream, centreEventStreamId } from './centre-event.stream';
import { type AudienceFacts, normaliseCheckInCode } from './centre-event.values';

const now = new Date('2026-12-03T02:00:00.000Z');
const CODES = ['91330203MA2JB0016G', '91330203MA2JB0024B', '91330203MA2JB00326'] as const;
const facts: AudienceFacts = {
  name: '宁波海曙甬创智能制造有限公司',
  industry: 'C3491',
  areaCode: '330203102',
  size: 'medium',
};
const given = deciderSpecification(centreEventDecider, { now, enterprise: facts as AudienceFacts | null });

const input = (overrides: Partial<CentreEventDetailsInput> = {}): CentreEventDetailsInput => ({
  kind: 'symposium',
  title: ' 海曙区政企恳谈会 ',
  description: '区领导与企业家面对面',
  place: '海曙亲清家园二楼会议室',
  areaCode: '330203',
  startsAt: '2026-12-10T14:00+08:00',
  endsAt: '2026-12-10T16:30+08:00',
  capacity: 2,
  audience: { industries: ['c'], areaCodes: ['330203'], sizes: [] },
  ...overrides,
});

const scheduled: CentreEventScheduled = {
  type: 'CentreEventScheduled',
  data: {
    eventId: 'ev-1',
    kind: 'symposium',
    title: '海曙区政企恳谈会',
    description: '区领导与企业家面对面',
    place: '海曙亲清家园二楼会议室',
    areaCode: '330203',
    startsAt: '2026-12-10T06:00:00.000Z',
    endsAt: '2026-12-10T08:30:00.000Z',
    capacity: 2,
    audience: { industries: ['C'], areaCodes: ['330203'], sizes: [] },
    scheduledBy: 'staff.wang',
    scheduledAt: now.toISOString(),
  },
};

const taken = (
  index: number,
  status: 'registered' | 'waiting' = 'registered',
): CentreEventRegistrationTaken => ({
  type: 'CentreEventRegistrationTaken',
  data: {
    eventId: 'ev-1',
    creditCode: CODES[index] ?? '',
    enterpriseName: `企业${index}`,
    seq: index + 1,
    status,
    checkInCode: `KXM000000${index}`,
    channel: 'kiosk',
    registeredAt: now.toISOString(),
  },
});

const full: CentreEventEvent[] = [scheduled, taken(0), taken(1), taken(2, 'waiting')];
const atStart = new Date('2026-12-10T06:00:00.000Z');
const during = new Date('2026-12-10T06:30:00.000Z');
const after = new Date('2026-12-10T09:00:00.000Z');
const checkedIn = (index: number): CentreEventEvent => ({
  type: 'CentreEventCheckedIn',
  data: {
    eventId: 'ev-1',
    creditCode: CODES[index] ?? '',
    channel: 'console',
    checkedInAt: during.toISOString(),
  },
});

describe('a centre event (活动)', () => {
  it('is scheduled with its details checked and normalised', () => {
    given([])
      .when({ type: 'ScheduleCentreEvent', eventId: 'ev-1', details: input(), by: 'staff.wang' })
      .then([scheduled]);
  });

  it('names the field of bad details, in both languages, with the rule', () => {
    for (const [details, field] of [
      [input({ kind: 'party' }), 'kind'],
      [input({ title: '  ' }), 'title'],
      [input({ areaCode: '3302' }), 'areaCode'],
      [input({ startsAt: '2026-12-10 14:00' }), 'startsAt'],
      [input({ startsAt: '2026-12-01T14:00+08:00' }), 'startsAt'],
      [input({ endsAt: '2026-12-10T13:00+08:00' }), 'endsAt'],
      [input({ capacity: 0 }), 'capacity'],
      [input({ capacity: '2.5' }), 'capacity'],
      [input({ audience: { industries: ['制造'] } }), 'audience.industries.0'],
      [input({ audience: { sizes: ['huge'] } }), 'audience.sizes.0'],
    ] as const)
      given([])
        .when({ type: 'ScheduleCentreEvent', eventId: 'ev-1', details, by: 'staff.wang' })
        .thenRejectsWith((error) => {
          expect(error.kind).toBe('validation');
          expect(error.field).toBe(field);
          expect(error.message.zh).toMatch(/依据/u);
          expect(error.message.en).toMatch(/source/u);
        });
  });

  it('gives places up to the capacity, then the waiting list', () => {
    given([scheduled, taken(0)])
      .when({
        type: 'RegisterForCentreEvent',
        creditCode: CODES[1],
        channel: 'kiosk',
        checkInCode: 'abcd-efgh-jk',
      })
      .then([
        { ...taken(1), data: { ...taken(1).data, enterpriseName: facts.name, checkInCode: 'ABCDEFGHJK' } },
      ]);
    given([scheduled, taken(0), taken(1)])
      .when({ type: 'RegisterForCentreEvent', creditCode: CODES[2], channel: 'console', checkInCode: 'X1' })
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ data: { status: 'waiting', seq: 3, channel: 'console' } }),
      );
  });

  it('takes an enterprise once, even after it withdrew', () => {
    given(full)
      .when({
        type: 'RegisterForCentreEvent',
        creditCode: CODES[0].toLowerCase(),
        channel: 'kiosk',
        checkInCode: 'Z9',
      })
      .thenRejects('already-registered', 'conflict');
    given([
      ...full,
      {
        type: 'CentreEventRegistrationWithdrawn',
        data: { eventId: 'ev-1', creditCode: CODES[0], withdrawnAt: now.toISOString() },
      },
    ])
      .when({ type: 'RegisterForCentreEvent', creditCode: CODES[0], channel: 'kiosk', checkInCode: 'Z9' })
      .thenRejectsWith((error) => expect(error.message.en).toMatch(/withdrew/u));
  });

  it('takes only its audience; an enterprise the directory does not know only for an open event', () => {
    const register = {
      type: 'RegisterForCentreEvent',
      creditCode: CODES[0],
      channel: 'kiosk',
      checkInCode: 'Z9',
    } as const;
    given([scheduled])
      .when(register, { enterprise: { ...facts, industry: 'F5131' } })
      .thenRejects('not-in-audience', 'forbidden');
    given([scheduled])
      .when(register, { enterprise: { ...facts, areaCode: '330212103' } })
      .thenRejects('not-in-audience');
    given([scheduled]).when(register, { enterprise: null }).thenRejects('not-in-audience');
    const open = {
      ...scheduled,
      data: { ...scheduled.data, audience: { industries: [], areaCodes: [], sizes: [] } },
    };
    given([open])
      .when(register, { enterprise: null })
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ data: { enterpriseName: CODES[0], status: 'registered' } }),
      );
  });

  it('closes registration and withdrawal at the start', () => {
    given([scheduled])
      .when(
        { type: 'RegisterForCentreEvent', creditCode: CODES[0], channel: 'kiosk', checkInCode: 'Z9' },
        { now: atStart },
      )
      .thenRejects('event-started', 'conflict');
    given(full)
      .when({ type: 'WithdrawCentreEventRegistration', creditCode: CODES[0] }, { now: atStart })
      .thenRejects('event-started');
  });

  it('promotes the first on the waiting list when a place frees', () => {
    given(full)
      .when({ type: 'WithdrawCentreEventRegistration', creditCode: CODES[1] })
      .then([
        {
          type: 'CentreEventRegistrationWithdrawn',
          data: { eventId: 'ev-1', creditCode: CODES[1], withdrawnAt: now.toISOString() },
        },
        {
          type: 'CentreEventWaitingListPromoted',
          data: { eventId: 'ev-1', creditCode: CODES[2], promotedAt: now.toISOString() },
        },
      ]);
  });

  it('promotes from the waiting list when the capacity grows, and keeps the capacity above the places held', () => {
    given(full)
      .when({ type: 'ChangeCentreEventDetails', details: input({ capacity: 3 }), by: 'staff.wang' })
      .thenEvents((events) =>
        expect(events.map((e) => e.type)).toEqual([
          'CentreEventDetailsChanged',
          'CentreEventWaitingListPromoted',
        ]),
      );
    given(full)
      .when({ type: 'ChangeCentreEventDetails', details: input({ capacity: 1 }), by: 'staff.wang' })
      .thenRejects('capacity-below-registered');
  });

  it('checks in once by code from two hours before the start to the end, never a waiting enterprise', () => {
    const byCode = (code: string) =>
      ({ type: 'CheckInToCentreEvent', by: { code }, channel: 'console' }) as const;
    given(full)
      .when(byCode('kxm-0000000'), { now: during })
      .then([checkedIn(0)]);
    given([...full, checkedIn(0)])
      .when(byCode('KXM0000000'), { now: during })
      .thenRejects('already-checked-in');
    given(full).when(byCode('KXM0000002'), { now: during }).thenRejects('still-waiting');
    given(full).when(byCode('WRONG'), { now: during }).thenRejects('unknown-check-in-code', 'not-found');
    given(full).when(byCode('KXM0000000'), { now }).thenRejects('check-in-not-open');
    given(full).when(byCode('KXM0000000'), { now: after }).thenRejects('check-in-closed');
    given(full)
      .when({ type: 'CheckInToCentreEvent', by: { creditCode: CODES[1] }, channel: 'kiosk' }, { now: during })
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ data: { creditCode: CODES[1], channel: 'kiosk' } }),
      );
  });

  it('refuses a check-in after a cancellation, and the cancellation tells every registered enterprise', () => {
    given(full)
      .when({ type: 'CancelCentreEvent', reason: ' 场地检修 ', by: 'staff.wang' })
      .thenEvents(([event]) =>
        expect(event).toMatchObject({
          type: 'CentreEventCancelled',
          data: {
            reason: '场地检修',
            title: '海曙区政企恳谈会',
            notices: [
              { creditCode: CODES[0], wasWaiting: false },
              { creditCode: CODES[1], wasWaiting: false },
              { creditCode: CODES[2], wasWaiting: true },
            ],
          },
        }),
      );
    const cancelled: CentreEventEvent = {
      type: 'CentreEventCancelled',
      data: {
        eventId: 'ev-1',
        kind: 'symposium',
        title: 't',
        place: 'p',
        startsAt: scheduled.data.startsAt,
        reason: 'r',
        notices: [],
        cancelledBy: 's',
        cancelledAt: now.toISOString(),
      },
    };
    given([...full, cancelled])
      .when({ type: 'CheckInToCentreEvent', by: { code: 'KXM0000000' }, channel: 'console' }, { now: during })
      .thenRejects('event-cancelled', 'conflict');
    given(full)
      .when({ type: 'CancelCentreEvent', reason: ' ', by: 's' })
      .thenRejects('invalid-text', 'validation');
  });

  it('takes feedback once from an enterprise that attended, and closes with counts only', () => {
    const rate = (rating: number | string) =>
      ({ type: 'GiveCentreEventFeedback', creditCode: CODES[0], rating, comment: '很有帮助' }) as const;
    given(full).when(rate(5), { now: after }).thenRejects('not-attended');
    given([...full, checkedIn(0)])
      .when(rate(6), { now: after })
      .thenRejects('invalid-rating');
    const rated: CentreEventEvent = {
      type: 'CentreEventFeedbackGiven',
      data: {
        eventId: 'ev-1',
        creditCode: CODES[0],
        rating: 4,
        comment: '很有帮助',
        givenAt: after.toISOString(),
      },
    };
    given([...full, checkedIn(0)])
      .when(rate('4'), { now: after })
      .then([rated]);
    given([...full, checkedIn(0), rated])
      .when(rate(5), { now: after })
      .thenRejects('feedback-given');
    given([...full, checkedIn(0), rated])
      .when({ type: 'CloseCentreEvent', by: 's' }, { now: during })
      .thenRejects('event-not-over');
    given([...full, checkedIn(0), rated])
      .when({ type: 'CloseCentreEvent', by: 's' }, { now: after })
      .thenEvents(([event]) =>
        expect(event).toMatchObject({
          type: 'CentreEventClosed',
          data: {
            kind: 'symposium',
            areaCode: '330203',
            capacity: 2,
            registered: 2,
            attended: 1,
            feedbackCount: 1,
            meanRating: 4,
          },
        }),
      );
  });

  it('has one stream per event, from one helper', () => {
    expect(centreEventIdOfStream(centreEventStreamId('abc'))).toBe('abc');
    expect(centreEventIdOfStream('party-building-joint-branch-x')).toBeNull();
    expect(normaliseCheckInCode('ab-cd io lo')).toBe('ABCD1010');
  });
});
