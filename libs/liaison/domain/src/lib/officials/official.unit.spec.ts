import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import {
  type OfficialRegistered,
  officialDecider,
  officialIdOfStream,
  officialStreamId,
  type RegisterOfficial,
} from './official';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(officialDecider, { now });
const register: RegisterOfficial = {
  type: 'RegisterOfficial',
  accountId: 'official-1',
  name: ' 周建国 ',
  unitId: 'dept-market-regulation',
  superiorAccountId: 'official-boss',
  jurisdiction: '330203',
  by: 'admin-1',
};
/** Recorded before the office channel existed (no such field): later events always carry it. */
const registered: OfficialRegistered = {
  type: 'OfficialRegistered',
  data: {
    accountId: 'official-1',
    name: '周建国',
    unitId: 'dept-market-regulation',
    superiorAccountId: 'official-boss',
    jurisdiction: '330203',
    registeredBy: 'admin-1',
    registeredAt: now.toISOString(),
  },
};

describe('official profile', () => {
  it('is registered once with a unit and a superior', () => {
    given([])
      .when(register)
      .then([{ ...registered, data: { ...registered.data, officeChannel: null } }]);
    given([registered]).when(register).thenRejects('official-exists', 'conflict');
  });

  it('cannot name the official as their own superior', () => {
    given([])
      .when({ ...register, superiorAccountId: 'official-1' })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          code: 'own-superior',
          field: 'superiorAccountId',
          rule: { rule: 'official-profile' },
        });
      });
  });

  it('refuses a blank name and a malformed unit', () => {
    given([])
      .when({ ...register, name: ' ' })
      .thenRejectsWith((error) => expect(error.field).toBe('name'));
    given([])
      .when({ ...register, unitId: 'a b' })
      .thenRejectsWith((error) => expect(error.field).toBe('unitId'));
  });

  it('changes unit or superior once registered, and says when nothing changed', () => {
    given([])
      .when({ ...register, type: 'ChangeOfficialProfile' })
      .thenRejects('official-not-found', 'not-found');
    given([registered])
      .when({ ...register, type: 'ChangeOfficialProfile', superiorAccountId: 'official-new-boss' })
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({
          type: 'OfficialProfileChanged',
          data: { superiorAccountId: 'official-new-boss' },
        }),
      );
    given([registered])
      .when({ ...register, type: 'ChangeOfficialProfile' })
      .thenRejects('profile-unchanged', 'conflict');
  });

  describe('office channel (办公电话/办公地点, shown on the kiosk’s “我的联系领导”)', () => {
    const channel = '0574-87180000（区发改局 305 室）';

    it('is recorded, trimmed, with the registration; none given is null', () => {
      given([])
        .when({ ...register, officeChannel: `  ${channel} ` })
        .then([{ ...registered, data: { ...registered.data, officeChannel: channel } }]);
      given([])
        .when({ ...register, officeChannel: '   ' })
        .thenEvents(([event]) => expect(event?.data).toMatchObject({ officeChannel: null }));
      given([])
        .when(register)
        .thenEvents(([event]) => expect(event?.data).toMatchObject({ officeChannel: null }));
    });

    it('an official registered before it existed has none, and is given one by a change', () => {
      // `registered` is an event of that time: no officeChannel field at all.
      expect(officialDecider.evolve(officialDecider.initialState(), registered)).toMatchObject({
        officeChannel: null,
      });
      given([registered])
        .when({ ...register, type: 'ChangeOfficialProfile', officeChannel: channel })
        .thenEvents(([event]) =>
          expect(event).toMatchObject({ type: 'OfficialProfileChanged', data: { officeChannel: channel } }),
        );
      given([registered])
        .when({ ...register, type: 'ChangeOfficialProfile', officeChannel: null })
        .thenRejects('profile-unchanged', 'conflict');
    });

    it('a change that leaves it out removes it (a change states the whole profile)', () => {
      const withChannel: OfficialRegistered = {
        ...registered,
        data: { ...registered.data, officeChannel: channel },
      };
      given([withChannel])
        .when({ ...register, type: 'ChangeOfficialProfile' })
        .thenEvents(([event]) => expect(event?.data).toMatchObject({ officeChannel: null }));
      given([withChannel])
        .when({ ...register, type: 'ChangeOfficialProfile', officeChannel: channel })
        .thenRejects('profile-unchanged', 'conflict');
    });

    it('refuses more than 100 characters or more than one line, naming the field in both languages', () => {
      given([])
        .when({ ...register, officeChannel: '办'.repeat(101) })
        .thenRejectsWith((error) =>
          expect(error).toMatchObject({
            code: 'invalid-official',
            field: 'officeChannel',
            message: { zh: expect.stringContaining('100'), en: expect.stringContaining('100') },
          }),
        );
      given([])
        .when({ ...register, officeChannel: '办'.repeat(100) })
        .thenEvents(([event]) => expect(event?.type).toBe('OfficialRegistered'));
      given([])
        .when({ ...register, officeChannel: '0574-87180000\n305 室' })
        .thenRejectsWith((error) =>
          expect(error).toMatchObject({
            field: 'officeChannel',
            message: { zh: expect.stringContaining('一行') },
          }),
        );
    });
  });

  it('records the jurisdiction whose settings bind the official, a 6-digit division code', () => {
    given([])
      .when({ ...register, jurisdiction: 'qingdao' })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ code: 'invalid-official', field: 'jurisdiction' });
        expect(error.message.zh).toContain('GB/T 2260');
      });
    given([registered])
      .when({ ...register, type: 'ChangeOfficialProfile', jurisdiction: '330212' })
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({ type: 'OfficialProfileChanged', data: { jurisdiction: '330212' } }),
      );
    given([registered])
      .when({ ...register, type: 'ChangeOfficialProfile', jurisdiction: undefined, unitId: 'dept-other' })
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({ data: { unitId: 'dept-other', jurisdiction: '330203' } }),
      );
  });

  it('reads a registration from before jurisdictions were recorded as under the deployment’s (null)', () => {
    const { jurisdiction: _none, ...older } = registered.data;
    const before: OfficialRegistered = { type: 'OfficialRegistered', data: older };
    expect(officialDecider.evolve(officialDecider.initialState(), before)).toMatchObject({
      status: 'registered',
      jurisdiction: null,
    });
    given([before])
      .when({ ...register, type: 'ChangeOfficialProfile', jurisdiction: undefined })
      .thenRejects('profile-unchanged', 'conflict');
    given([before])
      .when({ ...register, type: 'ChangeOfficialProfile', jurisdiction: '330203' })
      .thenEvents((events) => expect(events[0]?.data).toMatchObject({ jurisdiction: '330203' }));
  });

  it('has one stream per official', () => {
    expect(officialIdOfStream(officialStreamId('official-1'))).toBe('official-1');
    expect(officialIdOfStream('liaison-enterprise-x')).toBeNull();
  });
});
