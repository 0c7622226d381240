import { describe, expect, it } from 'vitest';
import type { RequestActivity } from './request-activity';
import { foldRequestFacts } from './request-facts';
import { type RequestFigures, type RequestStatsFilter, requestStats } from './request-stats.figures';

const HAISHU = 'centre-haishu';
const YINZHOU = 'centre-yinzhou';
const MARKET = 'dept-market-regulation';
const HR = 'dept-human-resources';

const none: RequestFigures = {
  requests: 0,
  accepted: 0,
  answered: 0,
  open: 0,
  resolved: 0,
  resolvedOnTime: 0,
  escalated: 0,
  informed: 0,
  overdue: 0,
  reopened: 0,
  rated: 0,
  satisfied: 0,
  averageRating: null,
};
const figures = (changes: Partial<RequestFigures>): RequestFigures => ({ ...none, ...changes });

/** Given these public events (as activities), when the statistics are asked, then … */
const given = (...activities: RequestActivity[]) => {
  const statsFor = (filter: RequestStatsFilter = {}) =>
    requestStats(foldRequestFacts(activities).values(), filter);
  return {
    thenTotals: (expected: Partial<RequestFigures>) => expect(statsFor().totals).toEqual(figures(expected)),
    thenCentre: (unitId: string, expected: Partial<RequestFigures>) =>
      expect(statsFor().centres.find((c) => c.unitId === unitId)).toEqual({ unitId, ...figures(expected) }),
    thenDepartment: (unitId: string, expected: Partial<RequestFigures> | null) =>
      expect(statsFor().departments.find((d) => d.unitId === unitId) ?? null).toEqual(
        expected === null ? null : { unitId, ...figures(expected) },
      ),
    stats: statsFor,
  };
};

const submitted = (requestId: string, receivingUnitId = HAISHU): RequestActivity => ({
  type: 'submitted',
  requestId,
  receivingUnitId,
});
const handedOff = (requestId: string, departmentId = MARKET): RequestActivity => ({
  type: 'handed-off',
  requestId,
  departmentId,
});
const accepted = (requestId: string, departmentId = MARKET): RequestActivity => ({
  type: 'accepted',
  requestId,
  departmentId,
});
const resolved = (requestId: string, onTime = true, departmentId = MARKET): RequestActivity => ({
  type: 'answered',
  requestId,
  departmentId,
  outcome: 'resolved',
  onTime,
});

describe('request statistics (亲清健康指数: timeliness and satisfaction)', () => {
  it('a filed request is open at its receiving unit and with no department yet', () => {
    given(submitted('r1')).thenCentre(HAISHU, { requests: 1, open: 1 });
    given(submitted('r1')).thenTotals({ requests: 1, open: 1 });
    expect(given(submitted('r1')).stats().departments).toEqual([]);
  });

  it('hand-off, acceptance and an on-time resolution count for the centre and the department', () => {
    const history = [submitted('r1'), handedOff('r1'), accepted('r1'), resolved('r1', true)];
    const expected = { requests: 1, accepted: 1, answered: 1, resolved: 1, resolvedOnTime: 1 };
    given(...history).thenCentre(HAISHU, expected);
    given(...history).thenDepartment(MARKET, expected);
  });

  it('a late resolution is resolved but not on time', () => {
    given(submitted('r1'), accepted('r1'), resolved('r1', false)).thenTotals({
      requests: 1,
      accepted: 1,
      answered: 1,
      resolved: 1,
      resolvedOnTime: 0,
    });
  });

  it('报出 and 告知 answer a request without resolving it', () => {
    given(
      submitted('r1'),
      accepted('r1'),
      { type: 'answered', requestId: 'r1', departmentId: MARKET, outcome: 'escalated', onTime: true },
      submitted('r2'),
      accepted('r2'),
      { type: 'answered', requestId: 'r2', departmentId: MARKET, outcome: 'informed', onTime: false },
      submitted('r3'),
    ).thenTotals({ requests: 3, accepted: 2, answered: 2, open: 1, escalated: 1, informed: 1 });
  });

  it('a rating names no department: it counts for the department that answered', () => {
    const history = [
      submitted('r1'),
      accepted('r1'),
      resolved('r1'),
      { type: 'rated', requestId: 'r1', rating: 'very-satisfied' } as const,
      submitted('r2'),
      accepted('r2'),
      resolved('r2'),
      { type: 'rated', requestId: 'r2', rating: 'dissatisfied' } as const,
    ];
    given(...history).thenDepartment(MARKET, {
      requests: 2,
      accepted: 2,
      answered: 2,
      resolved: 2,
      resolvedOnTime: 2,
      rated: 2,
      satisfied: 1,
      averageRating: 3.5,
    });
  });

  it('a reopened request is open again and counted once as reopened; resolved again, it is resolved once', () => {
    const reopened = [
      submitted('r1'),
      accepted('r1'),
      resolved('r1'),
      { type: 'reopened', requestId: 'r1', reopenCount: 1 } as const,
    ];
    given(...reopened).thenTotals({ requests: 1, accepted: 1, open: 1, reopened: 1 });
    given(...reopened, resolved('r1', true)).thenTotals({
      requests: 1,
      accepted: 1,
      answered: 1,
      resolved: 1,
      resolvedOnTime: 1,
      reopened: 1,
    });
  });

  it('a re-handling order (督办) sends an answered request back in progress', () => {
    given(submitted('r1'), accepted('r1'), resolved('r1'), {
      type: 'rehandling-ordered',
      requestId: 'r1',
    }).thenTotals({ requests: 1, accepted: 1, open: 1 });
  });

  it('a request that missed several deadlines is one overdue request', () => {
    given(
      submitted('r1'),
      handedOff('r1'),
      { type: 'deadline-missed', requestId: 'r1' },
      { type: 'deadline-missed', requestId: 'r1' },
    ).thenDepartment(MARKET, { requests: 1, open: 1, overdue: 1 });
  });

  it('a sent-back request leaves the department and is with its first receiver again', () => {
    const history = [
      submitted('r1'),
      handedOff('r1', MARKET),
      { type: 'sent-back', requestId: 'r1', departmentId: MARKET } as const,
    ];
    given(...history).thenDepartment(MARKET, null);
    given(...history, handedOff('r1', HR), accepted('r1', HR)).thenDepartment(HR, {
      requests: 1,
      accepted: 1,
      open: 1,
    });
  });

  it('events of a request whose submission was never seen are ignored', () => {
    given(accepted('ghost'), resolved('ghost')).thenTotals({});
  });

  it('filters by centre and by department; rows are sorted by unit id', () => {
    const history = [
      submitted('r1', YINZHOU),
      accepted('r1', MARKET),
      submitted('r2', HAISHU),
      accepted('r2', HR),
      submitted('r3', HAISHU),
      accepted('r3', MARKET),
    ];
    const all = given(...history).stats();
    expect(all.centres.map((c) => c.unitId)).toEqual([HAISHU, YINZHOU]);
    expect(all.departments.map((d) => d.unitId)).toEqual([HR, MARKET]);

    const haishu = given(...history).stats({ centreId: HAISHU });
    expect(haishu.centres.map((c) => [c.unitId, c.requests])).toEqual([[HAISHU, 2]]);
    expect(haishu.departments.map((d) => [d.unitId, d.requests])).toEqual([
      [HR, 1],
      [MARKET, 1],
    ]);

    const market = given(...history).stats({ departmentId: MARKET });
    expect(market.totals.requests).toBe(2);
    expect(market.centres.map((c) => [c.unitId, c.requests])).toEqual([
      [HAISHU, 1],
      [YINZHOU, 1],
    ]);
  });
});
