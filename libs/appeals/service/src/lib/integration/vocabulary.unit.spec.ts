import {
  clockKindSchema,
  ratingSchema,
  REQUEST_STATUSES,
  requestCategorySchema,
  requestChannelSchema,
} from '@qinqing/appeals/contracts';
import {
  CLOCK_KINDS,
  RATINGS,
  REQUEST_CATEGORIES,
  REQUEST_CHANNELS,
  REQUEST_STATUS_NAMES,
} from '@qinqing/appeals/domain';
import { describe, expect, it } from 'vitest';

/**
 * The public contracts restate the domain's vocabularies on purpose (a contract is versioned apart from
 * the domain, and a contracts library may not import domain code). This keeps the two from drifting.
 */
describe('the public vocabulary matches the domain', () => {
  it.each([
    ['categories', requestCategorySchema.options, REQUEST_CATEGORIES],
    ['channels', requestChannelSchema.options, REQUEST_CHANNELS],
    ['ratings', ratingSchema.options, RATINGS],
    ['clocks', clockKindSchema.options, CLOCK_KINDS],
    ['statuses', REQUEST_STATUSES, Object.keys(REQUEST_STATUS_NAMES)],
  ])('%s', (_name, contract, domain) => {
    expect([...contract].sort()).toEqual([...domain].sort());
  });
});
