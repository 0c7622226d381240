import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { healthIndexSnapshotDecider, type PublishHealthIndex } from './health-index-snapshot.decide';
import type { HealthIndexPublished } from './health-index-snapshot.events';
import { HEALTH_INDEX_METHODOLOGY_2026_1 as methodology } from './health-index.methodology';

// 2027-01-04 09:00 in China: the second half of 2026 has ended.
const now = new Date('2027-01-04T01:00:00Z');
const given = deciderSpecification(healthIndexSnapshotDecider, { now });

const publish = (overrides: Partial<PublishHealthIndex> = {}): PublishHealthIndex => ({
  type: 'PublishHealthIndex',
  period: '2026-H2',
  methodology,
  inputsByArea: new Map([
    ['330212', { 'request-timeliness': { numerator: 9, base: 10 } }],
    ['330203', { 'request-timeliness': { numerator: 7, base: 10 } }],
    ['330206', {}],
  ]),
  publishedBy: 'admin.li',
  ...overrides,
});

describe('publishing the half year’s 亲清健康指数', () => {
  it('publishes every area with something measured, in code order, under the methodology version', () => {
    given([])
      .when(publish())
      .thenEvents(([event]) => {
        expect(event?.data).toMatchObject({
          period: '2026-H2',
          methodologyVersion: '2026.1',
          publishedOn: '2027-01-04',
          publishedBy: 'admin.li',
        });
        expect(event?.data.areas.map((a) => [a.areaCode, a.figures.total])).toEqual([
          ['330203', 70],
          ['330212', 90],
        ]);
      });
  });

  it('refuses a half year that has not ended, naming the rule and its source', () => {
    given([])
      .when(publish({ period: '2027-H1' }))
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({
          code: 'period-not-ended',
          kind: 'conflict',
          field: 'period',
          rule: { rule: 'half-yearly' },
        }),
      );
  });

  it('refuses a half year before the methodology measures, and one where nothing was counted', () => {
    given([])
      .when(publish({ period: '2025-H2' }))
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'before-methodology', rule: { rule: 'methodology-in-force' } }),
      );
    given([])
      .when(publish({ inputsByArea: new Map([['330203', {}]]) }))
      .thenRejectsWith((error) => expect(error).toMatchObject({ code: 'nothing-counted', field: 'period' }));
  });

  it('never publishes a half year twice: a snapshot is immutable', () => {
    const published: HealthIndexPublished = {
      type: 'HealthIndexPublished',
      data: {
        period: '2026-H2',
        methodologyVersion: '2026.1',
        publishedOn: '2027-01-02',
        publishedBy: 'admin.li',
        areas: [],
      },
    };
    given([published])
      .when(publish())
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'already-published', rule: { rule: 'immutable-snapshot' } }),
      );
  });
});
