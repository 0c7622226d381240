import {
  CLEAN_ENTERPRISE_ITEM_IDS,
  CREDIT_LIFT_REASONS,
  CREDIT_RECORD_KINDS,
  CREDIT_RESTRICTION_PURPOSES,
  CREDIT_SEVERITIES,
  OBJECTION_DECISION_OUTCOMES,
  REPAIR_DECISION_OUTCOMES,
} from '@qinqing/credit/contracts';
import {
  CLEAN_ENTERPRISE_ITEMS,
  LIFT_REASONS,
  OBJECTION_OUTCOMES,
  RECORD_KINDS,
  REPAIR_OUTCOMES,
  RESTRICTION_PURPOSES,
  SEVERITIES,
} from '@qinqing/credit/domain';
import { describe, expect, it } from 'vitest';

/** The contracts may not import the domain (the lint's layers), so their copies of its words are checked here. */
describe('the credit contracts speak the domain’s words', () => {
  it('lists the same record kinds, severities, restriction purposes and lift reasons, in the same order', () => {
    expect([...CREDIT_RECORD_KINDS]).toEqual([...RECORD_KINDS]);
    expect([...CREDIT_SEVERITIES]).toEqual([...SEVERITIES]);
    expect([...CREDIT_RESTRICTION_PURPOSES]).toEqual([...RESTRICTION_PURPOSES]);
    expect([...CREDIT_LIFT_REASONS]).toEqual([...LIFT_REASONS]);
  });

  it('lists the same outcomes of objections and repair applications', () => {
    expect([...OBJECTION_DECISION_OUTCOMES]).toEqual([...OBJECTION_OUTCOMES]);
    expect([...REPAIR_DECISION_OUTCOMES]).toEqual([...REPAIR_OUTCOMES]);
  });

  it('lists the same 清廉企业 items, in the same order', () => {
    expect([...CLEAN_ENTERPRISE_ITEM_IDS]).toEqual([...CLEAN_ENTERPRISE_ITEMS]);
  });
});
