import { ForbiddenException } from '@nestjs/common';
import type { RequestStatsFilter } from '@qinqing/service-centre/domain';
import type { Actor } from '@qinqing/identity/access';

const forbidden = (error: string, zh: string, en: string) =>
  new ForbiddenException({ error, message: { zh, en } });

/**
 * Who sees which statistics: supervisors (效能督查) and administrators everything; service staff their own
 * 亲清家园 centre's requests; department handlers the requests with their own department. Asking for another
 * unit's figures is a 403, not a silently narrower answer.
 */
export const visibleStatsFilter = (actor: Actor, asked: RequestStatsFilter): RequestStatsFilter => {
  if (actor.kind !== 'staff') {
    throw forbidden('staff-only', '仅限工作人员查看', 'Only staff may see the statistics');
  }
  switch (actor.role) {
    case 'supervisor':
    case 'administrator':
      return asked;
    case 'service-staff': {
      const own = actor.centreId;
      if (own === undefined || (asked.centreId !== undefined && asked.centreId !== own)) {
        throw forbidden(
          'other-centre',
          '只能查看本服务中心的统计',
          'Service staff may only see their own centre’s statistics',
        );
      }
      return { ...asked, centreId: own };
    }
    case 'department-handler': {
      const own = actor.departmentId;
      if (own === undefined || (asked.departmentId !== undefined && asked.departmentId !== own)) {
        throw forbidden(
          'other-department',
          '只能查看本部门的统计',
          'Department handlers may only see their own department’s statistics',
        );
      }
      return { ...asked, departmentId: own };
    }
    case 'leading-official':
    case 'discipline-inspector':
    case 'credit-officer':
    case 'party-building-staff':
      throw forbidden(
        'not-a-centre-role',
        '该角色不查看服务中心统计',
        'This role does not see the service-centre statistics',
      );
  }
};
