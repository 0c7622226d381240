import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { maskSignatoryName, pledgeDecider, type SignPledge } from './pledge.decide';
import { CURRENT_PLEDGE_TEXT } from './pledge-text';

// 2026-12-02 09:00 in China.
const now = new Date('2026-12-02T01:00:00.000Z');
const given = deciderSpecification(pledgeDecider, { now });

const sign: SignPledge = {
  type: 'SignPledge',
  pledgeId: 'p-1',
  creditCode: '91330203MA2H5K7P7A',
  signatoryName: ' 张建华 ',
  signatoryPosition: '董事长',
  textVersion: CURRENT_PLEDGE_TEXT.version,
  sessionId: 'walk-in-1',
};

describe('the integrity pledge (廉洁承诺, Kunshan 六(4))', () => {
  it('is signed by the responsible person, naming themselves, their position and the text version', () => {
    given([])
      .when(sign)
      .then([
        {
          type: 'PledgeSigned',
          data: {
            pledgeId: 'p-1',
            creditCode: '91330203MA2H5K7P7A',
            signatoryName: '张建华',
            signatoryPosition: '董事长',
            textVersion: CURRENT_PLEDGE_TEXT.version,
            signedOn: '2026-12-02',
            signedAt: now.toISOString(),
            sessionId: 'walk-in-1',
          },
        },
      ]);
  });

  it('refuses an old text version (409 naming the rule) and blank fields (naming the field)', () => {
    given([])
      .when({ ...sign, textVersion: '2025.1' })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'pledge-text-outdated',
          rule: { rule: 'integrity-pledge' },
        });
        expect(error.message.zh).toContain('昆山 六(4)');
      });
    given([])
      .when({ ...sign, signatoryName: '  ' })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ kind: 'validation', field: 'signatoryName' }),
      );
    given([])
      .when({ ...sign, signatoryPosition: '' })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ kind: 'validation', field: 'signatoryPosition' }),
      );
  });

  it('is signed once per pledge id', () => {
    const first = pledgeDecider.decide(sign, pledgeDecider.initialState(), { now });
    if (first.outcome === 'rejected') throw new Error(first.error.code);
    given([...first.events])
      .when(sign)
      .thenRejects('pledge-exists', 'conflict');
  });

  it('masks the name to the family name and one star, whatever its length', () => {
    expect(maskSignatoryName('张建华')).toBe('张*');
    expect(maskSignatoryName('欧阳')).toBe('欧*');
    expect(maskSignatoryName(' 李 ')).toBe('李*');
  });

  it('has a text that cites its source and carries a version', () => {
    expect(CURRENT_PLEDGE_TEXT.text).toContain('第六条第（四）项');
    expect(CURRENT_PLEDGE_TEXT.version).toMatch(/^\d{4}\.\d+$/u);
  });
});
