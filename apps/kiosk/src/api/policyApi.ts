import type { MyPoliciesPage, PolicyPage, PolicyView } from '@qinqing/service-centre/contracts';
import { call } from './kioskApi';

/** The policy library's endpoints the kiosk uses: the search (anyone) and the identified enterprise's box. */
export const policyApi = {
  search: (q: string, after: string | null) =>
    call<PolicyPage>(
      'GET',
      `/service-centre/policy-library?limit=10${q === '' ? '' : `&q=${encodeURIComponent(q)}`}${after === null ? '' : `&after=${after}`}`,
    ),
  one: (policyId: string) => call<PolicyView>('GET', `/service-centre/policy-library/${policyId}`),
  mine: (after: string | null) =>
    call<MyPoliciesPage>(
      'GET',
      `/service-centre/policies-for-me?limit=10${after === null ? '' : `&after=${after}`}`,
    ),
};
