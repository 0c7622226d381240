import {
  CREDIT_LIFT_REASONS,
  CREDIT_RECORD_KINDS,
  CREDIT_RESTRICTION_PURPOSES,
  CREDIT_SEVERITIES,
} from '@qinqing/credit/contracts';
import { LIFT_REASONS, RECORD_KINDS, RESTRICTION_PURPOSES, SEVERITIES } from '@qinqing/credit/domain';
import { describe, expect, it } from 'vitest';

/** The contracts may not import the domain (the lint's layers), so their copies of its words are checked here. */
describe('the credit contracts speak the domain’s words', () => {
  it('lists the same record kinds, severities, restriction purposes and lift reasons, in the same order', () => {
    expect([...CREDIT_RECORD_KINDS]).toEqual([...RECORD_KINDS]);
    expect([...CREDIT_SEVERITIES]).toEqual([...SEVERITIES]);
    expect([...CREDIT_RESTRICTION_PURPOSES]).toEqual([...RESTRICTION_PURPOSES]);
    expect([...CREDIT_LIFT_REASONS]).toEqual([...LIFT_REASONS]);
  });
});
