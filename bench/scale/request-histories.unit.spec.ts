import { enterpriseRequestDecider, type EnterpriseRequestEvent } from '@qinqing/appeals/domain';
import { appealsIntegrationMapper } from '@qinqing/appeals/service';
import { parseCalendarDate } from '@qinqing/calendar/domain';
import { type LogCursor, SequentialIdGenerator } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { RequestHistoryPlayer, scriptOf } from './request-histories';
import { SCRIPTS } from './request-scripts';
import { receiptCodeOf } from './receipt-codes';
import { requestSeed } from './scale-data';
import { zhejiangCounties } from '../zhejiang-enterprises';

const TODAY = parseCalendarDate('2026-11-30');
const counties = zhejiangCounties();

const playMany = (count: number) => {
  const ids = new SequentialIdGenerator();
  const player = new RequestHistoryPlayer(ids, TODAY);
  return Array.from({ length: count }, (_, n) => ({
    n,
    played: player.play(requestSeed(ids, counties, 10_000, n)),
  }));
};

describe('the scale bench’s request histories', () => {
  const histories = playMany(2_000);

  it('mixes the scripts in their shares', () => {
    expect(SCRIPTS.reduce((sum, s) => sum + s.perMille, 0)).toBe(1_000);
    for (const script of SCRIPTS) {
      const share = histories.filter(({ n }) => scriptOf(n) === script).length / histories.length;
      expect(share).toBeCloseTo(script.perMille / 1_000, 2);
    }
  });

  it('plays every history to its end on the decider, but for requests younger than their script', () => {
    const refused = histories.filter(({ played }) => played.refused !== null);
    expect(refused.map(({ n, played }) => `${scriptOf(n).name}: ${played.refused}`)).toEqual([]);
  });

  it('records events that fold with evolve into the state the decider reached, on one stream each', () => {
    for (const { played } of histories.slice(0, 300)) {
      const folded = played.append.events.reduce(
        (state, e) =>
          enterpriseRequestDecider.evolve(state, { type: e.type, data: e.data } as EnterpriseRequestEvent),
        enterpriseRequestDecider.initialState(),
      );
      expect(folded).toEqual(played.state);
      expect(played.append.events[0]?.type).toBe('RequestSubmitted');
    }
    expect(new Set(histories.map(({ played }) => played.append.streamId)).size).toBe(histories.length);
  });

  it('records events whose public forms pass the published contracts (the mapper parses them)', () => {
    let published = 0;
    for (const { played } of histories.slice(0, 300)) {
      played.append.events.forEach((event, revision) => {
        const recorded = {
          ...event,
          streamId: played.append.streamId,
          streamRevision: revision,
          globalPosition: BigInt(revision + 1),
          cursor: String(revision + 1) as LogCursor,
          recordedAt: new Date(event.metadata.occurredAt),
        };
        if (appealsIntegrationMapper.map(recorded) !== null) published++;
      });
    }
    expect(published).toBeGreaterThan(1_000);
    expect(new Set(Array.from({ length: 50_000 }, (_, n) => receiptCodeOf(n))).size).toBe(50_000);
  });

  it('averages eight to eleven events a request, as the 10 M events of 1 M requests ask', () => {
    const events = histories.reduce((sum, { played }) => sum + played.append.events.length, 0);
    expect(events / histories.length).toBeGreaterThanOrEqual(8);
    expect(events / histories.length).toBeLessThanOrEqual(11);
  });
});
