import type { AppealsPolicy } from '../values/clock-policy';

/** An administrator changed the jurisdiction's time limits or windows; applies to requests submitted after it. */
export type AppealsPolicyChanged = {
  readonly type: 'AppealsPolicyChanged';
  readonly data: { readonly policy: AppealsPolicy; readonly reason: string };
};

export type AppealsPolicyEvent = AppealsPolicyChanged;
