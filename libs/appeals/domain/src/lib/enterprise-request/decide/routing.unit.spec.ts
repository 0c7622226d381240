import { describe, expect, it } from 'vitest';
import { decide } from '../enterprise-request.decide';
import {
  acceptBy,
  CENTRE,
  d,
  DEFAULT_OWNER,
  DEPARTMENT,
  given,
  missed,
  handOff,
  on,
  OTHER_DEPARTMENT,
  play,
  scheduler,
  sendBackBy,
  staff,
  stateOf,
  submit,
  supervisor,
} from '../test-setup/enterprise-request.fixtures';

const fall = { type: 'FallToDefaultOwner', by: scheduler } as const;

// Submitted and handed off on Tue 2025-09-30; with sendBackWithin 2 the department may send it back until
// 10-10 (10-01..10-08 are 国庆 holidays: 10-09 is working day 1, 10-10 day 2).
const submitted = play([['2025-09-30', submit()]]);
const handedOff = play([
  ['2025-09-30', submit()],
  ['2025-09-30', handOff()],
]);

describe('首问负责制: the first receiver owns the request until a competent department accepts it', () => {
  it('the receiving unit owns a new request', () => {
    expect(stateOf(submitted)).toMatchObject({ status: 'received', ownerUnitId: CENTRE, handOff: null });
  });

  describe('HandOffRequest', () => {
    it('the owner names the department, with a note; the claim window is in working days', () => {
      given(submitted)
        .when(handOff(), on('2025-09-30'))
        .then([
          {
            type: 'RequestHandedOff',
            data: {
              fromUnitId: CENTRE,
              toDepartmentId: DEPARTMENT,
              note: '涉及工业用地，转工信部门办理',
              handedOffOn: d('2025-09-30'),
              claimBy: d('2025-10-10'),
              acceptClock: { limit: 2, due: d('2025-10-10') },
            },
          },
        ]);
    });

    it('does not move ownership while the department has not accepted', () => {
      expect(stateOf(handedOff)).toMatchObject({
        status: 'awaiting-acceptance',
        ownerUnitId: CENTRE,
        handOff: { toDepartmentId: DEPARTMENT, claimBy: '2025-10-10' },
      });
    });

    it('only the owner hands off', () => {
      given(submitted).when(handOff(DEPARTMENT, OTHER_DEPARTMENT)).thenRejects('not-the-owner', 'forbidden');
    });

    it('needs a note and a department other than the owner itself', () => {
      given(submitted)
        .when({ ...handOff(), note: ' ' })
        .thenRejects('text-required', 'validation');
      given(submitted).when(handOff(CENTRE)).thenRejects('hand-off-to-self', 'validation');
      given(submitted).when(handOff('')).thenRejects('text-required', 'validation');
    });

    it('not while another hand-off is pending, nor once accepted', () => {
      given(handedOff).when(handOff(OTHER_DEPARTMENT)).thenRejects('invalid-transition', 'conflict');
      given(
        play([
          ['2025-09-30', submit()],
          ['2025-09-30', handOff()],
          ['2025-09-30', acceptBy()],
        ]),
      )
        .when(handOff(OTHER_DEPARTMENT, DEPARTMENT))
        .thenRejects('invalid-transition', 'conflict');
    });

    it('the conflict names the current state in both languages', () => {
      expect(decide(handOff(OTHER_DEPARTMENT), stateOf(handedOff), on('2025-09-30'))).toMatchObject({
        error: {
          message: {
            zh: '诉求当前状态为“已转办，待部门签收”，不能转办',
            en: 'Cannot hand the request off: the request is awaiting acceptance by a department',
          },
        },
      });
    });
  });

  describe('AcceptRequest', () => {
    it('the pending department accepts and becomes the owner; the accept clock is settled', () => {
      given(handedOff)
        .when(acceptBy(), on('2025-10-09'))
        .then([
          {
            type: 'RequestAccepted',
            data: {
              departmentId: DEPARTMENT,
              acceptedAt: '2025-10-09T02:00:00.000Z',
              acceptedOn: d('2025-10-09'),
              due: d('2025-10-10'),
              onTime: true,
            },
          },
        ]);
      const state = stateOf(play([...steps(), ['2025-10-09', acceptBy()]]));
      expect(state).toMatchObject({
        status: 'in-progress',
        ownerUnitId: DEPARTMENT,
        departmentId: DEPARTMENT,
      });
      expect(state.clocks.accept).toMatchObject({ status: 'met', settledOn: '2025-10-09' });
    });

    it('accepting after the accept clock is due settles it late', () => {
      // The accept clock runs from the hand-off and ends with the send-back window, 10-10.
      const state = stateOf(play([...steps(), ['2025-10-11', acceptBy()]]));
      expect(state.clocks.accept).toMatchObject({ status: 'late', due: '2025-10-10' });
    });

    // Issue 11 item 5: the accept limit (1 day from filing) ended before the send-back window (2 from hand-off).
    it('a department is never under 督办 on a day it may lawfully send the request back', () => {
      given(handedOff).when(missed('accept'), on('2025-10-10')).then([]);
      given(handedOff)
        .when(sendBackBy(), on('2025-10-10'))
        .thenEvents((events) => expect(events).toHaveLength(1));
      given(handedOff)
        .when(missed('accept'), on('2025-10-11'))
        .thenEvents(([event]) =>
          expect(event).toMatchObject({ data: { clock: 'accept', due: '2025-10-10' } }),
        );
    });

    it('only the pending department accepts', () => {
      given(handedOff)
        .when(acceptBy(OTHER_DEPARTMENT))
        .thenRejects('not-the-pending-department', 'forbidden');
      given(handedOff).when(acceptBy(CENTRE)).thenRejects('not-the-pending-department', 'forbidden');
    });

    it('a competent first receiver may take on a request it has not handed off', () => {
      given(submitted)
        .when(acceptBy(CENTRE))
        .thenEvents(([event]) => expect(event).toMatchObject({ data: { departmentId: CENTRE } }));
      given(submitted).when(acceptBy(DEPARTMENT)).thenRejects('not-the-owner', 'forbidden');
    });

    it('is still possible after the claim window, as long as the request has not fallen', () => {
      given(handedOff)
        .when(acceptBy(), on('2025-10-20'))
        .thenEvents(([event]) => expect(event?.type).toBe('RequestAccepted'));
    });
  });

  describe('SendBackRequest', () => {
    it('the pending department sends it back with a reason; the unit that handed it off owns it again', () => {
      given(handedOff)
        .when(sendBackBy(), on('2025-10-10'))
        .then([
          {
            type: 'RequestSentBack',
            data: {
              departmentId: DEPARTMENT,
              reason: '不属本部门职责',
              sentBackOn: d('2025-10-10'),
              returnedToUnitId: CENTRE,
              acceptClock: { limit: 1, due: d('2025-10-11') },
            },
          },
        ]);
      const state = stateOf(play([...steps(), ['2025-10-10', sendBackBy()]]));
      expect(state).toMatchObject({ status: 'received', ownerUnitId: CENTRE, handOff: null });
      expect(state.sentBackBy).toEqual([DEPARTMENT]);
    });

    it('after a fall, the default owner hands off and gets it back when it is sent back', () => {
      const history = play([
        ...steps(),
        ['2025-10-13', fall],
        ['2025-10-13', handOff(OTHER_DEPARTMENT, DEFAULT_OWNER)],
        ['2025-10-13', sendBackBy(OTHER_DEPARTMENT)],
      ]);
      expect(stateOf(history)).toMatchObject({ status: 'received', ownerUnitId: DEFAULT_OWNER });
    });

    it('needs a reason', () => {
      given(handedOff).when(sendBackBy(DEPARTMENT, '')).thenRejects('text-required', 'validation');
    });

    it('only by the pending department', () => {
      given(handedOff)
        .when(sendBackBy(OTHER_DEPARTMENT))
        .thenRejects('not-the-pending-department', 'forbidden');
    });

    it('only until claimBy (a working-day window)', () => {
      given(handedOff)
        .when(sendBackBy(), on('2025-10-11'))
        .thenRejects('send-back-window-closed', 'conflict');
    });

    it('each department sends a request back only once: handed to it again, it can only accept', () => {
      const again = play([...steps(), ['2025-10-09', sendBackBy()], ['2025-10-09', handOff()]]);
      given(again).when(sendBackBy(), on('2025-10-09')).thenRejects('send-back-already-used', 'conflict');
      given(again)
        .when(acceptBy(), on('2025-10-09'))
        .thenEvents(([event]) => expect(event?.type).toBe('RequestAccepted'));
    });

    it('another department may still send it back', () => {
      const elsewhere = play([
        ...steps(),
        ['2025-10-09', sendBackBy()],
        ['2025-10-09', handOff(OTHER_DEPARTMENT)],
      ]);
      given(elsewhere)
        .when(sendBackBy(OTHER_DEPARTMENT), on('2025-10-09'))
        .thenEvents(([event]) => expect(event?.type).toBe('RequestSentBack'));
    });

    it('not when nothing is pending', () => {
      given(submitted).when(sendBackBy()).thenRejects('invalid-transition', 'conflict');
    });
  });

  describe('FallToDefaultOwner (scheduler)', () => {
    it('an unclaimed hand-off falls to the default owner the day after claimBy', () => {
      given(handedOff)
        .when(fall, on('2025-10-11'))
        .then([
          // The department let its accept clock (due with the send-back window, 10-10) lapse: 督办.
          {
            type: 'DeadlineMissed',
            data: { clock: 'accept', due: d('2025-10-10'), detectedOn: d('2025-10-11') },
          },
          {
            type: 'SupervisionOrderIssued',
            data: {
              orderId: 'req-1-accept-1',
              clock: 'accept',
              issuedOn: d('2025-10-11'),
              due: d('2025-10-17'),
            },
          },
          {
            type: 'RequestFellToDefaultOwner',
            data: {
              unclaimedByDepartmentId: DEPARTMENT,
              defaultOwnerUnitId: DEFAULT_OWNER,
              fellOn: d('2025-10-11'),
              acceptClock: { limit: 1, due: d('2025-10-13') },
            },
          },
        ]);
      const state = stateOf(play([...steps(), ['2025-10-11', fall]]));
      expect(state).toMatchObject({ status: 'received', ownerUnitId: DEFAULT_OWNER, handOff: null });
    });

    it('nothing to do on or before claimBy, when nothing is pending, or run twice', () => {
      given(handedOff).when(fall, on('2025-10-10')).then([]);
      given(submitted).when(fall, on('2025-10-20')).then([]);
      given(play([...steps(), ['2025-10-11', fall]]))
        .when(fall, on('2025-10-12'))
        .then([]);
    });

    it('is the scheduler’s to run', () => {
      given(handedOff)
        .when({ type: 'FallToDefaultOwner', by: supervisor as never }, on('2025-10-11'))
        .thenRejects('actor-not-allowed', 'forbidden');
    });

    it('uses the jurisdiction’s default owner', () => {
      given(handedOff)
        .when(
          fall,
          on('2025-10-11', { policy: { ...on('2025-10-11').policy, defaultOwnerUnitId: 'unit-other' } }),
        )
        .thenEvents((events) =>
          expect(events.at(-1)).toMatchObject({ data: { defaultOwnerUnitId: 'unit-other' } }),
        );
    });
  });

  it('staff of a unit that is not the owner cannot act on it', () => {
    given(handedOff)
      .when({ type: 'ReplyToEnterprise', message: '已收到', by: staff(DEPARTMENT) })
      .thenRejects('not-the-owner', 'forbidden');
  });
});

function steps() {
  return [
    ['2025-09-30', submit()],
    ['2025-09-30', handOff()],
  ] as const;
}
