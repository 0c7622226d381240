import { describe, expect, it } from 'vitest';
import type { StaffConflict } from '../../values/staff-conflict';
import { recusingActorOf } from './recusal';
import {
  acceptBy,
  acceptedOn0930,
  CENTRE,
  DEPARTMENT,
  FILING_CREDIT_CODE,
  given,
  handOff,
  missed,
  on,
  OTHER_CREDIT_CODE,
  OTHER_DEPARTMENT,
  play,
  resolveBy,
  staff,
  submit,
  supervisor,
} from '../test-setup/enterprise-request.fixtures';

// 回避 (晋江 四): whoever has a declared tie to the request's enterprise, or a recusal recorded for it, does not
// act on the request; someone else of the unit does.

const handler = staff(DEPARTMENT);
const colleague = staff(DEPARTMENT, 'dept-industry-it-colleague');
const tie = (staffId: string, creditCode = FILING_CREDIT_CODE): StaffConflict => ({
  staffId,
  creditCode,
  basis: 'declared-tie',
});
const recusal = (staffId: string, creditCode = FILING_CREDIT_CODE): StaffConflict => ({
  staffId,
  creditCode,
  basis: 'recusal',
});

const submitted = play([['2025-09-30', submit()]]);
const handedOff = play([
  ['2025-09-30', submit()],
  ['2025-09-30', handOff()],
]);
const accepted = play(acceptedOn0930);

describe('回避: staff who must recuse from the enterprise do not act on its request', () => {
  it('a handler whose declared relation is tied to the enterprise may not accept: 409 naming the rule and 晋江 四', () => {
    given(handedOff)
      .when(acceptBy(), on('2025-09-30', { actorConflicts: [tie(handler.staffId)] }))
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'conflict-of-interest',
          rule: { rule: 'recusal', source: '晋江 四' },
        });
        expect(error.message.zh).toContain('与该企业存在需回避的关系');
        expect(error.message.zh).toContain('已申报的特定关系人');
        expect(error.message.zh).toContain('请由本部门其他人员办理');
        expect(error.message.zh).toContain('依据：晋江 四');
        expect(error.message.en).toContain('source: Jinjiang 4');
      });
  });

  it('a colleague of the same department accepts it', () => {
    given(handedOff)
      .when(
        { type: 'AcceptRequest', by: colleague },
        on('2025-09-30', { actorConflicts: [tie(handler.staffId)] }),
      )
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['RequestAccepted']));
  });

  it('a tie to another enterprise, or a conflict of someone else, does not block', () => {
    given(handedOff)
      .when(
        acceptBy(),
        on('2025-09-30', {
          actorConflicts: [tie(handler.staffId, OTHER_CREDIT_CODE), recusal('someone-else')],
        }),
      )
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['RequestAccepted']));
  });

  it('a recorded recusal blocks the same way and is named as such; credit codes compare in any case', () => {
    given(accepted)
      .when(
        resolveBy(),
        on('2025-10-09', { actorConflicts: [recusal(handler.staffId, FILING_CREDIT_CODE.toLowerCase())] }),
      )
      .thenRejectsWith((error) => {
        expect(error.code).toBe('conflict-of-interest');
        expect(error.message.zh).toContain('已对该企业回避');
        expect(error.message.zh).toContain('不能办结');
      });
  });

  it('binds the first receiver handing off and a supervisor approving an extension too', () => {
    given(submitted)
      .when(handOff(), on('2025-09-30', { actorConflicts: [tie(staff(CENTRE).staffId)] }))
      .thenRejects('conflict-of-interest', 'conflict');
    given(accepted)
      .when(
        { type: 'ApproveExtension', reason: '需现场勘查', by: supervisor },
        on('2025-10-09', { actorConflicts: [recusal(supervisor.staffId)] }),
      )
      .thenRejects('conflict-of-interest', 'conflict');
  });

  it('a command refused for another reason keeps that reason', () => {
    given(handedOff)
      .when(
        acceptBy(OTHER_DEPARTMENT),
        on('2025-09-30', { actorConflicts: [tie(staff(OTHER_DEPARTMENT).staffId)] }),
      )
      .thenRejects('not-the-pending-department', 'forbidden');
  });

  it('filing a request is not acting on it, and the scheduler is never bound', () => {
    given([])
      .when(
        submit({ by: staff(CENTRE), channel: 'staff-walk-in' }),
        on('2025-09-30', { actorConflicts: [tie(staff(CENTRE).staffId)] }),
      )
      .thenEvents((events) => expect(events[0]?.type).toBe('RequestSubmitted'));
    given(handedOff)
      .when(missed('accept'), on('2025-10-20', { actorConflicts: [tie(handler.staffId)] }))
      .thenEvents((events) => expect(events.length).toBeGreaterThan(0));
  });

  it('says whose conflicts a command needs looked up: a staff member acting on a request, not one filing it', () => {
    expect(recusingActorOf(acceptBy())).toEqual(handler);
    expect(recusingActorOf(submit({ by: staff(CENTRE), channel: 'staff-walk-in' }))).toBeNull();
    expect(recusingActorOf(missed('accept'))).toBeNull();
  });
});
