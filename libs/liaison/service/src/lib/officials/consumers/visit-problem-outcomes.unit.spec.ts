import { describe, expect, it } from 'vitest';
import { problemAnswerOf } from './visit-problem-outcomes.consumer';

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
