import { deciderSpecification } from '@qinqing/shared/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pairing } from './pairing-register';
import { testCreditCode } from './test-fixtures';
import { breachesOf, type ConductDeclaration, type LogVisit, visitDecider } from './visit';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(visitDecider, { now });
const pairing: Pairing = {
  pairingId: 'p1',
  officialId: 'official-1',
  officialUnitId: 'dept-market-regulation',
  enterprise: { creditCode: testCreditCode('MA2H5K7P'), name: '宁波海曙甬创智能制造有限公司' },
  category: 'key-backbone',
  startDate: '2026-01-05',
  exception: null,
  endDate: null,
  endReason: null,
};
const proper: ConductDeclaration = {
  meal: 'canteen-staff-standard',
  alcohol: false,
  transport: 'public',
  costsBorneBy: 'official-unit',
};
const log: LogVisit = {
  type: 'LogVisit',
  visitId: 'v1',
  pairing,
  by: 'official-1',
  date: '2026-11-20',
  form: 'on-site',
  participants: [' 周建国 ', '张敏'],
  learned: '订单增长，用工紧张',
  problems: [
    { problemId: 'p-1', title: '招工难', description: '技术工人缺口30人' },
    { problemId: 'p-2', title: '用电增容', description: '需增容500千伏安' },
  ],
  contact: { name: '张敏', phone: '138 0000 0001' },
  conduct: proper,
};

describe('visits', () => {
  it('are logged by the paired official with what was learned; each problem becomes its own event', () => {
    given([])
      .when(log)
      .thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual([
          'VisitLogged',
          'VisitProblemRaised',
          'VisitProblemRaised',
        ]);
        expect(events[0]?.data).toMatchObject({
          participants: ['周建国', '张敏'],
          breaches: [],
          contact: { phone: '13800000001' },
        });
        expect(events[1]?.data).toMatchObject({
          problemId: 'p-1',
          title: '招工难',
          officialUnitId: 'dept-market-regulation',
          raisedOn: '2026-11-20',
        });
        expect(events[2]?.data).toMatchObject({ problemId: 'p-2' });
      });
  });

  it('are logged once', () => {
    const first = visitDecider.decide(log, visitDecider.initialState(), { now });
    if (first.outcome !== 'accepted') throw new Error('accepted');
    given(first.events).when(log).thenRejects('visit-exists', 'conflict');
  });

  it('only by the paired official, and only on an active pairing', () => {
    given([])
      .when({ ...log, by: 'official-2' })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({
          kind: 'forbidden',
          code: 'not-the-paired-official',
          rule: { rule: 'visits-by-the-paired-official' },
        }),
      );
    given([])
      .when({ ...log, pairing: { ...pairing, endDate: '2026-10-01', endReason: '调整' } })
      .thenRejects('pairing-not-active', 'conflict');
    given([])
      .when({ ...log, pairing: null })
      .thenRejects('pairing-not-found', 'not-found');
  });

  it('on a date within the pairing and not in the future', () => {
    given([])
      .when({ ...log, date: '2026-01-04' })
      .thenRejectsWith((e) => expect(e.field).toBe('date'));
    given([])
      .when({ ...log, date: '2026-12-03' })
      .thenRejectsWith((e) => expect(e.field).toBe('date'));
    given([])
      .when({ ...log, date: '2026-12-02' })
      .thenEvents((events) => expect(events[0]?.data).toMatchObject({ date: '2026-12-02' }));
  });

  it('in one of Kunshan 五(3)’s forms', () => {
    for (const form of ['on-site', 'phone', 'letter', 'e-mail', 'questionnaire', 'wechat'] as const) {
      given([])
        .when({ ...log, form })
        .thenEvents((events) => expect(events[0]?.data).toMatchObject({ form }));
    }
    given([])
      .when({ ...log, form: 'banquet' as never })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({ field: 'form', rule: { rule: 'visit-forms', source: '昆山 五(3)' } }),
      );
  });

  it('need a contact with a valid mobile when problems were raised, and none without', () => {
    given([])
      .when({ ...log, contact: null })
      .thenRejectsWith((e) => expect(e.field).toBe('contact.name'));
    given([])
      .when({ ...log, contact: { name: '张敏', phone: '12345' } })
      .thenRejectsWith((e) => expect(e.field).toBe('contact.phone'));
    given([])
      .when({ ...log, problems: [], contact: null })
      .thenEvents((events) => expect(events).toHaveLength(1));
    given([])
      .when({ ...log, problems: [{ problemId: 'p-1', title: ' ', description: '有' }] })
      .thenRejectsWith((e) => expect(e.field).toBe('problems.0.title'));
    given([])
      .when({
        ...log,
        problems: [
          { problemId: 'p-1', title: '一', description: '一' },
          { problemId: 'p-1', title: '二', description: '二' },
        ],
      })
      .thenRejectsWith((e) => expect(e.field).toBe('problems.1.problemId'));
  });

  it('record a declared breach, which needs the official’s note (Kunshan 五(4), Qingdao 四(十一))', () => {
    const breach: ConductDeclaration = {
      meal: 'other',
      alcohol: true,
      transport: 'enterprise-dedicated-car',
      costsBorneBy: 'enterprise',
    };
    given([])
      .when({ ...log, conduct: breach })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({
          field: 'conduct.note',
          rule: { rule: 'visit-conduct', source: '昆山 五(4)、青岛 四(十一)' },
        }),
      );
    given([])
      .when({ ...log, conduct: { ...breach, note: '企业安排宴请，已当场付款' } })
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({ breaches: ['meal', 'alcohol', 'transport', 'costs'] }),
      );
    given([])
      .when({ ...log, conduct: { ...proper, transport: 'enterprise-when-needed', meal: 'none' } })
      .thenEvents((events) => expect(events[0]?.data).toMatchObject({ breaches: [] }));
    given([])
      .when({ ...log, conduct: { ...proper, alcohol: 'no' as never } })
      .thenRejectsWith((e) => expect(e.field).toBe('conduct.alcohol'));
  });

  it('a declaration is a breach exactly when it departs from one of the four rules', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('none', 'canteen-staff-standard', 'other' as const),
        fc.boolean(),
        fc.constantFrom('own', 'public', 'enterprise-when-needed', 'enterprise-dedicated-car' as const),
        fc.constantFrom('official-unit', 'enterprise', 'other' as const),
        (meal, alcohol, transport, costsBorneBy) => {
          const breaches = breachesOf({ meal, alcohol, transport, costsBorneBy });
          const proper =
            meal !== 'other' &&
            !alcohol &&
            transport !== 'enterprise-dedicated-car' &&
            costsBorneBy === 'official-unit';
          expect(breaches.length === 0).toBe(proper);
        },
      ),
    );
  });
});
