import { ForbiddenException } from '@nestjs/common';
import type { Actor, KioskEnterprise, StaffActor } from '@qinqing/identity/domain';

/** For handlers that need a person on the staff (the guard already checked the role). */
export const requireStaffActor = (actor: Actor): StaffActor => {
  if (actor.kind === 'staff') return actor;
  throw new ForbiddenException({
    error: 'staff-only',
    message: { zh: '仅限工作人员操作', en: 'Only staff may do this' },
  });
};

/** For kiosk actions that need to know which enterprise is acting (filing a request, rating one). */
export const requireIdentifiedEnterprise = (actor: Actor): KioskEnterprise => {
  if (actor.kind === 'kiosk-enterprise' && actor.enterprise !== null) return actor.enterprise;
  throw new ForbiddenException({
    error: 'enterprise-not-identified',
    message: {
      zh: '请先输入统一社会信用代码并完成短信验证',
      en: 'Identify your enterprise first: its credit code and the code sent to its registered phone',
    },
  });
};
