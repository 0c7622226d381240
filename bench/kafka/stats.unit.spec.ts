import { describe, expect, it } from 'vitest';
import { LatencyRecorder, percentile, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the value at rank ceil(p/100 · n)', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7, 9, 30], 50)).toBe(9);
    expect(percentile([7, 9, 30], 95)).toBe(30);
  });

  it('is NaN without samples and refuses percentiles outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(hundred, 0)).toThrow(RangeError);
    expect(() => percentile(hundred, 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts a copy and reports count, percentiles, max and mean', () => {
    const samples = [30, 10, 20, 40];
    expect(summarize(samples)).toEqual({ count: 4, p50: 20, p95: 40, p99: 40, max: 40, mean: 25 });
    expect(samples).toEqual([30, 10, 20, 40]);
  });
});

describe('LatencyRecorder', () => {
  it('measures from the due time, keeps warm-up messages out and counts unknown arrivals', () => {
    const recorder = new LatencyRecorder();
    recorder.expect('warm', 0, false);
    recorder.expect('a', 100, true);
    recorder.expect('b', 102, true);
    recorder.arrived('warm', 50);
    recorder.arrived('b', 112);
    expect(recorder.outstanding()).toBe(1);
    expect(recorder.isOutstanding('a')).toBe(true);
    recorder.arrived('a', 104);
    recorder.arrived('a', 140); // redelivered
    expect(recorder.outstanding()).toBe(0);
    expect(recorder.duplicates).toBe(1);
    expect(recorder.summary()).toMatchObject({ count: 2, p50: 4, p99: 10 });
  });
});
