import type { CaseActor } from '@qinqing/credit/domain';
import { type Actor, actorId, requireIdentifiedEnterprise } from '@qinqing/identity/access';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';

/**
 * Who files an objection or applies for repair, and for which enterprise: the identified enterprise at the
 * kiosk acts for itself only (a `creditCode` it sends is not looked at); a credit officer names the enterprise.
 */
export const caseActorOf = (
  actor: Actor,
  creditCode: string | undefined,
): { readonly by: CaseActor; readonly creditCode: string } => {
  if (actor.kind === 'kiosk-enterprise') {
    const enterprise = requireIdentifiedEnterprise(actor);
    return { by: { role: 'kiosk-enterprise', id: actorId(actor) }, creditCode: enterprise.creditCode };
  }
  if (creditCode === undefined) {
    throw new DomainRejectionError({
      kind: 'validation',
      code: 'credit-code-required',
      field: 'creditCode',
      message: {
        zh: '代企业提交时须填写该企业的统一社会信用代码',
        en: 'Acting for an enterprise, name its credit code (creditCode)',
      },
    });
  }
  return { by: { role: 'credit-officer', id: actorId(actor) }, creditCode };
};
