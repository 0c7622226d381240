import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { LIAISON_PRESETS } from './liaison-settings';
import {
  type PairingDecisionContext,
  type PairingStarted,
  type PairOfficial,
  pairingRegisterDecider,
} from './pairing-register';
import { testCreditCode } from './test-fixtures';

const now = new Date('2026-12-02T02:00:00.000Z');
const context: PairingDecisionContext = { now, settings: LIAISON_PRESETS.hengkou };
const given = deciderSpecification(pairingRegisterDecider, context);
const A = testCreditCode('MA2H5K7P');
const B = testCreditCode('MA2GQ8R3');
const C = testCreditCode('MA2J1C6T');

const pair = (
  pairingId: string,
  officialId: string,
  creditCode: string,
  extra: Partial<PairOfficial> = {},
): PairOfficial => ({
  type: 'PairOfficial',
  pairingId,
  officialId,
  officialUnitId: 'dept-market-regulation',
  enterprise: { creditCode, name: `企业${pairingId}` },
  category: 'key-backbone',
  startDate: '2026-01-05',
  by: 'admin-1',
  ...extra,
});
const started = (command: PairOfficial): PairingStarted => ({
  type: 'PairingStarted',
  data: {
    pairingId: command.pairingId,
    officialId: command.officialId,
    officialUnitId: command.officialUnitId,
    enterprise: command.enterprise,
    category: command.category,
    startDate: command.startDate,
    exception: null,
    pairedBy: 'admin-1',
    pairedAt: now.toISOString(),
  },
});

describe('pairings (结对联系)', () => {
  it('refuse an enterprise restricted by a credit record, naming the record, the rule and its source (一处失信、处处受限)', () => {
    const creditRestriction = {
      documentNumber: '昆检刑诉〔2026〕7号',
      issuingAuthority: '昆山市人民法院',
      endsOn: '2029-05-10',
      rule: 'bribery-restrictions',
      ruleSource: {
        zh: '昆山 六(5)；恒口 五(十三)；青岛 五(十五)',
        en: 'Kunshan 6(5); Hengkou 5(13); Qingdao 5(15)',
      },
    };
    given([])
      .when(pair('p1', 'o1', A), { creditRestriction })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'credit-restricted',
          rule: { rule: 'bribery-restrictions', source: '昆山 六(5)；恒口 五(十三)；青岛 五(十五)' },
        });
        expect(error.message.zh).toContain('昆检刑诉〔2026〕7号');
        expect(error.message.zh).toContain('恒口 五(十三)');
        expect(error.message.en).toContain('昆检刑诉〔2026〕7号');
      });
    given([])
      .when(pair('p1', 'o1', A), { creditRestriction: null })
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['PairingStarted']));
  });

  it('block a pairing that touches a declared relation or a recusal, naming the recusal (回避, 晋江 四)', () => {
    given([])
      .when(pair('p1', 'o1', A), {
        conflicts: [
          { kind: 'declared-relation', relationId: 'r1', relation: 'spouse', tieKind: 'shareholding' },
        ],
      })
      .thenRejectsWith((error) => {
        expect(error.code).toBe('conflict-of-interest');
        expect(error.kind).toBe('conflict');
        expect(error.message.zh).toContain('配偶');
        expect(error.message.zh).toContain('晋江');
      });
    given([])
      .when(pair('p1', 'o1', A), {
        conflicts: [{ kind: 'recusal-in-force', recusalId: 'x1', origin: 'ordered' }],
      })
      .thenRejects('conflict-of-interest', 'conflict');
    // No conflict declared: the pairing goes ahead.
    given([])
      .when(pair('p1', 'o1', A), { conflicts: [] })
      .then([started(pair('p1', 'o1', A))]);
  });

  it('pair an official with an enterprise, a category and a start date', () => {
    given([])
      .when(pair('p1', 'o1', A))
      .then([started(pair('p1', 'o1', A))]);
  });

  it(`refuse a third enterprise for one official under Hengkou's maximum of 2, naming rule, setting and source`, () => {
    given([started(pair('p1', 'o1', A)), started(pair('p2', 'o1', B))])
      .when(pair('p3', 'o1', C))
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'official-at-capacity',
          rule: {
            rule: 'pairings-per-official',
            setting: 'maxPairingsPerOfficial',
            source: '恒口 二(二)、青岛 二(二)',
          },
        });
        expect(error.message.zh).toContain('每人联系企业数上限为2');
        expect(error.message.en).toContain('most enterprises per official = 2');
      });
  });

  it('follow the setting in force: a maximum of 3 takes the third', () => {
    given([started(pair('p1', 'o1', A)), started(pair('p2', 'o1', B))])
      .when(pair('p3', 'o1', C), {
        settings: { ...LIAISON_PRESETS.hengkou, preset: 'custom', maxPairingsPerOfficial: 3 },
      })
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('refuse a second official on one enterprise without an exception (Qingdao 原则上不重复联系)', () => {
    given([started(pair('p1', 'o1', A))])
      .when(pair('p2', 'o2', A))
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'enterprise-already-paired',
          rule: { rule: 'one-official-per-enterprise', source: '青岛 二(二)' },
        });
        expect(error.message.zh).toContain('原则上不重复联系');
      });
  });

  it('take a second official on one enterprise with an administrator’s justified exception, recorded', () => {
    given([started(pair('p1', 'o1', A))])
      .when(pair('p2', 'o2', A, { exceptionJustification: ' 重大项目需两个部门协同服务 ' }))
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({
          exception: { justification: '重大项目需两个部门协同服务', grantedBy: 'admin-1' },
        }),
      );
  });

  it('record no exception where none is needed', () => {
    given([])
      .when(pair('p1', 'o1', A, { exceptionJustification: '无需' }))
      .thenEvents((events) => expect(events[0]?.data).toMatchObject({ exception: null }));
  });

  it('refuse pairing the same official with the same enterprise twice, and a pairing id twice', () => {
    given([started(pair('p1', 'o1', A))])
      .when(pair('p2', 'o1', A))
      .thenRejects('already-paired', 'conflict');
    given([started(pair('p1', 'o1', A))])
      .when(pair('p1', 'o2', B))
      .thenRejects('pairing-exists', 'conflict');
  });

  it('refuse a category outside Qingdao 二(二)’s four, an invalid credit code, an invalid date', () => {
    given([])
      .when(pair('p1', 'o1', A, { category: 'favourite' as never }))
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ field: 'category', rule: { rule: 'target-enterprises' } }),
      );
    given([])
      .when(pair('p1', 'o1', `${A.slice(0, 17)}0` === A ? `${A.slice(0, 17)}1` : `${A.slice(0, 17)}0`))
      .thenRejectsWith((error) => expect(error.field).toBe('enterprise.creditCode'));
    given([])
      .when(pair('p1', 'o1', A, { startDate: '2026-02-30' }))
      .thenRejectsWith((error) => expect(error.field).toBe('startDate'));
  });

  it('end a pairing keeping its history; the enterprise and the official are free again', () => {
    const history = [started(pair('p1', 'o1', A)), started(pair('p2', 'o1', B))];
    given(history)
      .when({ type: 'EndPairing', pairingId: 'p1', endDate: '2026-11-30', reason: '企业迁出', by: 'admin-1' })
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({
          type: 'PairingEnded',
          data: { pairingId: 'p1', endDate: '2026-11-30' },
        }),
      );
    const ended = {
      type: 'PairingEnded' as const,
      data: {
        pairingId: 'p1',
        officialId: 'o1',
        creditCode: A,
        endDate: '2026-11-30',
        reason: '企业迁出',
        endedBy: 'admin-1',
        endedAt: now.toISOString(),
      },
    };
    given([...history, ended])
      .when(pair('p3', 'o2', A))
      .thenEvents((events) => expect(events).toHaveLength(1));
    given([...history, ended])
      .when(pair('p4', 'o1', C))
      .thenEvents((events) => expect(events).toHaveLength(1));
    const state = [...history, ended].reduce(
      pairingRegisterDecider.evolve,
      pairingRegisterDecider.initialState(),
    );
    expect(state.pairings['p1']).toMatchObject({ endDate: '2026-11-30', endReason: '企业迁出' });
    given([...history, ended])
      .when({ type: 'EndPairing', pairingId: 'p1', endDate: '2026-11-30', reason: '再结束', by: 'admin-1' })
      .thenRejects('pairing-ended', 'conflict');
  });

  it('refuse ending an unknown pairing, before its start, in the future or without a reason', () => {
    given([])
      .when({ type: 'EndPairing', pairingId: 'nope', endDate: '2026-11-30', reason: '因', by: 'a' })
      .thenRejects('pairing-not-found', 'not-found');
    const history = [started(pair('p1', 'o1', A))];
    given(history)
      .when({ type: 'EndPairing', pairingId: 'p1', endDate: '2025-12-31', reason: '因', by: 'a' })
      .thenRejectsWith((e) => expect(e.field).toBe('endDate'));
    given(history)
      .when({ type: 'EndPairing', pairingId: 'p1', endDate: '2026-12-03', reason: '因', by: 'a' })
      .thenRejectsWith((e) => expect(e.field).toBe('endDate'));
    given(history)
      .when({ type: 'EndPairing', pairingId: 'p1', endDate: '2026-12-01', reason: ' ', by: 'a' })
      .thenRejectsWith((e) => expect(e.field).toBe('reason'));
  });
});
