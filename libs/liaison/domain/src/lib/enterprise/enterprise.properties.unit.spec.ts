import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { foldEvents } from '@qinqing/shared/domain-kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySize } from '../size-class/size-class';
import {
  type CorrectEnterpriseDetails,
  enterpriseDecider,
  type EnterpriseDetailsInput,
} from './enterprise.decide';
import type { EnterpriseEvent } from './enterprise.events';
import { ENTERPRISE_TAGS } from './enterprise.values';

const now = new Date('2026-12-02T02:00:00.000Z');
const organisation8 = 'MA2L6B2Q';
const first17 = `91330212${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
const CODE = `${first17}${computeCreditCodeCheckChar(first17)}`;

const base: EnterpriseDetailsInput = {
  name: '云帆软件',
  industry: 'C3511',
  employees: 50,
  revenue: 500,
  assets: null,
  chambers: [],
  tags: [],
  contactPhone: null,
};

const changesArb: fc.Arbitrary<CorrectEnterpriseDetails['changes']> = fc.record(
  {
    name: fc.constantFrom('云帆软件', '云帆科技', ''),
    industry: fc.constantFrom('C3511', 'I6513', 'A01', 'J66', 'F5211', 'E47'),
    employees: fc.option(fc.integer({ min: -1, max: 3000 })),
    revenue: fc.option(fc.double({ min: 0, max: 300_000, noNaN: true })),
    assets: fc.option(fc.double({ min: 0, max: 200_000, noNaN: true })),
    tags: fc.subarray([...ENTERPRISE_TAGS]),
    areaCode: fc.constantFrom('330212', '330203'),
  },
  { requiredKeys: [] },
);

const roleArb = fc.constantFrom('administrator', 'service-staff');

describe('enterprise invariants', () => {
  it('under any sequence of corrections, the size class kept is the one its details give', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(changesArb, roleArb), { maxLength: 12 }), (steps) => {
        const start = enterpriseDecider.decide(
          {
            type: 'RegisterEnterprise',
            creditCode: CODE,
            details: base,
            by: { actorId: 'a', role: 'administrator' },
          },
          enterpriseDecider.initialState(),
          { now },
        );
        if (start.outcome === 'rejected') throw new Error('registration refused');
        const log: EnterpriseEvent[] = [...start.events];
        for (const [changes, role] of steps) {
          const state = foldEvents(enterpriseDecider, log);
          const decision = enterpriseDecider.decide(
            { type: 'CorrectEnterpriseDetails', creditCode: CODE, changes, by: { actorId: 'b', role } },
            state,
            { now },
          );
          if (decision.outcome === 'accepted') log.push(...decision.events);
          const after = foldEvents(enterpriseDecider, log);
          if (after.status !== 'registered') throw new Error('lost');
          const { industry, employees, revenue, assets } = after.details;
          const expected = classifySize(industry, {
            ...(employees === null ? {} : { employees }),
            ...(revenue === null ? {} : { revenue }),
            ...(assets === null ? {} : { assets }),
          });
          expect(after.size).toEqual(
            expected.ok ? { size: expected.size, industryGroup: expected.industryGroup } : null,
          );
          expect(after.details.name.length).toBeGreaterThan(0);
          expect(after.details.employees === null || after.details.employees >= 0).toBe(true);
        }
      }),
    );
  });

  it('a correction repeated right after it was accepted records nothing', () => {
    fc.assert(
      fc.property(changesArb, (changes) => {
        const by = { actorId: 'a', role: 'administrator' };
        const start = enterpriseDecider.decide(
          { type: 'RegisterEnterprise', creditCode: CODE, details: base, by },
          enterpriseDecider.initialState(),
          { now },
        );
        if (start.outcome === 'rejected') throw new Error('registration refused');
        const command = { type: 'CorrectEnterpriseDetails', creditCode: CODE, changes, by } as const;
        const first = enterpriseDecider.decide(command, foldEvents(enterpriseDecider, start.events), { now });
        if (first.outcome === 'rejected') return;
        const state = foldEvents(enterpriseDecider, [...start.events, ...first.events]);
        expect(enterpriseDecider.decide(command, state, { now })).toEqual({
          outcome: 'accepted',
          events: [],
        });
      }),
    );
  });

  it('service staff never move an enterprise to another area', () => {
    fc.assert(
      fc.property(fc.array(changesArb, { maxLength: 8 }), (steps) => {
        const start = enterpriseDecider.decide(
          {
            type: 'RegisterEnterprise',
            creditCode: CODE,
            details: base,
            by: { actorId: 's', role: 'service-staff' },
          },
          enterpriseDecider.initialState(),
          { now },
        );
        if (start.outcome === 'rejected') throw new Error('registration refused');
        const log: EnterpriseEvent[] = [...start.events];
        for (const changes of steps) {
          const decision = enterpriseDecider.decide(
            {
              type: 'CorrectEnterpriseDetails',
              creditCode: CODE,
              changes,
              by: { actorId: 's', role: 'service-staff' },
            },
            foldEvents(enterpriseDecider, log),
            { now },
          );
          if (decision.outcome === 'accepted') log.push(...decision.events);
        }
        const after = foldEvents(enterpriseDecider, log);
        expect(after.status === 'registered' && after.details.areaCode).toBe('330212');
      }),
    );
  });
});
