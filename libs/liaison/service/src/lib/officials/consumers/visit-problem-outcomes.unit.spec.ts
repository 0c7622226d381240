import { describe, expect, it } from 'vitest';
import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import { evolveProblem, problemAnswerOf, type ProblemRow } from './visit-problem-outcomes.consumer';

const appealsEvent = (kind: string, data: Record<string, unknown>, time: string): CloudEvent => ({
  specversion: '1.0',
  id: `${kind}-${time}`,
  source: '/qinqing/appeals',
  type: `cn.qinqing.appeals.request.${kind}.v1`,
  time,
  subject: String(data['requestId']),
  datacontenttype: 'application/json',
  data,
});

/** What a visit keeps of appeals' public outcome events (the `answer` column). */
describe('the answer a visit problem keeps', () => {
  it('keeps the words appeals publishes for a liaison request', () => {
    expect(
      problemAnswerOf('resolved', {
        requestId: 'p1',
        departmentId: 'dept-market-regulation',
        resolvedAt: '2026-12-02T02:00:00.000Z',
        onTime: true,
        answerText: '已对接市技师学院定向培养',
      }),
    ).toEqual({
      kind: 'resolved',
      departmentId: 'dept-market-regulation',
      at: '2026-12-02T02:00:00.000Z',
      onTime: true,
      upperLevelUnit: null,
      text: '已对接市技师学院定向培养',
    });
  });

  it('a report up keeps the higher unit; an answer published without words has text null', () => {
    expect(
      problemAnswerOf('escalated', {
        requestId: 'p1',
        departmentId: 'dept-dev-reform',
        upperLevelUnit: '宁波市发展和改革委员会',
        upperLevelReference: '甬发改〔2027〕3号',
        escalatedAt: '2027-01-20T02:00:00.000Z',
        onTime: false,
      }),
    ).toEqual({
      kind: 'escalated',
      departmentId: 'dept-dev-reform',
      at: '2027-01-20T02:00:00.000Z',
      onTime: false,
      upperLevelUnit: '宁波市发展和改革委员会',
      text: null,
    });
  });
});

/** A problem's row through its request's public events, one at a time (the batch folds them in this order). */
describe('a visit problem through its request’s events', () => {
  const problem = 'problem-1';
  const opened = evolveProblem(
    undefined,
    appealsEvent('submitted', { requestId: problem, channel: 'liaison-visit' }, '2026-12-01T01:00:00.000Z'),
  ) as ProblemRow;

  it('opens on a submission through the visit channel, and only once', () => {
    expect(opened).toEqual({
      problemId: problem,
      state: 'submitted',
      answer: null,
      rating: null,
      updatedAt: '2026-12-01T01:00:00.000Z',
    });
    const again = appealsEvent(
      'submitted',
      { requestId: problem, channel: 'liaison-visit' },
      '2026-12-02T00:00:00Z',
    );
    expect(evolveProblem(opened, again)).toBe(opened);
  });

  it('leaves requests of other channels, and events of requests it does not hold, alone', () => {
    const kiosk = appealsEvent('submitted', { requestId: 'r-9', channel: 'kiosk' }, '2026-12-01T01:00:00Z');
    expect(evolveProblem(undefined, kiosk)).toBeUndefined();
    expect(
      evolveProblem(undefined, appealsEvent('accepted', { requestId: 'r-9' }, '2026-12-01T02:00:00Z')),
    ).toBe(undefined);
    expect(evolveProblem(opened, appealsEvent('noted', { requestId: problem }, '2026-12-01T02:00:00Z'))).toBe(
      opened,
    );
  });

  it('keeps the answer through a pause, drops it on reopening, and takes the rating', () => {
    const resolved = evolveProblem(
      opened,
      appealsEvent(
        'resolved',
        { requestId: problem, resolvedAt: '2026-12-03T02:00:00.000Z', onTime: true },
        '2026-12-03T02:00:00.000Z',
      ),
    ) as ProblemRow;
    expect(resolved).toMatchObject({ state: 'resolved', answer: { kind: 'resolved', onTime: true } });
    const paused = evolveProblem(
      resolved,
      appealsEvent('paused', { requestId: problem }, '2026-12-03T03:00:00Z'),
    );
    expect(paused).toMatchObject({ state: 'paused', answer: resolved.answer });
    const reopened = evolveProblem(
      paused,
      appealsEvent('reopened', { requestId: problem }, '2026-12-04T00:00:00Z'),
    );
    expect(reopened).toMatchObject({ state: 'reopened', answer: null });
    expect(
      evolveProblem(
        reopened,
        appealsEvent('rated', { requestId: problem, rating: 'satisfied' }, '2026-12-05T00:00:00Z'),
      ),
    ).toMatchObject({
      state: 'rated',
      rating: 'satisfied',
      updatedAt: '2026-12-05T00:00:00Z',
    });
  });
});
