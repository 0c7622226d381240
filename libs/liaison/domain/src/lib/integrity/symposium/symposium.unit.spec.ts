import { parseCalendarDate } from '@qinqing/calendar/domain';
import { deciderSpecification } from '@qinqing/shared/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SymposiumEvent, symposiumDecider } from './symposium';
import {
  DEFAULT_SYMPOSIUM_SETTINGS,
  SYMPOSIUM_PRESETS,
  symposiumCompliance,
  symposiumSettingsDecider,
} from './symposium-settings';

const A = '91350100M000100Y43';
const B = '91350582MA21111143';
const now = new Date('2026-06-30T02:00:00.000Z');
const given = deciderSpecification(symposiumDecider, { now, today: parseCalendarDate('2026-06-30') });

const scheduled: SymposiumEvent = {
  type: 'SymposiumScheduled',
  data: {
    symposiumId: 's-1',
    jurisdiction: '370200',
    title: '上半年政企座谈会',
    date: '2026-06-30',
    convenerUnitId: 'unit-business-environment-office',
    scheduledBy: 'admin',
    scheduledAt: now.toISOString(),
  },
};
const held: SymposiumEvent = {
  type: 'SymposiumAttendanceRecorded',
  data: {
    symposiumId: 's-1',
    enterprises: [{ creditCode: A, name: '甲公司' }],
    chambers: ['机械商会'],
    recordedBy: 'admin',
    recordedAt: '',
  },
};
const raise = {
  type: 'RaiseSymposiumProblem',
  problemId: 'p-1',
  enterpriseCreditCode: A.toLowerCase(),
  title: '用电增容',
  description: '厂区扩建需增容',
  contact: { name: '王经理', phone: '13800000000' },
  raisedBy: 'admin',
} as const;

describe('a symposium (青岛 二(一), 恒口 二(一))', () => {
  it('records attendance only once held, de-duplicating enterprises and normalising codes', () => {
    const record = {
      type: 'RecordAttendance',
      enterprises: [
        { creditCode: A.toLowerCase(), name: '甲公司' },
        { creditCode: A, name: '甲公司' },
      ],
      chambers: ['机械商会', '机械商会'],
      recordedBy: 'admin',
    } as const;
    given([scheduled])
      .when(record, { today: parseCalendarDate('2026-06-29') })
      .thenRejects('symposium-not-held-yet', 'conflict');
    given([scheduled])
      .when(record)
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({ enterprises: [{ creditCode: A }], chambers: ['机械商会'] }),
      );
    given([scheduled])
      .when({ ...record, enterprises: [{ creditCode: 'bad', name: 'x' }] })
      .thenRejectsWith((e) => expect(e.field).toBe('enterprises.0.creditCode'));
  });

  it('takes problems from attending enterprises only, once each', () => {
    given([scheduled]).when(raise).thenRejects('symposium-not-held-yet');
    given([scheduled, held])
      .when(raise)
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({
          type: 'SymposiumProblemRaised',
          data: {
            enterprise: { creditCode: A },
            raisedOn: '2026-06-30',
            convenerUnitId: 'unit-business-environment-office',
          },
        }),
      );
    given([scheduled, held])
      .when({ ...raise, enterpriseCreditCode: B })
      .thenRejects('enterprise-not-attending', 'validation');
    const raised: SymposiumEvent = {
      type: 'SymposiumProblemRaised',
      data: {
        symposiumId: 's-1',
        problemId: 'p-1',
        convenerUnitId: 'unit-business-environment-office',
        enterprise: { creditCode: A, name: '甲公司' },
        title: 't',
        description: 'd',
        contact: raise.contact,
        raisedOn: '2026-06-30',
        raisedBy: 'admin',
      },
    };
    given([scheduled, held, raised]).when(raise).thenRejects('problem-exists', 'conflict');
  });
});

describe('symposium frequency', () => {
  it('defaults to Qingdao’s once every half year; Hengkou’s preset is three a year', () => {
    expect(DEFAULT_SYMPOSIUM_SETTINGS).toEqual({ period: 'half-year', minimumPerPeriod: 1 });
    expect(symposiumCompliance(DEFAULT_SYMPOSIUM_SETTINGS, 2026, ['2026-03-01', '2025-12-01'])).toEqual([
      { period: '2026-H1', held: 1, minimum: 1, met: true },
      { period: '2026-H2', held: 0, minimum: 1, met: false },
    ]);
    expect(symposiumCompliance(SYMPOSIUM_PRESETS.hengkou, 2026, ['2026-03-01', '2026-09-01'])).toEqual([
      { period: '2026', held: 2, minimum: 3, met: false },
    ]);
  });

  it('counts every symposium of the year exactly once across the periods', () => {
    const date = fc
      .record({
        y: fc.constantFrom(2025, 2026, 2027),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.array(date, { maxLength: 20 }),
        fc.constantFrom(SYMPOSIUM_PRESETS.qingdao, SYMPOSIUM_PRESETS.hengkou),
        (dates, settings) => {
          const total = symposiumCompliance(settings, 2026, dates).reduce((sum, p) => sum + p.held, 0);
          expect(total).toBe(dates.filter((d) => d.startsWith('2026-')).length);
        },
      ),
    );
  });

  it('is changed by an administrator with a reason, within bounds', () => {
    const change = {
      type: 'ChangeSymposiumSettings',
      jurisdiction: '610902',
      settings: SYMPOSIUM_PRESETS.hengkou,
      reason: '按恒口 二(一)',
      changedBy: 'admin',
    } as const;
    const spec = deciderSpecification(symposiumSettingsDecider, { now });
    spec([])
      .when(change)
      .thenEvents((events) =>
        expect(events[0]?.data.settings).toEqual({ period: 'year', minimumPerPeriod: 3 }),
      );
    spec([])
      .when({ ...change, settings: { period: 'year', minimumPerPeriod: 0 } })
      .thenRejects('invalid-symposium-settings', 'validation');
  });
});
