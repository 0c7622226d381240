import type { PolicyNoticesEvent } from './policy-notices.events';

/**
 * Where a policy's notices stand. The sweep pages through the enterprises offered the policy at publication in
 * credit-code order; `after` is the last code it listed ('' before its first page), so the next page is the
 * codes above it and a page already listed is recognised by the cursor it was read after.
 */
export interface PolicyNoticesState {
  readonly sweep: 'not-started' | 'under-way' | 'ended';
  readonly after: string;
  /** Enterprises listed by the sweep, and on arrival. */
  readonly swept: number;
  readonly arrivals: number;
}

export const initialPolicyNoticesState = (): PolicyNoticesState => ({
  sweep: 'not-started',
  after: '',
  swept: 0,
  arrivals: 0,
});

export const evolvePolicyNotices = (
  state: PolicyNoticesState,
  event: PolicyNoticesEvent,
): PolicyNoticesState => {
  switch (event.type) {
    case 'PolicyNoticesDue': {
      const { origin, creditCodes } = event.data;
      if (origin === 'arrival') return { ...state, arrivals: state.arrivals + creditCodes.length };
      return {
        ...state,
        sweep: 'under-way',
        after: creditCodes.at(-1) ?? state.after,
        swept: state.swept + creditCodes.length,
      };
    }
    case 'PolicyNoticeSweepEnded':
      return { ...state, sweep: 'ended' };
  }
};
