import { describe, expect, it } from 'vitest';
import { computeHealthIndex } from './health-index.compute';
import { HEALTH_INDEX_METHODOLOGY_2026_1 as methodology } from './health-index.methodology';
import { halfYearOf, hasEnded, isHalfYear, rangeOfHalfYear } from './half-year';

describe('亲清健康指数: one area, one half year', () => {
  it('scores a share linearly between its anchors: 90 % of requests on time scores 90', () => {
    const figures = computeHealthIndex(methodology, { 'request-timeliness': { numerator: 18, base: 20 } });
    expect(figures.indicators.find((i) => i.id === 'request-timeliness')).toMatchObject({
      value: 0.9,
      score: 90,
    });
  });

  it('scores lower-is-better figures the other way: a 5-minute mean wait scores 100, 60 minutes or more 0', () => {
    const quick = computeHealthIndex(methodology, { 'queue-waiting': { numerator: 5 * 10, base: 10 } });
    const slow = computeHealthIndex(methodology, { 'queue-waiting': { numerator: 90 * 10, base: 10 } });
    expect(quick.dimensions.service).toBe(100);
    expect(slow.dimensions.service).toBe(0);
  });

  it('counts substantiated reports per thousand enterprises of the area', () => {
    const figures = computeHealthIndex(methodology, {
      'substantiated-reports': { numerator: 5, base: 2_000 },
    });
    expect(figures.indicators.find((i) => i.id === 'substantiated-reports')).toMatchObject({
      value: 2.5,
      score: 50,
    });
  });

  it('leaves out an indicator below its minimum base and lets the others of its dimension count in full', () => {
    const figures = computeHealthIndex(methodology, {
      'request-timeliness': { numerator: 8, base: 10 },
      'request-resolution': { numerator: 2, base: 3 },
    });
    expect(figures.indicators.find((i) => i.id === 'request-resolution')).toMatchObject({
      value: null,
      score: null,
      base: 3,
    });
    expect(figures.dimensions.service).toBe(80);
    expect(figures.aspects.closeness).toBe(80);
    expect(figures.aspects.cleanness).toBeNull();
    expect(figures.total).toBe(80);
  });

  it('has no index where nothing was measurable', () => {
    const figures = computeHealthIndex(methodology, {});
    expect(figures.total).toBeNull();
    expect(figures.indicators.every((i) => i.score === null)).toBe(true);
  });

  it('weighs the aspects equally in version 2026.1: 亲近 60 and 清白 100 give 80', () => {
    const figures = computeHealthIndex(methodology, {
      'request-timeliness': { numerator: 6, base: 10 },
      'boards-on-time': { numerator: 2, base: 2 },
    });
    expect(figures.aspects).toEqual({ closeness: 60, cleanness: 100 });
    expect(figures.total).toBe(80);
  });
});

describe('half years', () => {
  it('names the period a date falls in and its first and last day', () => {
    expect(halfYearOf('2026-06-30')).toBe('2026-H1');
    expect(halfYearOf('2026-07-01')).toBe('2026-H2');
    expect(rangeOfHalfYear('2026-H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(isHalfYear('2026-H3')).toBe(false);
  });

  it('is publishable only once its last day has passed', () => {
    expect(hasEnded('2026-H2', '2026-12-31')).toBe(false);
    expect(hasEnded('2026-H2', '2027-01-01')).toBe(true);
  });
});
