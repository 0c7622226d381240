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
  by: 'admin-1',
};
const registered: OfficialRegistered = {
  type: 'OfficialRegistered',
  data: {
    accountId: 'official-1',
    name: '周建国',
    unitId: 'dept-market-regulation',
    superiorAccountId: 'official-boss',
    registeredBy: 'admin-1',
    registeredAt: now.toISOString(),
  },
};

describe('official profile', () => {
  it('is registered once with a unit and a superior', () => {
    given([]).when(register).then([registered]);
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

  it('has one stream per official', () => {
    expect(officialIdOfStream(officialStreamId('official-1'))).toBe('official-1');
    expect(officialIdOfStream('liaison-enterprise-x')).toBeNull();
  });
});
