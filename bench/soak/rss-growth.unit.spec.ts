import { describe, expect, it } from 'vitest';
import { rssGrowthAtRest } from './rss-growth';

describe('rssGrowthAtRest', () => {
  it('compares each process with itself at the two quiet moments, after a forced collection where both were read, and leaves out one restarted in between', () => {
    const growth = rssGrowthAtRest(
      {
        atS: 40,
        processes: [
          {
            name: 'gateway',
            pid: 10,
            kib: 200 * 1024,
            afterGc: { rssKib: 160 * 1024, heapUsedKib: 40 * 1024 },
          },
          { name: 'appeals-service', pid: 11, kib: 150 * 1024, afterGc: null },
          { name: 'credit-service', pid: 13, kib: 100 * 1024, afterGc: null },
        ],
      },
      {
        atS: 400,
        processes: [
          {
            name: 'gateway',
            pid: 10,
            kib: 210 * 1024,
            afterGc: { rssKib: 168 * 1024, heapUsedKib: 30 * 1024 },
          },
          { name: 'appeals-service', pid: 12, kib: 120 * 1024, afterGc: null },
          {
            name: 'credit-service',
            pid: 13,
            kib: 99 * 1024,
            afterGc: { rssKib: 90 * 1024, heapUsedKib: 20 * 1024 },
          },
        ],
      },
    );
    expect(growth).toEqual([
      {
        name: 'gateway',
        pid: 10,
        fromS: 40,
        toS: 400,
        fromKib: 200 * 1024,
        toKib: 210 * 1024,
        growthPercent: 5,
        afterGc: {
          from: { rssKib: 160 * 1024, heapUsedKib: 40 * 1024 },
          to: { rssKib: 168 * 1024, heapUsedKib: 30 * 1024 },
          rssGrowthPercent: 5,
          heapGrowthPercent: -25,
        },
      },
      {
        name: 'credit-service',
        pid: 13,
        fromS: 40,
        toS: 400,
        fromKib: 100 * 1024,
        toKib: 99 * 1024,
        growthPercent: -1,
        afterGc: null,
      },
    ]);
  });
});
