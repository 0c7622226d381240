import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import {
  type CorrectEnterpriseDetails,
  enterpriseDecider,
  type EnterpriseDetailsInput,
  type RegisterEnterprise,
} from './enterprise.decide';
import type { EnterpriseRegistered } from './enterprise.events';
import { enterpriseIdOfStream, enterpriseStreamId } from './enterprise.stream';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(enterpriseDecider, { now });

const creditCode = (region: string, organisation8: string): string => {
  const first17 = `91${region}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

const CODE = creditCode('330212', 'MA2L6B2Q');
const admin = { actorId: 'admin-1', role: 'administrator' };
const staff = { actorId: 'staff-1', role: 'service-staff' };

const details: EnterpriseDetailsInput = {
  name: ' 宁波南部新城云帆软件有限公司 ',
  industry: 'i6513',
  employees: 120,
  revenue: 3200,
  assets: 5000,
  chambers: ['鄞州区工商联', ' 鄞州区工商联 ', '宁波市软件行业协会'],
  tags: ['high-growth', 'four-new'],
  contactPhone: '177 5741 6789',
};

const register: RegisterEnterprise = { type: 'RegisterEnterprise', creditCode: CODE, details, by: staff };

const registered: EnterpriseRegistered = {
  type: 'EnterpriseRegistered',
  data: {
    creditCode: CODE,
    name: '宁波南部新城云帆软件有限公司',
    areaCode: '330212',
    industry: 'I6513',
    employees: 120,
    revenue: 3200,
    assets: 5000,
    chambers: ['鄞州区工商联', '宁波市软件行业协会'],
    tags: ['four-new', 'high-growth'],
    contactPhone: '17757416789',
    size: { size: 'medium', industryGroup: 'software-it' },
    registeredBy: 'staff-1',
    registeredAt: now.toISOString(),
  },
};

const correct = (changes: CorrectEnterpriseDetails['changes'], by = staff): CorrectEnterpriseDetails => ({
  type: 'CorrectEnterpriseDetails',
  creditCode: CODE,
  changes,
  by,
});

describe('an enterprise in the directory', () => {
  it('is registered under its credit code, its area taken from characters 3–8, its size class computed', () => {
    given([]).when(register).then([registered]);
  });

  it('is registered once', () => {
    given([registered]).when(register).thenRejects('enterprise-registered', 'conflict');
  });

  it('refuses a credit code with a wrong check character, naming GB 32100', () => {
    const wrong = `${CODE.slice(0, 17)}${CODE.endsWith('0') ? '1' : '0'}`;
    given([])
      .when({ ...register, creditCode: wrong })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ kind: 'validation', code: 'invalid-credit-code', field: 'creditCode' });
        expect(error.message.zh).toContain('GB 32100-2015');
      });
  });

  it('takes another area only from an administrator (403 for service staff), a town code included', () => {
    given([])
      .when({ ...register, details: { ...details, areaCode: '330212001' } })
      .thenRejects('area-correction-forbidden', 'forbidden');
    given([])
      .when({ ...register, by: admin, details: { ...details, areaCode: '330212001' } })
      .thenEvents((events) => expect(events[0]).toMatchObject({ data: { areaCode: '330212001' } }));
    given([registered])
      .when(correct({ areaCode: '330203' }))
      .thenRejects('area-correction-forbidden', 'forbidden');
    given([registered])
      .when(correct({ areaCode: '330203' }, admin))
      .thenEvents((events) => expect(events[0]).toMatchObject({ data: { changes: { areaCode: '330203' } } }));
  });

  it('records only the fields a correction changes, with the size class they now give', () => {
    given([registered])
      .when(correct({ name: '宁波南部新城云帆软件有限公司', employees: 350, revenue: 12000 }))
      .then([
        {
          type: 'EnterpriseDetailsCorrected',
          data: {
            creditCode: CODE,
            changes: { employees: 350, revenue: 12000 },
            size: { size: 'large', industryGroup: 'software-it' },
            correctedBy: 'staff-1',
            correctedAt: now.toISOString(),
          },
        },
      ]);
  });

  it('records nothing for a correction that changes nothing (an import run twice is silent)', () => {
    given([registered])
      .when(correct({ ...details, tags: ['high-growth', 'four-new'], contactPhone: '17757416789' }))
      .then([]);
  });

  it('keeps no size class when the industry is outside the rule or an indicator is unknown', () => {
    given([])
      .when({ ...register, details: { ...details, industry: 'J6621' } })
      .thenEvents((events) => expect(events[0]?.data).toMatchObject({ size: null }));
    given([registered])
      .when(correct({ revenue: null }))
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({ changes: { revenue: null }, size: null }),
      );
  });

  it.each([
    [{ name: '  ' }, 'invalid-enterprise-name', 'name'],
    [{ industry: 'Z99' }, 'unknown-industry-code', 'industry'],
    [{ employees: -1 }, 'invalid-size-indicator', 'employees'],
    [{ employees: 2.5 }, 'invalid-size-indicator', 'employees'],
    [{ revenue: Number.POSITIVE_INFINITY }, 'invalid-size-indicator', 'revenue'],
    [{ tags: ['vip'] }, 'invalid-tag', 'tags'],
    [{ contactPhone: '0574-8888' }, 'invalid-contact-phone', 'contactPhone'],
    [{ chambers: Array.from({ length: 21 }, (_, i) => `商会${i}`) }, 'invalid-chambers', 'chambers'],
  ] as const)('refuses %o with %s naming %s, in both languages', (bad, code, field) => {
    given([])
      .when({ ...register, details: { ...details, ...bad } as EnterpriseDetailsInput })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ kind: 'validation', code, field });
        expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/u);
        expect(error.message.en).toMatch(/[a-z]/u);
      });
    given([registered])
      .when(correct(bad as CorrectEnterpriseDetails['changes']))
      .thenRejects(code, 'validation');
  });

  it('cannot be corrected before it is registered', () => {
    given([])
      .when(correct({ employees: 3 }))
      .thenRejects('enterprise-not-found', 'not-found');
  });

  it('has one stream per credit code, and knows its own streams from others', () => {
    expect(enterpriseIdOfStream(enterpriseStreamId(CODE))).toBe(CODE);
    expect(enterpriseIdOfStream('appeals-request-first')).toBeNull();
  });
});
