import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import {
  type ImposeRestriction,
  restrictionDecider,
  type RestrictionDecisionContext,
} from './restriction.decide';
import type { RestrictionImposed, RestrictionLifted } from './restriction.events';
import type { RestrictedRecord } from './restriction-rules';

// 2026-12-02 09:00 in China.
const now = new Date('2026-12-02T01:00:00.000Z');
const context: RestrictionDecisionContext = { now };
const given = deciderSpecification(restrictionDecider, context);

const NUMBER = '昆检刑诉〔2026〕7号';
const KEY = '昆检刑诉〔2026〕7号';

const bribery: RestrictedRecord = {
  documentNumber: NUMBER,
  creditCode: '91330203MA2H5K7P7A',
  kind: 'bribery',
  severity: 'general',
  issuingAuthority: '昆山市人民法院',
  decidedOn: '2026-05-10',
  publicUntil: '2027-05-10',
};

const impose: ImposeRestriction = {
  type: 'ImposeRestriction',
  record: bribery,
  factsAt: '2026-12-01T02:00:00.000Z',
};

const imposed: RestrictionImposed = {
  type: 'RestrictionImposed',
  data: {
    restrictionId: `${KEY}#1`,
    documentNumber: NUMBER,
    creditCode: '91330203MA2H5K7P7A',
    kind: 'bribery',
    severity: 'general',
    rule: 'bribery-restrictions',
    purposes: ['honours', 'policy-benefits', 'public-procurement', 'key-enterprise-pairing'],
    startsOn: '2026-05-10',
    // The set period (36 months by default) outlasts the general record's one-year publication.
    endsOn: '2029-05-10',
    issuingAuthority: '昆山市人民法院',
    factsAt: '2026-12-01T02:00:00.000Z',
    imposedAt: now.toISOString(),
  },
};

const correctedAt = '2026-12-02T00:30:00.000Z';

const liftedBy = (
  reason: RestrictionLifted['data']['reason'],
  liftedOn: string,
  factsAt: string | null,
): RestrictionLifted => ({
  type: 'RestrictionLifted',
  data: {
    restrictionId: `${KEY}#1`,
    documentNumber: NUMBER,
    creditCode: '91330203MA2H5K7P7A',
    reason,
    liftedOn,
    factsAt,
    liftedAt: now.toISOString(),
  },
});

describe('a restriction (一处失信、处处受限) derived from an integrity record', () => {
  it('a bribery record restricts every purpose from its decision date for the set period', () => {
    given([]).when(impose).then([imposed]);
  });

  it('the set period is a setting: 60 months ends five years on', () => {
    given([])
      .when(impose, { settings: { briberyRestrictionMonths: 60 } })
      .thenEvents(([event]) => expect(event?.data).toMatchObject({ endsOn: '2031-05-10' }));
  });

  it('a serious record of another kind restricts honours and policy benefits while it is public', () => {
    given([])
      .when({
        ...impose,
        record: { ...bribery, kind: 'wage-arrears', severity: 'serious', publicUntil: '2029-05-10' },
      })
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({
          rule: 'serious-dishonesty-restrictions',
          purposes: ['honours', 'policy-benefits'],
          startsOn: '2026-05-10',
          endsOn: '2029-05-10',
        }),
      );
  });

  it('a general penalty or a positive record restricts nothing', () => {
    given([])
      .when({ ...impose, record: { ...bribery, kind: 'administrative-penalty' } })
      .then([]);
    given([])
      .when({ ...impose, record: { ...bribery, kind: 'honour', severity: null, publicUntil: null } })
      .then([]);
  });

  it('redelivered, the same facts impose nothing more', () => {
    given([imposed]).when(impose).then([]);
  });

  it('older facts arriving after newer ones change nothing', () => {
    given([imposed])
      .when({
        ...impose,
        record: { ...bribery, kind: 'administrative-penalty' },
        factsAt: '2026-11-30T00:00:00.000Z',
      })
      .then([]);
  });

  it('a correction that takes the record out of the rule lifts the restriction (record-corrected)', () => {
    given([imposed])
      .when({ ...impose, record: { ...bribery, kind: 'administrative-penalty' }, factsAt: correctedAt })
      .then([liftedBy('record-corrected', '2026-12-02', correctedAt)]);
  });

  it('a correction that moves the decision date lifts the old restriction and imposes the new period', () => {
    given([imposed])
      .when({
        ...impose,
        record: { ...bribery, decidedOn: '2026-06-01', publicUntil: '2027-06-01' },
        factsAt: correctedAt,
      })
      .then([
        liftedBy('record-corrected', '2026-12-02', correctedAt),
        {
          type: 'RestrictionImposed',
          data: {
            ...imposed.data,
            restrictionId: `${KEY}#2`,
            startsOn: '2026-06-01',
            endsOn: '2029-06-01',
            factsAt: correctedAt,
          },
        },
      ]);
  });

  it('a repair or withdrawal lifts it on its date, for good: later facts restrict no more', () => {
    given([imposed])
      .when({ type: 'LiftRestriction', documentNumber: NUMBER, reason: 'repaired', liftedOn: '2026-11-20' })
      .then([liftedBy('repaired', '2026-11-20', null)]);
    const withdrawn = liftedBy('record-withdrawn', '2026-12-01', null);
    given([imposed])
      .when({
        type: 'LiftRestriction',
        documentNumber: NUMBER,
        reason: 'record-withdrawn',
        liftedOn: '2026-12-01',
      })
      .then([withdrawn]);
    given([imposed, withdrawn])
      .when({ ...impose, record: { ...bribery, severity: 'serious' }, factsAt: correctedAt })
      .then([]);
  });

  it('a lift asked again, or with nothing in force, changes nothing', () => {
    const repaired = liftedBy('repaired', '2026-11-20', null);
    given([imposed, repaired])
      .when({ type: 'LiftRestriction', documentNumber: NUMBER, reason: 'repaired', liftedOn: '2026-11-20' })
      .then([]);
    given([])
      .when({ type: 'LiftRestriction', documentNumber: NUMBER, reason: 'repaired', liftedOn: '2026-11-20' })
      .then([]);
  });

  it('refuses a lift date that does not exist, naming the field and the rule', () => {
    given([imposed])
      .when({ type: 'LiftRestriction', documentNumber: NUMBER, reason: 'repaired', liftedOn: '2026-02-30' })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'validation',
          code: 'invalid-lift-date',
          field: 'liftedOn',
          rule: { rule: 'restriction-lifting' },
        });
        expect(error.message.zh).toContain('信用修复管理办法');
      });
  });
});
