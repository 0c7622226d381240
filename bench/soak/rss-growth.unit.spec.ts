import { describe, expect, it } from 'vitest';
import { rssGrowthAtRest } from './rss-growth';

describe('rssGrowthAtRest', () => {
  it('compares each process with itself at the two quiet moments and leaves out one restarted in between', () => {
    const growth = rssGrowthAtRest(
      {
        atS: 40,
        processes: [
          { name: 'gateway', pid: 10, kib: 200 * 1024 },
          { name: 'appeals-service', pid: 11, kib: 150 * 1024 },
        ],
      },
      {
        atS: 400,
        processes: [
          { name: 'gateway', pid: 10, kib: 210 * 1024 },
          { name: 'appeals-service', pid: 12, kib: 120 * 1024 },
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
      },
    ]);
  });
});
