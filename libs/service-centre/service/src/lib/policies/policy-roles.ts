import { POLICY_ID_PATTERN } from '@qinqing/service-centre/contracts';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';

/**
 * Who works the policy library. Service staff (服务专员, who push policies to the enterprises of their centre)
 * and administrators draft, edit, publish and withdraw policies, preview their matches and read the call
 * list (with supervisors: `POLICY_PUSH_FOLLOWERS`, in the contracts because liaison's notice outcomes follow
 * them too); every other staff role reads the library. The kiosk reads published policies; an identified
 * enterprise reads its own message box.
 */
export { POLICY_EDITORS, POLICY_PUSH_FOLLOWERS } from '@qinqing/service-centre/contracts';

export const POLICY_READERS = [
  'service-staff',
  'administrator',
  'department-handler',
  'supervisor',
  'leading-official',
  'discipline-inspector',
  'credit-officer',
  'party-building-staff',
] as const;

/** A policy id from a path (the platform's ids: UUIDv7), or 400 naming the field. */
export const checkedPolicyId = (raw: string): string => {
  if (POLICY_ID_PATTERN.test(raw)) return raw;
  throw new DomainRejectionError({
    kind: 'validation',
    code: 'invalid-id',
    message: { zh: 'policyId 格式不正确', en: 'This is not a valid policyId' },
    field: 'policyId',
  });
};
