import { describe, expect, it } from 'vitest';
import { OPEN311_MAX_IDS, open311Query, open311Window } from './request-queries';

const now = new Date('2026-12-04T08:00:00Z');
const window = (query: Record<string, string>) => open311Window(open311Query.parse(query), now);
const refusal = (query: Record<string, string>) => {
  const parsed = open311Query.safeParse(query);
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.path.join('.'));
};

describe('Open311 search window (GeoReport v2: at most 90 days, the most recent 90 by default)', () => {
  it('given no dates, searches the 90 days up to now', () => {
    expect(window({})).toEqual({ from: new Date('2026-09-05T08:00:00Z'), to: now });
  });

  it('given only start_date, searches 90 days from it', () => {
    expect(window({ start_date: '2026-01-01T00:00:00Z' })).toEqual({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-04-01T00:00:00Z'),
    });
  });

  it('given only end_date, searches the 90 days before it', () => {
    expect(window({ end_date: '2026-04-01T00:00:00+08:00' })).toEqual({
      from: new Date('2025-12-31T16:00:00Z'),
      to: new Date('2026-03-31T16:00:00Z'),
    });
  });

  it('given both, searches exactly that range, up to 90 days', () => {
    expect(window({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-03-31T00:00:00Z' })).toEqual({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-03-31T00:00:00Z'),
    });
  });

  it('refuses a range over 90 days, or reversed, at end_date', () => {
    expect(refusal({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:01Z' })).toEqual([
      'end_date',
    ]);
    expect(refusal({ start_date: '2026-02-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' })).toEqual([
      'end_date',
    ]);
  });

  it('takes comma-delimited service codes and request ids, refusing unknown codes and too many ids', () => {
    expect(open311Query.parse({ service_code: 'policy, financing' }).service_code).toEqual([
      'policy',
      'financing',
    ]);
    expect(refusal({ service_code: 'policy,potholes' })).toEqual(['service_code.1']);
    const ids = Array.from({ length: OPEN311_MAX_IDS + 1 }, () => crypto.randomUUID()).join(',');
    expect(refusal({ service_request_id: ids })).toEqual(['service_request_id']);
  });
});
