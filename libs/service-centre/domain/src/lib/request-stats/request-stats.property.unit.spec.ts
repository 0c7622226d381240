import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS } from './rating';
import { OUTCOMES, type RequestActivity } from './request-activity';
import { foldRequestFacts, type RequestFacts } from './request-facts';
import { type RequestFigures, requestStats } from './request-stats.figures';

const REQUESTS = ['r1', 'r2', 'r3', 'r4', 'r5'];
const CENTRES = ['centre-haishu', 'centre-yinzhou', 'unit-online'];
const DEPARTMENTS = ['dept-a', 'dept-b', 'dept-c'];

const requestId = fc.constantFrom(...REQUESTS);
const department = fc.constantFrom(...DEPARTMENTS);

/** Any activity in any order: the fold must keep its invariants even for histories the appeals domain refuses. */
export const activityArbitrary: fc.Arbitrary<RequestActivity> = fc.oneof(
  fc.record({
    type: fc.constant('submitted' as const),
    requestId,
    receivingUnitId: fc.constantFrom(...CENTRES),
  }),
  fc.record({ type: fc.constant('handed-off' as const), requestId, departmentId: department }),
  fc.record({ type: fc.constant('accepted' as const), requestId, departmentId: department }),
  fc.record({ type: fc.constant('sent-back' as const), requestId, departmentId: department }),
  fc.record({
    type: fc.constant('answered' as const),
    requestId,
    departmentId: department,
    outcome: fc.constantFrom(...OUTCOMES),
    onTime: fc.boolean(),
  }),
  fc.record({ type: fc.constant('deadline-missed' as const), requestId }),
  fc.record({ type: fc.constant('rehandling-ordered' as const), requestId }),
  fc.record({ type: fc.constant('rated' as const), requestId, rating: fc.constantFrom(...RATINGS) }),
  fc.record({
    type: fc.constant('reopened' as const),
    requestId,
    reopenCount: fc.integer({ min: 1, max: 3 }),
  }),
);

const history = fc.array(activityArbitrary, { maxLength: 60 });
const stats = (activities: readonly RequestActivity[]) => requestStats(foldRequestFacts(activities).values());

const COUNTED = [
  'requests',
  'accepted',
  'answered',
  'open',
  'resolved',
  'resolvedOnTime',
  'escalated',
  'informed',
  'overdue',
  'reopened',
  'rated',
  'satisfied',
] as const;

const expectConsistent = (figures: RequestFigures) => {
  for (const key of COUNTED) expect(figures[key]).toBeGreaterThanOrEqual(0);
  expect(figures.open).toBe(figures.requests - figures.answered);
  expect(figures.answered).toBe(figures.resolved + figures.escalated + figures.informed);
  expect(figures.resolvedOnTime).toBeLessThanOrEqual(figures.resolved);
  expect(figures.accepted).toBeLessThanOrEqual(figures.requests);
  expect(figures.satisfied).toBeLessThanOrEqual(figures.rated);
  expect(figures.rated).toBeLessThanOrEqual(figures.requests);
  if (figures.averageRating === null) expect(figures.rated).toBe(0);
  else {
    expect(figures.averageRating).toBeGreaterThanOrEqual(1);
    expect(figures.averageRating).toBeLessThanOrEqual(5);
  }
};

describe('request statistics, for any history', () => {
  it('never count below zero; open = requests − answered; answered = resolved + escalated + informed', () => {
    fc.assert(
      fc.property(history, (activities) => {
        const result = stats(activities);
        expectConsistent(result.totals);
        for (const row of [...result.centres, ...result.departments]) expectConsistent(row);
      }),
    );
  });

  it('the receiving units add up to the totals; the departments never exceed them', () => {
    fc.assert(
      fc.property(history, (activities) => {
        const result = stats(activities);
        for (const key of COUNTED) {
          expect(result.centres.reduce((sum, row) => sum + row[key], 0)).toBe(result.totals[key]);
          expect(result.departments.reduce((sum, row) => sum + row[key], 0)).toBeLessThanOrEqual(
            result.totals[key],
          );
        }
        const submittedIds = new Set(
          activities.filter((a) => a.type === 'submitted').map((a) => a.requestId),
        );
        expect(result.totals.requests).toBe(submittedIds.size);
      }),
    );
  });

  it('only each request’s own order matters (Kafka orders per key, not across keys)', () => {
    fc.assert(
      fc.property(
        history,
        fc.array(fc.integer(), { minLength: REQUESTS.length, maxLength: REQUESTS.length }),
        (activities, priorities) => {
          const priority = (a: RequestActivity) => priorities[REQUESTS.indexOf(a.requestId)] ?? 0;
          // Array.prototype.sort is stable: each request keeps its own order, requests interleave differently.
          const regrouped = [...activities].sort((a, b) => priority(a) - priority(b));
          expect(stats(regrouped)).toEqual(stats(activities));
        },
      ),
    );
  });

  it('equal the fold of the history when redeliveries are dropped upstream by message id (the inbox)', () => {
    fc.assert(
      fc.property(
        history,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
        (activities, redeliveries) => {
          const messages = activities.map((activity, index) => ({ id: `m${index}`, activity }));
          const delivered = [...messages];
          // A redelivery repeats an earlier message (same id) at a later point of the stream.
          for (const [which, where] of redeliveries) {
            if (messages.length === 0) break;
            const original = messages[which % messages.length];
            if (original === undefined) continue;
            const after = delivered.indexOf(original) + 1; // after its first delivery
            const at = after + (where % (delivered.length - after + 1));
            delivered.splice(at, 0, original);
          }
          const handled = new Set<string>();
          const deduplicated = delivered.filter((m) => !handled.has(m.id) && handled.add(m.id) !== undefined);
          expect(stats(deduplicated.map((m) => m.activity))).toEqual(stats(activities));
        },
      ),
    );
  });

  it('folding in steps over stored facts (JSON, as a table row keeps them) equals folding at once', () => {
    fc.assert(
      fc.property(history, fc.nat(), (activities, cut) => {
        const at = activities.length === 0 ? 0 : cut % activities.length;
        const stored = JSON.parse(JSON.stringify([...foldRequestFacts(activities.slice(0, at))])) as [
          string,
          RequestFacts,
        ][];
        const stepwise = foldRequestFacts(activities.slice(at), new Map(stored));
        expect(requestStats(stepwise.values())).toEqual(stats(activities));
      }),
    );
  });
});

describe('why the consumer needs the inbox', () => {
  it('a resolution redelivered after a reopening would close the request again', () => {
    const resolvedOnce: RequestActivity = {
      type: 'answered',
      requestId: 'r1',
      departmentId: 'dept-a',
      outcome: 'resolved',
      onTime: true,
    };
    const history: RequestActivity[] = [
      { type: 'submitted', requestId: 'r1', receivingUnitId: 'centre-haishu' },
      resolvedOnce,
      { type: 'reopened', requestId: 'r1', reopenCount: 1 },
    ];
    expect(stats(history).totals.open).toBe(1);
    expect(stats([...history, resolvedOnce]).totals.open).toBe(0);
  });
});
