import type { EnterpriseRequestCommand } from '@qinqing/appeals/domain';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asRecorded,
  playScript,
  SCRIPT_SCHEDULER,
  SCRIPT_SUPERVISOR,
  type ScriptStep,
  staffOf,
  submitAt,
} from '../../../test-setup/scripted-history';
import { departmentRates, type UnitRates } from '../../queries/rates/department-rates.query';
import { performanceProjection } from './performance.projection';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

/**
 * Issue 11 item 4: the rates as 12345 practice counts them (docs/appeals-rates.md), on scripted histories.
 * Submitted and handed off on Mon 2026-06-01: reply due 06-04, send-back until 06-03.
 */
const CENTRE = 'centre-haishu';
const IGNORING = 'dept-ignores-hand-offs';
const HANDLER = 'dept-handles';
const APPEALED = 'dept-appeals';

const handOff = (to: string): EnterpriseRequestCommand => ({
  type: 'HandOffRequest',
  toDepartmentId: to,
  note: '请办理',
  by: staffOf(CENTRE),
});
const accept = (unit: string): EnterpriseRequestCommand => ({ type: 'AcceptRequest', by: staffOf(unit) });
const reply = (unit: string): EnterpriseRequestCommand => ({
  type: 'ReplyToEnterprise',
  message: '已收到，正在办理',
  by: staffOf(unit),
});
const resolve = (unit: string): EnterpriseRequestCommand => ({
  type: 'ResolveRequest',
  answer: '已办结',
  by: staffOf(unit),
});
const inform = (unit: string): EnterpriseRequestCommand => ({
  type: 'InformCannotHandle',
  reason: '属司法管辖',
  basis: '《民事诉讼法》',
  by: staffOf(unit),
});

const scripts: Record<string, (id: string) => ScriptStep[]> = {
  // Handed to a department that never answers: it falls to the default owner on 06-04.
  ignored: (id) => [
    ['2026-06-01', submitAt(id, CENTRE)],
    ['2026-06-01', handOff(IGNORING)],
    ['2026-06-04', { type: 'FallToDefaultOwner', by: SCRIPT_SCHEDULER }],
  ],
  // Replied in time and resolved; rated poorly, the supervisor orders re-handling; resolved again.
  rehandled: (id) => [
    ['2026-06-01', submitAt(id, CENTRE)],
    ['2026-06-01', handOff(HANDLER)],
    ['2026-06-02', accept(HANDLER)],
    ['2026-06-02', reply(HANDLER)],
    ['2026-06-05', resolve(HANDLER)],
    [
      '2026-06-08',
      { type: 'RateRequest', rating: 'dissatisfied', comment: '', proof: 'track-page', by: enterprise },
    ],
    [
      '2026-06-09',
      { type: 'OrderRehandling', orderId: `${id}-review`, instruction: '重新核查', by: SCRIPT_SUPERVISOR },
    ],
    ['2026-06-12', resolve(HANDLER)],
  ],
  // 告知 with reasons, approved for 核减 by the supervisor.
  excluded: (id) => [
    ['2026-06-01', submitAt(id, CENTRE)],
    ['2026-06-01', handOff(HANDLER)],
    ['2026-06-02', accept(HANDLER)],
    ['2026-06-03', inform(HANDLER)],
    ['2026-06-04', { type: 'ApproveRateExclusion', reason: '确属司法管辖', by: SCRIPT_SUPERVISOR }],
  ],
  // Rated 不满意; the department's 申诉 is upheld: the rating leaves the satisfaction rate.
  appealed: (id) => [
    ['2026-06-01', submitAt(id, CENTRE)],
    ['2026-06-01', handOff(APPEALED)],
    ['2026-06-02', accept(APPEALED)],
    ['2026-06-03', resolve(APPEALED)],
    [
      '2026-06-04',
      {
        type: 'RateRequest',
        rating: 'very-dissatisfied',
        comment: '',
        proof: 'kiosk-walk-in',
        by: enterprise,
      },
    ],
    ['2026-06-05', { type: 'AppealRating', reason: '评价针对政策本身', by: staffOf(APPEALED) }],
    ['2026-06-08', { type: 'DecideRatingAppeal', upheld: true, reason: '经回访核实', by: SCRIPT_SUPERVISOR }],
  ],
  // Left unrated: the window closes and the supervision office records the answer on the phone (回访).
  calledBack: (id) => [
    ['2026-06-01', submitAt(id, CENTRE)],
    ['2026-06-01', handOff(APPEALED)],
    ['2026-06-02', accept(APPEALED)],
    ['2026-06-03', resolve(APPEALED)],
    ['2026-06-26', { type: 'CloseAfterFeedbackWindow', by: SCRIPT_SCHEDULER }],
    ['2026-06-29', { type: 'RecordCallback', answer: 'satisfied', note: '电话回访', by: SCRIPT_SUPERVISOR }],
  ],
  // 告知 without approval: it stays in the denominator as not resolved.
  informed: (id) => [
    ['2026-06-01', submitAt(id, CENTRE)],
    ['2026-06-01', handOff(HANDLER)],
    ['2026-06-02', accept(HANDLER)],
    ['2026-06-03', inform(HANDLER)],
  ],
};
const enterprise = { kind: 'enterprise', creditCode: '91350582MA21111143' } as const;

describe('the rates as 12345 practice counts them', () => {
  let db: SqlDatabase;
  let rates: (unit: string) => UnitRates | undefined;

  beforeAll(async () => {
    db = await openTestPglite();
    await performanceProjection.setup(db);
    for (const [name, script] of Object.entries(scripts)) {
      for (const event of asRecorded(`req-${name}`, playScript(script(`req-${name}`)))) {
        await db.transaction((tx) => performanceProjection.apply(event, tx));
      }
    }
    const all = await departmentRates(db, { from: '2026-01-01', to: '2026-12-31' });
    rates = (unit) => all.find((r) => r.unitId === unit);
  });

  afterAll(async () => {
    await db.close();
  });

  it('a department that ignores hand-offs scores 0 of 1 on response, not 0/0', () => {
    expect(rates(IGNORING)).toMatchObject({
      received: 1,
      responseRate: { numerator: 0, denominator: 1, value: 0 },
      onTimeRate: { accept: { numerator: 0, denominator: 1 } },
    });
  });

  it('response counts requests handed to the department and replied within the reply limit', () => {
    // rehandled and excluded replied or answered by 06-04; informed answered on 06-03 (the answer is the reply).
    expect(rates(HANDLER)?.responseRate).toMatchObject({ numerator: 3, denominator: 3 });
  });

  it('re-handling ordered after a poor rating counts against resolution like a reopening; 核减 leaves it', () => {
    // Answers: rehandled (1st, redone), rehandled (2nd, resolved), informed (not resolved); excluded: 核减.
    expect(rates(HANDLER)).toMatchObject({
      resolutionRate: { numerator: 1, denominator: 3 },
      excludedFromResolution: 1,
    });
  });

  // Issue 11 item 13: every rate shows self-given and callback ratings apart; an upheld 申诉 sets a rating aside.
  it('self-given and callback satisfaction apart; an upheld appeal sets the rating aside', () => {
    expect(rates(APPEALED)).toMatchObject({
      satisfactionRate: { numerator: 0, denominator: 0 },
      callbackSatisfactionRate: { numerator: 1, denominator: 1 },
    });
    expect(rates(HANDLER)).toMatchObject({ satisfactionRate: { numerator: 0, denominator: 1 } });
  });
});
