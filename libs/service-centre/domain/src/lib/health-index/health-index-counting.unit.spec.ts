import { describe, expect, it } from 'vitest';
import { isBoardOnTime, isRepeatRequest } from './health-index-counting';
import { HEALTH_INDEX_METHODOLOGY_2026_1 as methodology } from './health-index.methodology';

describe('counting for the index (methodology 2026.1)', () => {
  it('a request in the same category within 90 days of the last one is a repeat; the first never is', () => {
    expect(isRepeatRequest(methodology, null, '2026-09-01')).toBe(false);
    expect(isRepeatRequest(methodology, '2026-06-03', '2026-09-01')).toBe(true);
    expect(isRepeatRequest(methodology, '2026-06-02', '2026-09-01')).toBe(false);
  });

  it('a board approved within 30 days after its period was published on time', () => {
    expect(isBoardOnTime(methodology, '2026-09-30', '2026-10-30')).toBe(true);
    expect(isBoardOnTime(methodology, '2026-09-30', '2026-10-31')).toBe(false);
  });
});
