import { isSatisfied, RATING_SCORES } from './rating';
import type { RequestFacts } from './request-facts';

/** Counts over a set of requests; SQL (GROUP BY … FILTER) and `tally` produce the same shape. */
export interface RequestCounts {
  /** Requests in the set: filed at a receiving unit, or currently with a department. */
  readonly requests: number;
  readonly accepted: number;
  /** Currently answered: resolved + escalated + informed. */
  readonly answered: number;
  /** 办结 */
  readonly resolved: number;
  readonly resolvedOnTime: number;
  /** 报出: reported to a higher level. */
  readonly escalated: number;
  /** 告知: cannot be handled, the enterprise was told why. */
  readonly informed: number;
  /** Missed at least one deadline. */
  readonly overdue: number;
  /** Reopened by the enterprise at least once. */
  readonly reopened: number;
  readonly rated: number;
  /** Rated 基本满意 or better. */
  readonly satisfied: number;
  /** Sum of the ratings' scores (5 … 1), for the average. */
  readonly ratingScoreSum: number;
}

/** The figures of the 亲清健康指数's request part, for one receiving unit, one department or all. */
export interface RequestFigures extends Omit<RequestCounts, 'ratingScoreSum'> {
  /** Not answered yet: requests − answered. */
  readonly open: number;
  /** Mean score 1–5 (非常不满意 … 非常满意), two decimals; null when nothing was rated. */
  readonly averageRating: number | null;
}

export interface UnitRequestFigures extends RequestFigures {
  readonly unitId: string;
}

/** The statistics answer: per receiving unit (亲清家园 centre), per department, and over all of them. */
export interface RequestStats {
  readonly centres: readonly UnitRequestFigures[];
  readonly departments: readonly UnitRequestFigures[];
  readonly totals: RequestFigures;
}

export const NO_COUNTS: RequestCounts = {
  requests: 0,
  accepted: 0,
  answered: 0,
  resolved: 0,
  resolvedOnTime: 0,
  escalated: 0,
  informed: 0,
  overdue: 0,
  reopened: 0,
  rated: 0,
  satisfied: 0,
  ratingScoreSum: 0,
};

/** The score a request contributes to the average (null: not rated). */
export const ratingScoreOf = (facts: RequestFacts): number | null =>
  facts.rating === null ? null : RATING_SCORES[facts.rating];

/** Adds one request to the counts. */
export const countRequest = (counts: RequestCounts, facts: RequestFacts): RequestCounts => {
  const one = (condition: boolean) => (condition ? 1 : 0);
  const outcome = facts.answer?.outcome ?? null;
  return {
    requests: counts.requests + 1,
    accepted: counts.accepted + one(facts.accepted),
    answered: counts.answered + one(outcome !== null),
    resolved: counts.resolved + one(outcome === 'resolved'),
    resolvedOnTime: counts.resolvedOnTime + one(outcome === 'resolved' && facts.answer?.onTime === true),
    escalated: counts.escalated + one(outcome === 'escalated'),
    informed: counts.informed + one(outcome === 'informed'),
    overdue: counts.overdue + one(facts.missedDeadline),
    reopened: counts.reopened + one(facts.reopenCount > 0),
    rated: counts.rated + one(facts.rating !== null),
    satisfied: counts.satisfied + one(facts.rating !== null && isSatisfied(facts.rating)),
    ratingScoreSum: counts.ratingScoreSum + (ratingScoreOf(facts) ?? 0),
  };
};

export const tally = (requests: Iterable<RequestFacts>): RequestCounts => {
  let counts = NO_COUNTS;
  for (const facts of requests) counts = countRequest(counts, facts);
  return counts;
};

export const figuresOf = ({ ratingScoreSum, ...counts }: RequestCounts): RequestFigures => ({
  ...counts,
  open: counts.requests - counts.answered,
  averageRating: counts.rated === 0 ? null : Math.round((ratingScoreSum / counts.rated) * 100) / 100,
});

/** Which requests to count: those filed at one receiving unit and/or currently with one department. */
export interface RequestStatsFilter {
  readonly centreId?: string;
  readonly departmentId?: string;
}

/** `GET /api/service-centre/request-stats`: the statistics and the filter they were computed for. */
export interface RequestStatsAnswer extends RequestStats {
  readonly filter: { readonly centreId: string | null; readonly departmentId: string | null };
}

export const matchesFilter = (facts: RequestFacts, filter: RequestStatsFilter): boolean =>
  (filter.centreId === undefined || facts.receivingUnitId === filter.centreId) &&
  (filter.departmentId === undefined || facts.departmentId === filter.departmentId);

const byUnit = (requests: readonly RequestFacts[], unitOf: (facts: RequestFacts) => string | null) => {
  const groups = new Map<string, RequestFacts[]>();
  for (const facts of requests) {
    const unitId = unitOf(facts);
    if (unitId !== null) groups.set(unitId, [...(groups.get(unitId) ?? []), facts]);
  }
  return [...groups.keys()]
    .sort()
    .map((unitId) => ({ unitId, ...figuresOf(tally(groups.get(unitId) ?? [])) }));
};

/**
 * The statistics over the requests the filter selects. A request counts for the unit that first received it
 * and for the department it is with now (the one it was handed to, accepted by or answered by).
 */
export const requestStats = (
  requests: Iterable<RequestFacts>,
  filter: RequestStatsFilter = {},
): RequestStats => {
  const selected = [...requests].filter((facts) => matchesFilter(facts, filter));
  return {
    centres: byUnit(selected, (facts) => facts.receivingUnitId),
    departments: byUnit(selected, (facts) => facts.departmentId),
    totals: figuresOf(tally(selected)),
  };
};
