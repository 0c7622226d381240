import type { Rating } from './rating';

/** The three answers of J 三(六): 办结 (resolved), 报出 (reported up, escalated), 告知 (informed). */
export const OUTCOMES = ['resolved', 'escalated', 'informed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * What the request statistics learn from one public appeals event, already read from its contract by the
 * service. Only what the figures need: events that change none of them (paused, resumed, supervision orders
 * issued or closed) have no activity.
 */
export type RequestActivity =
  /** 企业诉求 filed; `receivingUnitId` is the first receiver (首问负责): a 亲清家园 centre or another unit. */
  | { readonly type: 'submitted'; readonly requestId: string; readonly receivingUnitId: string }
  | { readonly type: 'handed-off'; readonly requestId: string; readonly departmentId: string }
  | { readonly type: 'accepted'; readonly requestId: string; readonly departmentId: string }
  /** The department returned a misrouted request: it is with its first receiver again. */
  | { readonly type: 'sent-back'; readonly requestId: string; readonly departmentId: string }
  | {
      readonly type: 'answered';
      readonly requestId: string;
      readonly departmentId: string;
      readonly outcome: Outcome;
      readonly onTime: boolean;
    }
  | { readonly type: 'deadline-missed'; readonly requestId: string }
  /** 督办 re-handling: an answered request goes back in progress at the same department. */
  | { readonly type: 'rehandling-ordered'; readonly requestId: string }
  | { readonly type: 'rated'; readonly requestId: string; readonly rating: Rating }
  | { readonly type: 'reopened'; readonly requestId: string; readonly reopenCount: number };

export type RequestActivityType = RequestActivity['type'];
