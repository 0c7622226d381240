import type { PolicyDetails, PolicyEvent } from './policy.events';

/**
 * A policy's lifecycle: draft → published → withdrawn. Expiry is a date, not an event: a published policy
 * whose `expiresOn` has passed is expired (`policyStatusOn`) and is neither pushed nor matched any more.
 */
export type PolicyState =
  | { readonly status: 'none' }
  | {
      readonly status: 'draft' | 'published' | 'withdrawn';
      readonly policyId: string;
      readonly details: PolicyDetails;
      readonly publishedOn: string | null;
    };

export const initialPolicyState = (): PolicyState => ({ status: 'none' });

export const evolvePolicy = (state: PolicyState, event: PolicyEvent): PolicyState => {
  switch (event.type) {
    case 'PolicyDrafted':
      return {
        status: 'draft',
        policyId: event.data.policyId,
        details: event.data.details,
        publishedOn: null,
      };
    case 'PolicyEdited':
      return state.status === 'none' ? state : { ...state, details: event.data.details };
    case 'PolicyPublished':
      return state.status === 'none'
        ? state
        : { ...state, status: 'published', details: event.data.details, publishedOn: event.data.publishedOn };
    case 'PolicyWithdrawn':
      return state.status === 'none' ? state : { ...state, status: 'withdrawn' };
  }
};

export type PolicyStatus = 'draft' | 'published' | 'withdrawn' | 'expired';

/** The status people see on a date (YYYY-MM-DD): a published policy past its last day is expired. */
export const policyStatusOn = (
  status: 'draft' | 'published' | 'withdrawn',
  expiresOn: string | null,
  today: string,
): PolicyStatus => (status === 'published' && expiresOn !== null && expiresOn < today ? 'expired' : status);

/** The China-time date (UTC+8, no daylight saving) of an instant. */
export const chinaDateOf = (instant: Date): string =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
