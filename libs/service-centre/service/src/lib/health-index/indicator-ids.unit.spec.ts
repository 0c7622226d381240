import { HEALTH_INDEX_INDICATOR_IDS } from '@qinqing/service-centre/contracts';
import { INDICATOR_IDS } from '@qinqing/service-centre/domain';
import { describe, expect, it } from 'vitest';

describe('the published indicators', () => {
  it('are the methodology’s, in its order', () => {
    expect([...HEALTH_INDEX_INDICATOR_IDS]).toEqual([...INDICATOR_IDS]);
  });
});
